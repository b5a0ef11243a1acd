package org.sumcheck.structure;

/**
 * How a heading number is written. GB/T 9704 wants 一、 → （一） → 1. → （1）; the other styles are variants
 * authors type, recognised so that their numbering and their punctuation can be checked.
 */
public enum MarkerStyle {
    /** 一、 (level 1) */
    CHINESE_COMMA(1, true),
    /** 一. 一． 一， (level 1, wrong punctuation) */
    CHINESE_DOT(1, false),
    /** （一） (level 2) */
    CHINESE_PAREN(2, true),
    /** （一）、 （一）. 〈一） 一） (level 2, wrong punctuation or brackets) */
    CHINESE_PAREN_EXTRA(2, false),
    /** 1. 1． (level 3) */
    ARABIC_DOT(3, true),
    /** 1、 (level 3, wrong punctuation) */
    ARABIC_COMMA(3, false),
    /** （1） (level 4) */
    ARABIC_PAREN(4, true),
    /** （1）、 1） (level 4, wrong punctuation or brackets) */
    ARABIC_PAREN_EXTRA(4, false),
    /** ① (level 5) */
    CIRCLED(5, true),
    /** a heading known only from its Word style, with no number in its text */
    NONE(0, true);

    private final int level;
    private final boolean standard;

    MarkerStyle(int level, boolean standard) {
        this.level = level;
        this.standard = standard;
    }

    /** The GB/T 9704 level this style belongs to (1–4; 5 for circled digits; 0 for none). */
    public int level() {
        return level;
    }

    /** False when the marker's punctuation is against GB/T 9704 (（一）、, 一., 1、). */
    public boolean standard() {
        return standard;
    }
}
