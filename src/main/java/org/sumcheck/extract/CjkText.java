package org.sumcheck.extract;

import java.util.regex.Pattern;

/**
 * Character classes and clean-ups for Chinese text that came out of a layout (PDF lines, OCR). Pure functions.
 */
public final class CjkText {
    private CjkText() {
    }

    /** A Han character, kana, or a full-width / CJK punctuation mark: text that is written without spaces. */
    public static boolean isWide(int cp) {
        if (cp < 0x2E80) {
            // general punctuation that Chinese text uses as full-width marks: “ ” ‘ ’ … — ·
            return cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x2026
                    || cp == 0x2014 || cp == 0x00B7 || cp == 0x2015;
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || b == Character.UnicodeBlock.VERTICAL_FORMS
                || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA
                || b == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || b == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS;
    }

    /** Approximate printed width in em: wide characters count 1, others half. Used when a line has no geometry. */
    public static double emWidth(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 1.0 : 0.5;
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * Removes the spaces a layout or OCR put next to Chinese text: "及 2024 年" → "及2024年", "党 建" → "党建".
     * A space stays only where both neighbours are narrow (Latin words, numbers: "Word 2016").
     * Runs of spaces between narrow neighbours collapse to one.
     */
    public static String removeLayoutSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int j = i;
                while (j < n && isSpace(s.charAt(j))) {
                    j++;
                }
                if (out.length() > 0 && j < n) {
                    int before = Character.codePointBefore(out, out.length());
                    int after = s.codePointAt(j);
                    if (!isWide(before) && !isWide(after)) {
                        out.append(' ');
                    }
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u200B';
    }

    /**
     * Tesseract reads the 一 of a leading （一） as a dash. ("=" is not mapped: with chi_sim+eng it stood for 二 and
     * for 三 alike, and a guess would hide or invent a numbering defect.)
     */
    private static final Pattern OCR_MARKER_ONE = Pattern.compile("^[(（]\\s*[—–\\-_一]\\s*[)）]");
    private static final Pattern OCR_MARKER_THREE = Pattern.compile("^[(（]\\s*[≡三]\\s*[)）]");
    /** A leading level-2 marker whose opening bracket OCR misread (〈四） 《一）) or lost (二）). */
    private static final Pattern OCR_MARKER_BROKEN_OPEN = Pattern.compile("^[〈《<]?\\s*([一二三四五六七八九十]{1,3})\\s*[)）]");
    /**
     * OCR cannot tell a full-width mark from its half-width twin; between Chinese characters the printed page had
     * the full-width one (GB/T 15834), so "如下:" is read back as "如下：".
     */
    private static final Pattern OCR_HALF_WIDTH_MARK = Pattern.compile("(?<=[\\p{IsHan}）”])([,;:?!])(?=[\\p{IsHan}“（《]|$)");
    /** 〈…） inside a line: OCR's reading of （…） (a real 〈 closes with 〉). */
    private static final Pattern OCR_ANGLE_FOR_BRACKET = Pattern.compile("〈([^〈〉（）()]{1,12})）");
    private static final Pattern OCR_ENUMERATOR = Pattern.compile("\\(([一二三四五六七八九十百]{1,3}|\\d{1,3})\\)");
    private static final Pattern OCR_OPEN = Pattern.compile("\\((?=\\p{IsHan})|(?<=[\\p{IsHan}，。、；：])\\(");
    private static final Pattern OCR_CLOSE = Pattern.compile("(?<=\\p{IsHan})\\)|\\)(?=[\\p{IsHan}，。、；：])");

    /**
     * Clean-up of OCR text: layout spaces removed, and the half-width brackets OCR reads for （ ） restored where
     * they enclose Chinese ("(一)" → "（一）"; a leading "(—)" → "（一）"), so heading markers and punctuation read as the page printed them.
     */
    public static String normalizeOcr(String s) {
        String t = removeLayoutSpaces(s);
        t = OCR_MARKER_ONE.matcher(t).replaceFirst("（一）");
        t = OCR_MARKER_THREE.matcher(t).replaceFirst("（三）");
        t = OCR_MARKER_BROKEN_OPEN.matcher(t).replaceFirst("（$1）");
        t = OCR_ANGLE_FOR_BRACKET.matcher(t).replaceAll("（$1）");
        t = OCR_HALF_WIDTH_MARK.matcher(t).replaceAll(m -> switch (m.group(1)) {
            case "," -> "，";
            case ";" -> "；";
            case ":" -> "：";
            case "?" -> "？";
            default -> "！";
        });
        t = OCR_ENUMERATOR.matcher(t).replaceAll("（$1）");
        t = OCR_OPEN.matcher(t).replaceAll("（");
        t = OCR_CLOSE.matcher(t).replaceAll("）");
        return t;
    }

    /** Appends the next line of a paragraph to it, as {@link #joinLines} joins them (linear in the paragraph). */
    static void appendLine(StringBuilder paragraph, String line) {
        if (line.isEmpty()) {
            return;
        }
        if (paragraph.length() > 0) {
            int a = Character.codePointBefore(paragraph, paragraph.length());
            int b = line.codePointAt(0);
            // compounds (XC-200), URLs and paths break after the mark: no space there either
            if (!isWide(a) && !isWide(b) && a != '-' && a != '/') {
                paragraph.append(' ');
            }
        }
        paragraph.append(line);
    }

    /** Joins two pieces of one paragraph that a line break separated: no space next to Chinese text. */
    public static String joinLines(String left, String right) {
        StringBuilder sb = new StringBuilder(left);
        appendLine(sb, right);
        return sb.toString();
    }
}
