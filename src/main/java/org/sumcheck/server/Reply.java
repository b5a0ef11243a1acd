package org.sumcheck.server;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes a whole response body at once (reports and annotated files are small enough to hold in memory). */
record Reply(int status, String contentType, byte[] body, String attachmentName, int retryAfterSeconds,
             String contentSecurityPolicy) {
    /** The page may use only itself: inline script and style, data: images, requests back to this server. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "img-src data: blob:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    static Reply json(int status, byte[] body) {
        return new Reply(status, "application/json; charset=utf-8", body, null, 0, null);
    }

    static Reply of(String contentType, byte[] body) {
        return new Reply(200, contentType, body, null, 0, null);
    }

    static Reply page(byte[] html) {
        return new Reply(200, "text/html; charset=utf-8", html, null, 0, PAGE_POLICY);
    }

    Reply attachment(String fileName) {
        return new Reply(status, contentType, body, fileName, retryAfterSeconds, contentSecurityPolicy);
    }

    Reply retryAfter(int seconds) {
        return new Reply(status, contentType, body, attachmentName, seconds, contentSecurityPolicy);
    }

    void send(Response response, Callback callback) {
        response.setStatus(status);
        var h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, contentType);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (attachmentName != null) {
            h.put("Content-Disposition", contentDisposition(attachmentName));
        }
        if (contentSecurityPolicy != null) {
            h.put("Content-Security-Policy", contentSecurityPolicy);
        }
        if (retryAfterSeconds > 0) {
            h.put(HttpHeader.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        }
        if (status >= 400) {
            // a refusal may come before the request body was read: the connection cannot be reused safely
            h.put(HttpHeader.CONNECTION, "close");
        }
        h.put(HttpHeader.CONTENT_LENGTH, (long) body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** An ASCII fallback name plus the real (Chinese) name in RFC 6266/5987 form. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
