package org.sumcheck.structure;

/** Small Chinese numerals as used in headings and enumerations (一 … 九十九) and in written years (二〇二三). */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    static final String DIGITS = "〇一二三四五六七八九";

    /** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; -1 when it is not such a numeral. */
    public static int parse(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        if (s.indexOf('十', ten + 1) >= 0 || ten > 1 || s.length() - ten > 2) {
            return -1;
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        if (tens <= 0 || ones < 0) {
            return -1;
        }
        return tens * 10 + ones;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三. */
    public static String format(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10));
        String ones = n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10));
        return tens + "十" + ones;
    }

    /** A year written digit by digit: 二〇二三 → 2023 (○ and 零 accepted for 〇); -1 otherwise. */
    public static int parseYear(String s) {
        int y = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0) {
                return -1;
            }
            y = y * 10 + d;
        }
        return y;
    }

    static int digit(char c) {
        if (c == '○' || c == '零' || c == 'O') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }
}
