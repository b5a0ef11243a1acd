package org.sumcheck.rules.facts;

/**
 * A phrase that fixes a year (or a month) by itself, with the range the document's period allows for it
 * (data/periods.yaml, scanner {@link PeriodClaims}). It contradicts the document when {@code implied} lies outside
 * {@code expected…latest}.
 *
 * @param kind     what kind of phrase it is (each has its own rule)
 * @param text     the phrase as written, for messages
 * @param implied  the year (month for SUB_PERIOD, yyyymm for SIGNATURE and EVENT_IN_PLAN) the phrase names
 * @param expected the earliest value the document's period allows
 * @param latest   the latest value the document's period allows
 */
public record PeriodClaim(Kind kind, int paragraph, int offset, int length, String text, int implied, int expected,
                          int latest) implements org.sumcheck.structure.Located {

    public enum Kind {
        /** 去年（2023年）: a relative year naming another year than the document's (YEAR-010) */
        RELATIVE,
        /** 2024年是“十四五”开局之年: a five-year plan's first or last year (YEAR-011) */
        FIVE_YEAR_PLAN,
        /** 2024年…新中国成立74周年: an anniversary counted for another year (YEAR-012) */
        ANNIVERSARY,
        /** 前三季度 in a 上半年 summary: a part of the year outside the period reported on (YEAR-013) */
        SUB_PERIOD,
        /** 2024年要… in a 2025 plan: a past year spoken of as still to come (YEAR-014) */
        PLAN_FUTURE,
        /** 2024年全年共查处… in a 2025 summary: another year reported on (YEAR-015) */
        REPORT_YEAR,
        /** the signature date outside the time the report can have been written (YEAR-016) */
        SIGNATURE,
        /** 2021年10月胜利召开的党的二十大: an event given another year than it happened in (YEAR-017) */
        EVENT_DATE,
        /** a plan citing an event after the time it was written (YEAR-018) */
        EVENT_IN_PLAN
    }

    /** The phrase names what the document's period rules out. */
    public boolean contradicts() {
        return implied < expected || implied > latest;
    }

    /** The value the phrase names, for messages (2023年, 9月, 2018年12月). */
    public String impliedText() {
        return show(implied);
    }

    /** The value the period allows, for messages (2024年; 1–6月; 2024年1月至2025年3月). */
    public String expectedText() {
        if (expected == latest) {
            return show(expected);
        }
        if (kind == Kind.SUB_PERIOD) {
            return expected + "–" + latest + "月";
        }
        if (expected <= 0) {
            return show(latest);
        }
        return show(expected) + "—" + show(latest);
    }

    private String show(int v) {
        if (kind == Kind.SUB_PERIOD) {
            return v + "月";
        }
        return v > 9999 ? v / 100 + "年" + v % 100 + "月" : v + "年";
    }
}
