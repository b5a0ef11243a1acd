package org.sumcheck.structure;

import java.util.List;

/**
 * What a document is, from its title (rules/data/kinds.yaml): the kind's id, how its title's years are read, and
 * the parts it requires. Kinds are data, so a reviewer can add one; {@link #UNKNOWN} gets text checks only.
 *
 * @param id          the kind's id (summary, summary+plan, duty-report, gov-report …)
 * @param period      how the periods are read from the title
 * @param titleYear   a title of this kind is expected to name its year (YEAR-004)
 * @param required    part ids whose absence is an error
 * @param recommended part ids whose absence is a warning
 * @param order       the order the parts come in
 */
public record DocumentKind(String id, PeriodReading period, boolean titleYear, List<String> required,
                           List<String> recommended, List<String> order) {
    /** Not a recognised kind (a notice, minutes …): its years are its subject, not a period it reports on. */
    public static final DocumentKind UNKNOWN = new DocumentKind("unknown", PeriodReading.NONE, false, List.of(),
            List.of(), List.of());

    public DocumentKind {
        required = List.copyOf(required);
        recommended = List.copyOf(recommended);
        order = List.copyOf(order);
    }

    /** How a kind's title names its periods. */
    public enum PeriodReading {
        /** the period named is the one reported on (2023年工作总结, 上半年, 第三季度) */
        REPORT,
        /** the first period is reported on, the plan is for the one named for it or else the next one */
        REPORT_PLAN,
        /** the period named (a year or a span 2021—2025年) is the one planned for */
        PLAN,
        /** delivered early in year N: reviews N−1, plans N (政府工作报告) */
        GOVERNMENT,
        /** the years are the subject, not a period (调研报告, 心得体会, speeches) */
        NONE;

        public static PeriodReading fromId(String id) {
            return switch (id.trim()) {
                case "report", "" -> REPORT;
                case "report+plan" -> REPORT_PLAN;
                case "plan" -> PLAN;
                case "government" -> GOVERNMENT;
                case "none" -> NONE;
                default -> throw new IllegalArgumentException("kinds.yaml: unknown period reading '" + id
                        + "' (report, report+plan, plan, government, none)");
            };
        }
    }

    public boolean known() {
        return !this.id.equals(UNKNOWN.id);
    }

    /** The kinds that report on a past period (not a plan, not a kind whose years are only its subject). */
    public boolean reportsOnPeriod() {
        return known() && (period == PeriodReading.REPORT || period == PeriodReading.REPORT_PLAN
                || period == PeriodReading.GOVERNMENT);
    }

    public boolean plans() {
        return period == PeriodReading.PLAN;
    }
}
