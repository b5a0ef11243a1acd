package org.sumcheck.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of output formats, by {@code --format} id. */
public final class Renderers {
    /** Fixed at class load, never changed: renderers are stateless, so one instance of each serves everyone. */
    private static final Map<String, ReportRenderer> BY_ID = index(List.of(new TextRenderer(), new JsonRenderer(),
            new SarifRenderer(), new JunitRenderer(), new HtmlRenderer(), new CsvRenderer(), new GithubRenderer(),
            new MarkdownRenderer()));

    private static Map<String, ReportRenderer> index(List<ReportRenderer> renderers) {
        Map<String, ReportRenderer> m = new LinkedHashMap<>();
        renderers.forEach(r -> m.put(r.formatId(), r));
        return java.util.Collections.unmodifiableMap(m);
    }

    private Renderers() {
    }

    /** The renderer for {@code id}; throws {@link IllegalArgumentException} naming the known ids. */
    public static ReportRenderer byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "未知格式 / unknown format '" + id + "' (" + String.join(", ", ids()) + ")"));
    }

    public static Optional<ReportRenderer> find(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Known format ids, text first (the default). */
    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    public static List<ReportRenderer> all() {
        return List.copyOf(BY_ID.values());
    }
}
