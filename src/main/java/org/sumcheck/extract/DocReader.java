package org.sumcheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Range;
import org.sumcheck.document.Paragraph;

/**
 * Body paragraphs of a Word 97–2003 .doc through POI HWPF. Only the main text story is read, so headers, footers,
 * footnotes and comments (separate stories in the file) never reach the body; automatic numbering is rendered
 * with the list's own format ("一、", "（一）"), which Tika's .doc output turns into Arabic digits.
 */
final class DocReader {
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)^(?:heading|标题)\\s*([1-9])$");
    /** Word's number-format codes (nfc) 0–39 in MS-DOC order; the names {@link NumberFormats} knows. */
    private static final String[] NFC = {
        "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText", "ordinalText",
        "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha", "decimalFullWidth",
        "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2",
        "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop",
        "decimalEnclosedParen", "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional",
        "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional",
        "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
        "chineseCountingThousand"};
    private static final int LEVELS = 9;

    private DocReader() {
    }

    static final class TooMuchText extends Exception {
        TooMuchText(long limit) {
            super("more than " + limit + " characters");
        }
    }

    static List<Paragraph> read(HWPFDocument doc, long maxChars) throws TooMuchText {
        Range body = doc.getRange();
        Map<Integer, int[]> counters = new HashMap<>();
        List<Paragraph> out = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < body.numParagraphs(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("extraction abandoned");
            }
            org.apache.poi.hwpf.usermodel.Paragraph p = body.getParagraph(i);
            if (p.isInTable() && p.isTableRowEnd()) {
                continue;
            }
            String label = p.isInList() ? label(p, counters) : "";
            String text = clean(Range.stripFields(p.text()));
            if (text.isEmpty()) {
                continue;
            }
            text = label + text;
            chars += text.length();
            if (chars > maxChars) {
                throw new TooMuchText(maxChars);
            }
            out.add(new Paragraph(out.size(), text, 0, headingLevel(doc, p)));
        }
        return out;
    }

    /** Control characters of the .doc text stream become nothing, line breaks a space. */
    static String clean(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\u000B', '\u000C', '\u000E', '\t', '\u00A0' -> sb.append(' ');
                case '\u001E' -> sb.append('-');      // non-breaking hyphen
                default -> {
                    if (c >= 0x20 && c != '\u001F' && c != '\uFFFD') { // optional hyphen; 0x01 pictures, 0x02 note marks, 0x07 cell ends
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString().strip();
    }

    private static String label(org.apache.poi.hwpf.usermodel.Paragraph p, Map<Integer, int[]> counters) {
        HWPFList list;
        try {
            list = p.getList();
        } catch (RuntimeException e) {
            return ""; // a dangling list reference: show the text without a number
        }
        if (list == null) {
            return "";
        }
        int lvl = Math.max(0, Math.min(LEVELS - 1, p.getIlvl()));
        int[] c = counters.computeIfAbsent(list.getLsid(), k -> new int[LEVELS]);
        c[lvl] = c[lvl] == 0 ? list.getStartAt((char) lvl) : c[lvl] + 1;
        for (int k = lvl + 1; k < LEVELS; k++) {
            c[k] = 0;
        }
        String pattern = list.getNumberText((char) lvl);
        if (pattern == null || format(list, lvl).equals("bullet") || format(list, lvl).equals("none")) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch < LEVELS) {
                int value = c[ch] != 0 ? c[ch] : list.getStartAt(ch);
                String s = NumberFormats.format(value, format(list, ch));
                sb.append(s == null ? "" : s);
            } else {
                sb.append(ch);
            }
        }
        String label = sb.toString();
        if (label.isEmpty()) {
            return "";
        }
        int follow = list.getTypeOfCharFollowingTheNumber((char) lvl); // 0 tab, 1 space, 2 nothing
        int last = label.codePointBefore(label.length());
        boolean endsInMark = CjkText.isWide(last) || ".)]:、".indexOf(last) >= 0;
        return follow == 1 || follow == 0 && !endsInMark ? label + " " : label;
    }

    private static String format(HWPFList list, int lvl) {
        int nfc = list.getNumberFormat((char) lvl);
        if (nfc == 255) {
            return "none";
        }
        return nfc >= 0 && nfc < NFC.length ? NFC[nfc] : "decimal";
    }

    private static int headingLevel(HWPFDocument doc, org.apache.poi.hwpf.usermodel.Paragraph p) {
        int outline = p.getLvl(); // 0–8 outline levels, 9 body text
        if (outline >= 0 && outline < 9) {
            return outline + 1;
        }
        int idx = p.getStyleIndex();
        for (int depth = 0; depth < 16 && idx >= 0 && idx < 4095; depth++) {
            StyleDescription sd = doc.getStyleSheet().getStyleDescription(idx);
            if (sd == null) {
                return 0;
            }
            String name = sd.getName() == null ? "" : sd.getName().strip().toLowerCase(Locale.ROOT);
            Matcher m = HEADING_NAME.matcher(name);
            if (m.matches()) {
                return m.group(1).charAt(0) - '0';
            }
            if (sd.getBaseStyle() == idx) {
                return 0;
            }
            idx = sd.getBaseStyle();
        }
        return 0;
    }
}
