package org.sumcheck.extract;

/** Renders a list counter in a Word number format (w:numFmt), as Word displays it. Pure. */
final class NumberFormats {
    private NumberFormats() {
    }

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String HEAVENLY = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY = "子丑寅卯辰巳午未申酉戌亥";

    /** The counter {@code n} in format {@code fmt}; null for formats that print no number (bullet, none). */
    static String format(int n, String fmt) {
        if (fmt == null) {
            return Integer.toString(n);
        }
        return switch (fmt) {
            case "bullet", "none" -> null;
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "koreanCounting" -> chinese(n, DIGITS.substring(1), "十", "百", "千");
            case "chineseLegalSimplified", "ideographLegalTraditional" -> chinese(n, LEGAL.substring(1), "拾", "佰", "仟");
            case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital" -> digitsIn(n, DIGITS);
            case "ideographTraditional" -> cyclic(n, HEAVENLY);
            case "ideographZodiac" -> cyclic(n, EARTHLY);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            default -> Integer.toString(n); // decimal, decimalHalfWidth, ordinal … read as digits
        };
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十. */
    static String chinese(int n, String oneToNine, String ten, String hundred, String thousand) {
        if (n <= 0 || n >= 10000) {
            return Integer.toString(n);
        }
        String[] units = {"", ten, hundred, thousand};
        StringBuilder sb = new StringBuilder();
        String s = Integer.toString(n);
        boolean pendingZero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                pendingZero = sb.length() > 0;
                continue;
            }
            if (pendingZero) {
                sb.append('零');
                pendingZero = false;
            }
            boolean leadingTen = d == 1 && unit == 1 && sb.length() == 0; // 十一, not 一十一
            if (!leadingTen) {
                sb.append(oneToNine.charAt(d - 1));
            }
            sb.append(units[unit]);
        }
        return sb.toString();
    }

    private static String digitsIn(int n, String digits) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(c == '-' ? c : digits.charAt(c - '0'));
        }
        return sb.toString();
    }

    private static String cyclic(int n, String symbols) {
        return n >= 1 ? String.valueOf(symbols.charAt((n - 1) % symbols.length())) : Integer.toString(n);
    }

    private static String fullWidth(String ascii) {
        StringBuilder sb = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return sb.toString();
    }

    static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                sb.append(r[i]);
                n -= v[i];
            }
        }
        return sb.toString();
    }

    static String letters(int n, char a) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        // Word repeats the letter: a … z, aa … zz
        int times = (n - 1) / 26 + 1;
        return String.valueOf((char) (a + (n - 1) % 26)).repeat(times);
    }
}
