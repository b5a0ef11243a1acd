package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sumcheck.structure.AnalyzedDocument;
import org.sumcheck.structure.Region;
import org.sumcheck.structure.YearMention;
import org.sumcheck.structure.YearRole;

/**
 * Dates a report states as done (a completion verb in the clause: 2025年3月完成验收; or a cut-off: 截至2025年6月底)
 * that its own period rules out ({@code data/done-dates.yaml}). A 2024 annual summary is written by the spring of
 * 2025 at the latest: a date it reports as done after its period, or a cut-off beyond the writing window, or any
 * date after the document's own signature date, contradicts it. Deadlines (6月底前完成), starts (起施行) and plans
 * (计划、将、力争) are not stated as done.
 */
public final class DoneDates {
    private static final String CLAUSE_ENDS = "，,；;。！？!?：:";

    private final List<String> doneWords;
    private final List<String> cutoffWords;
    private final List<String> notDoneWords;
    private final List<String> notDoneAfter;
    private final Map<String, Integer> graceMonths = new HashMap<>();
    private final int defaultGrace;

    public DoneDates(JsonNode data) {
        doneWords = org.sumcheck.structure.StructureVocabulary.strings(data.path("done-words"));
        cutoffWords = org.sumcheck.structure.StructureVocabulary.strings(data.path("cutoff-words"));
        notDoneWords = org.sumcheck.structure.StructureVocabulary.strings(data.path("not-done-words"));
        notDoneAfter = org.sumcheck.structure.StructureVocabulary.strings(data.path("not-done-after"));
        data.path("writing-months").fields().forEachRemaining(e -> graceMonths.put(e.getKey(), e.getValue().asInt()));
        defaultGrace = data.path("writing-months").path("default").asInt(3);
    }

    /** A date stated as done (or as a cut-off) after the report's period or after its signature. */
    public record DoneDate(YearMention mention, boolean cutoff, String limitText) implements org.sumcheck.structure.Located {
        @Override
        public int paragraph() {
            return mention.paragraph();
        }

        @Override
        public int offset() {
            return mention.offset();
        }

        @Override
        public int length() {
            return mention.length();
        }

        public String dateText() {
            return mention.dateText();
        }
    }

    public void scan(AnalyzedDocument doc, List<Object> out) {
        Integer end = doc.periodEnd();
        if (doneWords.isEmpty() || end == null || doc.kind().id().equals("plan") || doc.kind().id().equals("unknown")) {
            return;
        }
        int grace = graceMonths.getOrDefault(doc.kind().id(), defaultGrace);
        int writtenBy = plusMonths(end, grace);
        Integer signed = signature(doc);
        signatureClaim(doc, end, writtenBy, out);
        for (YearMention y : doc.years()) {
            if (y.role() != YearRole.DATE || y.quoted() || y.month() < 1 || y.month() > 12
                    || y.parts().contains("next-steps") || y.region() == Region.TITLE) {
                continue;
            }
            int ym = y.year() * 100 + y.month();
            if (ym <= end || signed != null && isSignature(doc, y)) {
                continue;
            }
            String t = doc.paragraph(y.paragraph()).text();
            String clause = clause(t, y.offset(), y.offset() + y.length());
            String after = t.substring(y.offset() + y.length(), Math.min(t.length(), y.offset() + y.length() + 4));
            if (containsAny(clause, notDoneWords) || startsWithAny(after.stripLeading(), notDoneAfter)) {
                continue;
            }
            String before = t.substring(Math.max(0, y.offset() - 4), y.offset());
            boolean cutoff = containsAny(before, cutoffWords);
            boolean done = !cutoff && containsAny(clause, doneWords);
            int limit = signed != null ? Math.min(signed, writtenBy) : writtenBy;
            if (done || (cutoff && ym > limit)) {
                out.add(new DoneDate(y, cutoff, cutoff ? text(limit) : text(end)));
            }
        }
    }

    /**
     * The signature date against the time the report can have been written: not before its period began (a 2019
     * summary dated 2018年12月 kept last year's date line), not after the writing window.
     */
    private static void signatureClaim(AnalyzedDocument doc, int end, int writtenBy, List<Object> out) {
        if (doc.kind().period() == org.sumcheck.structure.DocumentKind.PeriodReading.GOVERNMENT) {
            return; // delivered on the date of its subtitle; its review period is the year before
        }
        for (YearMention y : doc.years()) {
            if (isSignature(doc, y)) {
                int months = switch (doc.kind().id()) {
                    case "half-year" -> 6;
                    case "quarterly" -> 3;
                    case "monthly" -> 1;
                    default -> 12;
                };
                int start = plusMonths(end, 1 - months);
                out.add(new PeriodClaim(PeriodClaim.Kind.SIGNATURE, y.paragraph(), y.offset(), y.length(), y.dateText(),
                        y.year() * 100 + y.month(), start, writtenBy));
                return;
            }
        }
    }

    /** The signature date: a paragraph near the end that is only a date (2024年1月8日). */
    private static Integer signature(AnalyzedDocument doc) {
        for (YearMention y : doc.years()) {
            if (isSignature(doc, y)) {
                return y.year() * 100 + y.month();
            }
        }
        return null;
    }

    private static boolean isSignature(AnalyzedDocument doc, YearMention y) {
        int n = doc.document().paragraphs().size();
        return y.role() == YearRole.DATE && y.month() > 0 && y.paragraph() >= n - 3
                && doc.paragraph(y.paragraph()).text().strip().length() <= y.length() + 2;
    }

    private static String clause(String t, int s, int e) {
        int from = s;
        while (from > 0 && CLAUSE_ENDS.indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        int to = e;
        while (to < t.length() && CLAUSE_ENDS.indexOf(t.charAt(to)) < 0) {
            to++;
        }
        return t.substring(from, to);
    }

    private static int plusMonths(int yyyymm, int months) {
        int m = yyyymm / 100 * 12 + yyyymm % 100 - 1 + months;
        return m / 12 * 100 + m % 12 + 1;
    }

    private static String text(int yyyymm) {
        return yyyymm / 100 + "年" + yyyymm % 100 + "月";
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
