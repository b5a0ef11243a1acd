package org.sumcheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;

/**
 * The page and the OpenAPI description, read from the jar once. The page's words come from the server bundles:
 * {@code {{key}}} becomes the Chinese text, {@code {{en:key}}} the English, and {@code {{messages}}} a JSON object
 * of every {@code page.*} key in both languages for the script. Everything the page needs is inline: it works with
 * no network beyond this server.
 */
final class PageAssets {
    private static final Pattern TOKEN = Pattern.compile("\\{\\{(en:)?([A-Za-z0-9_.-]+)}}");

    private final byte[] page;
    private final byte[] openApi;

    PageAssets(Messages messages, String version) {
        String html = resource("/server/index.html");
        String script = pageMessages(messages);
        Matcher m = TOKEN.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(2);
            String text;
            if ("messages".equals(key)) {
                text = script;
            } else if ("version".equals(key)) {
                text = version;
            } else {
                text = escape(messages.get(m.group(1) != null ? Lang.EN : Lang.ZH, key));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        this.page = sb.toString().getBytes(StandardCharsets.UTF_8);
        this.openApi = resource("/server/openapi.json").replace("${version}", version).getBytes(StandardCharsets.UTF_8);
    }

    byte[] page() {
        return page;
    }

    byte[] openApi() {
        return openApi;
    }

    private static String pageMessages(Messages messages) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        for (Lang l : Lang.values()) {
            ObjectNode n = root.putObject(l.id());
            for (String k : messages.keys(l)) {
                if (k.startsWith("page.") || k.startsWith("server.") || k.startsWith("render.category.")
                        || k.startsWith("render.severity.") || k.startsWith("render.kind.")) {
                    n.put(k, messages.get(l, k));
                }
            }
        }
        try {
            // safe inside <script type="application/json">: no "</" can close the element
            return mapper.writeValueAsString(root).replace("</", "<\\/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
