package org.sumcheck.server;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.sumcheck.render.ReportRenderer;
import org.sumcheck.render.Renderers;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Severity;

/**
 * The options of a request that checks files, from the query string or, when absent there, the form fields. A bad
 * value is a 400 naming it; so is a profile whose sumcheck.yaml is wrong (checked when it was loaded).
 *
 * @param failOn null for {@code none}
 */
record RequestOptions(Lang lang, Severity failOn, String profile, ReportRenderer format, boolean includeText) {
    static RequestOptions of(Request request, Upload upload, RuleEngine engine) {
        Fields q = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        String lang = param(q, upload, "lang", "zh");
        String failOn = param(q, upload, "fail-on", "error");
        String profile = param(q, upload, "profile", "");
        String format = param(q, upload, "format", "json");
        String include = param(q, upload, "include", "");
        Lang l;
        try {
            l = Lang.fromId(lang);
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "bad-lang", lang);
        }
        Severity threshold;
        if ("none".equalsIgnoreCase(failOn)) {
            threshold = null;
        } else {
            try {
                threshold = Severity.fromId(failOn);
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "bad-fail-on", failOn);
            }
        }
        if (!engine.hasProfile(profile)) {
            throw new HttpError(400, "bad-profile", profile, String.join(", ", engine.profileNames()));
        }
        String wrong = engine.current().profileError(profile);
        if (wrong != null) {
            // the profile's sumcheck.yaml is wrong (checked when loaded): name the file, line and value
            throw new HttpError(400, "bad-config", profile.isBlank() ? RuleEngine.DEFAULT_PROFILE : profile, wrong);
        }
        ReportRenderer renderer = Renderers.find(format).orElseThrow(() ->
                new HttpError(400, "bad-format", format, "json, html, sarif, csv, junit, text"));
        return new RequestOptions(l, threshold, profile, renderer, include.toLowerCase(Locale.ROOT).contains("text"));
    }

    private static String param(Fields query, Upload upload, String name, String fallback) {
        String v = query.getValue(name);
        if (v == null && upload != null) {
            v = upload.field(name);
        }
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
