package org.sumcheck.diff;

import static org.sumcheck.render.Markup.escape;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sumcheck.report.Fingerprint;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Report;
import org.sumcheck.render.ReportText;

/** A {@link ReportDiff} as text, JSON or a self-contained HTML page, in one language. Stateless. */
public final class DiffRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] KINDS = {"fixed", "added", "still"};

    private DiffRenderer() {
    }

    public static String text(ReportDiff d, Lang lang) {
        ReportText t = new ReportText(d.newer().messages(), lang);
        StringBuilder b = new StringBuilder();
        for (ReportDiff.FilePair p : d.files()) {
            b.append("== ").append(p.key()).append("  ").append(versions(d, p, t)).append('\n');
            for (String kind : KINDS) {
                List<Finding> list = list(p, kind);
                b.append("   ").append(t.label("diff." + kind, list.size())).append('\n');
                for (Finding f : list) {
                    b.append("     ").append(t.location(f)).append("  ").append(f.rule()).append("  ").append(t.message(f))
                            .append('\n');
                    if (!f.excerpt().isEmpty()) {
                        b.append("       ").append(f.excerpt().replaceAll("\\p{Cntrl}", " ")).append('\n');
                    }
                }
            }
            b.append('\n');
        }
        b.append(t.label("diff.summary", d.files().size(), d.fixedCount(), d.addedCount(), d.stillCount())).append('\n');
        return b.toString();
    }

    /** "需修改 62 → 通过 94": the verdict and score of each version (– when a version is missing). */
    private static String versions(ReportDiff d, ReportDiff.FilePair p, ReportText t) {
        return side(d.older(), p.older(), t) + " → " + side(d.newer(), p.newer(), t);
    }

    private static String side(Report r, FileResult f, ReportText t) {
        if (f == null) {
            return t.label("diff.missing");
        }
        Integer score = r.score(f);
        return t.verdict(r.verdict(f)) + (score == null ? "" : " " + score);
    }

    private static List<Finding> list(ReportDiff.FilePair p, String kind) {
        return switch (kind) {
            case "fixed" -> p.fixed();
            case "added" -> p.added();
            default -> p.still();
        };
    }

    public static String json(ReportDiff d, Lang lang) {
        ReportText t = new ReportText(d.newer().messages(), lang);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("lang", lang.id());
        ArrayNode files = root.putArray("files");
        for (ReportDiff.FilePair p : d.files()) {
            ObjectNode n = files.addObject();
            n.put("key", p.key());
            n.set("older", version(d.older(), p.older()));
            n.set("newer", version(d.newer(), p.newer()));
            for (String kind : KINDS) {
                ArrayNode a = n.putArray(kind);
                for (Finding f : list(p, kind)) {
                    ObjectNode x = a.addObject();
                    x.put("rule", f.rule());
                    x.put("category", f.category().id());
                    x.put("severity", f.severity().id());
                    x.put("message", t.message(f));
                    x.put("match", f.match());
                    x.put("excerpt", f.excerpt());
                    x.put("paragraph", ReportText.paragraphNumber(f.location()));
                    x.put("fingerprint", Fingerprint.of(p.key(), f));
                }
            }
        }
        ObjectNode s = root.putObject("summary");
        s.put("files", d.files().size());
        s.put("fixed", d.fixedCount());
        s.put("added", d.addedCount());
        s.put("still", d.stillCount());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode version(Report r, FileResult f) {
        ObjectNode n = MAPPER.createObjectNode();
        if (f == null) {
            n.putNull("path");
            return n;
        }
        n.put("path", f.path());
        n.put("verdict", r.verdict(f).id());
        Integer score = r.score(f);
        if (score == null) {
            n.putNull("score");
        } else {
            n.put("score", score);
        }
        return n;
    }

    public static String html(ReportDiff d, Lang lang) {
        ReportText t = new ReportText(d.newer().messages(), lang);
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.ZH ? "zh-CN" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(t.label("diff.title"))).append("</title>\n<style>\n")
                .append("body{margin:0 auto;max-width:1100px;padding:12px;font:15px/1.6 -apple-system,\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",sans-serif;color:#222}\n")
                .append("h2{font-size:1.1em;border-bottom:2px solid #ddd}li{margin:.3em 0}.fixed{color:#2e7d32}.added{color:#c62828}.still{color:#555}\n")
                .append(".excerpt{background:#fafafa;padding:0 4px}\n</style>\n</head>\n<body>\n<h1>")
                .append(escape(t.label("diff.title"))).append("</h1>\n<p class=\"summary\">")
                .append(escape(t.label("diff.summary", d.files().size(), d.fixedCount(), d.addedCount(), d.stillCount())))
                .append("</p>\n");
        for (ReportDiff.FilePair p : d.files()) {
            b.append("<section>\n<h2>").append(escape(p.key())).append(" <small>").append(escape(versions(d, p, t)))
                    .append("</small></h2>\n");
            for (String kind : KINDS) {
                List<Finding> list = list(p, kind);
                b.append("<h3 class=\"").append(kind).append("\">").append(escape(t.label("diff." + kind, list.size())))
                        .append("</h3>\n<ul class=\"").append(kind).append("\">\n");
                for (Finding f : list) {
                    b.append("<li><code>").append(escape(f.rule())).append("</code> ").append(escape(t.location(f)))
                            .append(" · ").append(escape(t.message(f)));
                    if (!f.excerpt().isEmpty()) {
                        b.append("<br><span class=\"excerpt\">").append(escape(f.excerpt())).append("</span>");
                    }
                    b.append("</li>\n");
                }
                b.append("</ul>\n");
            }
            b.append("</section>\n");
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }
}
