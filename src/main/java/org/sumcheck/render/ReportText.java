package org.sumcheck.render;

import java.util.List;
import java.util.regex.Pattern;
import org.sumcheck.document.Location;
import org.sumcheck.document.Note;
import org.sumcheck.report.Category;
import org.sumcheck.report.CrossReference;
import org.sumcheck.report.DocumentInfo;
import org.sumcheck.report.FileError;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Gate;
import org.sumcheck.report.Verdict;
import org.sumcheck.report.Waiver;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.report.Report;
import org.sumcheck.report.RuleInfo;
import org.sumcheck.report.Severity;

/**
 * The words every format shares, in one language: finding messages, error messages, labels, locations.
 * Paragraph numbers are shown 1-based everywhere (the model's {@link Location#paragraph()} is 0-based).
 */
public final class ReportText {
    private static final Pattern UNFILLED_GROUP = Pattern.compile("\\s*[（(][^（）()]*\\{\\d+}[^（）()]*[）)]");
    private static final Pattern UNFILLED = Pattern.compile("\\s*\\{\\d+}");

    private final Messages messages;
    private final Lang lang;

    public ReportText(Messages messages, Lang lang) {
        this.messages = messages;
        this.lang = lang;
    }

    public static ReportText of(Report report, RenderOptions options) {
        return new ReportText(report.messages(), options.lang());
    }

    public Lang lang() {
        return lang;
    }

    public String label(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    public String message(Finding f) {
        return messages.get(lang, f.messageKey(), f.args());
    }

    public String message(Finding f, Lang other) {
        return messages.get(other, f.messageKey(), f.args());
    }

    /**
     * The user-facing text of {@code error.<code>}. Where the bundle's text wants an argument the error does not
     * carry (a limit), the placeholder and its bracket are left out rather than shown as {@code {0}}.
     */
    public String errorMessage(FileError e) {
        String t = messages.get(lang, "error." + e.code().id(), List.of());
        t = UNFILLED_GROUP.matcher(t).replaceAll("");
        return UNFILLED.matcher(t).replaceAll("");
    }

    public String severity(Severity s) {
        return label("render.severity." + s.id());
    }

    public String category(Category c) {
        return label("render.category." + c.id());
    }

    public String kind(String kindId) {
        String key = "render.kind." + (kindId == null ? "unknown" : kindId);
        return messages.has(lang, key) || messages.has(Lang.ZH, key) ? label(key) : kindId;
    }

    public String status(boolean ok) {
        return label(ok ? "render.status.ok" : "render.status.failed");
    }

    public String verdict(Verdict v) {
        return label("render.verdict." + v.id());
    }

    /** "错误 2、警告 1、提示 0 · 占位符未填写 2、标点符号 1": the open findings by severity, then the categories present. */
    public String counts(FileResult fr) {
        StringBuilder b = new StringBuilder(label("render.counts.severities", fr.count(Severity.ERROR),
                fr.count(Severity.WARNING), fr.count(Severity.INFO)));
        List<String> cats = new java.util.ArrayList<>();
        Gate.byCategory(fr).forEach((c, n) -> {
            if (n > 0) {
                cats.add(label("render.counts.item", category(c), n));
            }
        });
        if (!cats.isEmpty()) {
            b.append(" · ").append(String.join(label("render.list.separator"), cats));
        }
        return b.toString();
    }

    /** The line that ends a file in the text formats: its verdict, score and counts. */
    public String verdictLine(Report report, FileResult fr) {
        Integer score = report.score(fr);
        return score == null ? label("render.verdict.lineNoScore", verdict(report.verdict(fr)))
                : label("render.verdict.line", verdict(report.verdict(fr)), score, counts(fr));
    }

    /** "已豁免：理由（审阅人，文档中的批注）". */
    public String waiver(Waiver w) {
        return label("render.waived.item", w.reason().isEmpty() ? label("render.waived.noReason") : w.reason(),
                w.author().isEmpty() ? label("render.waived.noAuthor") : w.author(),
                label("render.waiver.source." + w.source()));
    }

    public String verdictSummary(Report r) {
        var v = r.gate().verdictCounts(r);
        String s = label("render.summary.verdicts", v.get(Verdict.PASS), v.get(Verdict.NEEDS_CHANGES),
                v.get(Verdict.CANNOT_CHECK));
        return r.waivedCount() == 0 ? s : s + label("render.summary.waived", r.waivedCount());
    }

    /** 1-based paragraph number, as people count. */
    public static int paragraphNumber(Location l) {
        return l.paragraph() + 1;
    }

    /** True for a finding about the document as a whole (a missing part): it has no span to point at. */
    public static boolean isWholeDocument(Finding f) {
        return f.location().length() == 0;
    }

    /** "第2页 第17段", "第17段" (no page), or "全文" for a finding about the whole document. */
    public String location(Finding f) {
        return location(f.location(), isWholeDocument(f));
    }

    public String location(Location l, boolean wholeDocument) {
        if (wholeDocument) {
            return label("render.location.document");
        }
        String para = label("render.location.paragraph", paragraphNumber(l));
        return l.page() > 0 ? label("render.location.page", l.page()) + " " + para : para;
    }

    /**
     * One place in another file, in words: "另见 b.docx 第3段（相似度 92%）" / "also in b.docx paragraph 3 (92 % similar)";
     * a whole file ("见 b.docx") when the reference has no passage; "（往年材料）" / "(archive)" for an earlier submission.
     */
    public String relatedFile(CrossReference r) {
        String where = r.wholeFile() ? "" : " " + location(r.location(), false);
        String key = r.wholeFile() ? "render.relatedFile.whole" : "render.relatedFile";
        String line = label(key, r.path(), where, r.percent());
        return r.archive() ? line + " " + label("render.relatedFile.archive") : line;
    }

    /** {@code text} cut to {@code max} characters, with "…" when cut. */
    public static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** "第5段、第9段" for a finding that stands for several places; empty when it has none. */
    public String occurrences(Finding f) {
        List<String> places = f.occurrences().stream().map(l -> location(l, false)).toList();
        return String.join(label("render.list.separator"), places);
    }

    /** Why an input was skipped, in words; an unknown reason id is shown as it is. */
    public String skipReason(String reason) {
        String key = "render.skipped." + reason;
        return messages.has(lang, key) || messages.has(Lang.ZH, key) ? label(key) : reason;
    }

    /** One line describing the document: title · kind · years · size. */
    public String documentLine(DocumentInfo d) {
        StringBuilder b = new StringBuilder();
        b.append(d.title() == null || d.title().isBlank() ? label("render.document.untitled") : d.title());
        b.append(" · ").append(kind(d.kind()));
        if (d.reportYear() != null) {
            b.append(" · ").append(label("render.document.reportYear", d.reportYear()));
        }
        if (d.planYear() != null) {
            b.append(" · ").append(label("render.document.planYear", d.planYear()));
        }
        b.append(" · ").append(label("render.document.size", d.paragraphs()));
        if (d.pages() > 0) {
            b.append(" · ").append(label("render.document.pages", d.pages()));
        }
        return b.toString();
    }

    /** A rule's description from the bundles ({@code <id>.description}), or null when there is none. */
    public String ruleDescription(RuleInfo r, Lang l) {
        String key = r.id() + ".description";
        return messages.has(l, key) || messages.has(Lang.ZH, key) ? messages.get(l, key, List.of()) : null;
    }

    /**
     * A note in Chinese and English ("中文 / English") whatever the report language, as the extractor used to
     * write them; a note whose key is no bundle key is text already and shown as it is.
     */
    public String note(Note note) {
        if (!messages.has(Lang.ZH, note.key())) {
            return note.key();
        }
        return noteIn(Lang.ZH, note) + " / " + noteIn(Lang.EN, note);
    }

    private String noteIn(Lang l, Note note) {
        return messages.get(l, note.key(), note.args().stream().map(a -> messages.get(l, a, List.of())).toList());
    }

    public String summary(Report r) {
        var c = r.countsBySeverity();
        String s = label("render.summary", r.files().size(), r.failedCount(), c.get(Severity.ERROR),
                c.get(Severity.WARNING), c.get(Severity.INFO));
        return r.skipped().isEmpty() ? s : s + label("render.skipped.count", r.skipped().size());
    }

    /**
     * Where the match sits inside the excerpt: {start, end}, or null when it cannot be placed (whole-document
     * findings, or an excerpt that does not contain the match). The excerpt starts up to 20 characters before
     * the match, so that position is tried first; a repeated word elsewhere in the excerpt is not mistaken.
     */
    public static int[] matchSpan(Finding f) {
        String m = f.match();
        String e = f.excerpt();
        if (isWholeDocument(f) || m.isEmpty()) {
            return null;
        }
        int expected = Math.min(20, f.location().offset());
        int at = e.startsWith(m, expected) ? expected : e.indexOf(m);
        return at < 0 ? null : new int[] {at, at + m.length()};
    }
}
