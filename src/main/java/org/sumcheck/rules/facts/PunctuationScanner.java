package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sumcheck.document.Paragraph;
import org.sumcheck.structure.StructureVocabulary;

/**
 * Finds punctuation problems (settings in {@code data/punctuation.yaml}, GB/T 15834-2011): paired marks left
 * unbalanced within a paragraph, and half-width marks typed in Chinese text. One pass per paragraph.
 * <p>
 * Half-width marks count only where Chinese text is on both sides (a comma after a Chinese character and before
 * Chinese text or a number; a full stop only between Chinese characters or at the end of the paragraph): so
 * 94.9%, 1,000, 9:30, "1." and "一." heading markers (the numbering rules' business), Latin text, URLs and
 * e-mail addresses stay silent. Half-width brackets count only around Chinese text that is not a list marker
 * such as (1) or (一). OCR writes （ ） as ( ), so for OCR text the pairing treats them alike.
 */
public final class PunctuationScanner {
    private static final Pattern HEADING_DOT = Pattern.compile("^\\s*[一二三四五六七八九十]+\\.");
    private static final Pattern MARKER_CONTENT = Pattern.compile("[0-9０-９一二三四五六七八九十a-zA-Z]{1,3}");

    private final List<String> pairs;
    private final Map<Character, String> halfWidth = new LinkedHashMap<>();
    private final String closingMarkerBefore;
    private final Pattern doubled;

    public PunctuationScanner(JsonNode data) {
        pairs = StructureVocabulary.strings(data.path("pairs")).stream().filter(p -> p.length() == 2).toList();
        data.path("half-width").fields().forEachRemaining(e -> {
            if (e.getKey().length() == 1) {
                halfWidth.put(e.getKey().charAt(0), e.getValue().asText());
            }
        });
        closingMarkerBefore = data.path("marker-start").asText("。；：，、 ");
        String dm = data.path("doubled").asText("");
        doubled = dm.isEmpty() ? null : Pattern.compile(dm);
    }

    public void scan(List<Paragraph> paragraphs, boolean ocr, List<Object> out) {
        List<List<Integer>> openAtEnd = new ArrayList<>();
        List<List<Integer>> closeUnmatched = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            List<Integer> opens = new ArrayList<>();
            List<Integer> closes = new ArrayList<>();
            unbalanced(p.text(), ocr, opens, closes);
            openAtEnd.add(opens);
            closeUnmatched.add(closes);
            halfWidthMarks(p, ocr, out);
            brackets(p, ocr, out);
            doubledMarks(p, ocr, out);
        }
        // a quote or title split by a page break (PDF) continues in the next paragraph: pair them across it
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            String t = paragraphs.get(i).text().stripTrailing();
            if (t.isEmpty() || TextSpans.SENTENCE_ENDS.indexOf(t.charAt(t.length() - 1)) >= 0) {
                continue;
            }
            List<Integer> opens = openAtEnd.get(i);
            List<Integer> closes = closeUnmatched.get(i + 1);
            String next = paragraphs.get(i + 1).text();
            for (int k = opens.size() - 1; k >= 0; k--) {
                char open = norm(t.charAt(opens.get(k)), ocr);
                for (int j = 0; j < closes.size(); j++) {
                    if (pairOf(open).charAt(1) == norm(next.charAt(closes.get(j)), ocr)) {
                        opens.remove(k);
                        closes.remove(j);
                        break;
                    }
                }
            }
        }
        multiParagraphQuotations(paragraphs, openAtEnd);
        for (Paragraph p : paragraphs) {
            List<Integer> all = new ArrayList<>(closeUnmatched.get(p.index()));
            all.addAll(openAtEnd.get(p.index()));
            all.sort(null);
            for (int at : all) {
                out.add(new PunctuationHit(PunctuationHit.Kind.UNBALANCED, String.valueOf(p.text().charAt(at)), null, p.index(), at, 1, 1,
                        List.of(), ocr));
            }
        }
    }

    /**
     * GB/T 15834: a quotation running over several paragraphs opens each paragraph with “ and closes only in the
     * last. A run of paragraphs each opening with the same mark left open, followed by one that opens with it and
     * closes it, is balanced: their leading marks are taken off the unmatched ones.
     */
    private static void multiParagraphQuotations(List<Paragraph> paragraphs, List<List<Integer>> openAtEnd) {
        int i = 0;
        while (i < paragraphs.size()) {
            int lead = leadingMark(paragraphs.get(i).text());
            if (lead < 0 || !openAtEnd.get(i).contains(lead)) {
                i++;
                continue;
            }
            char mark = paragraphs.get(i).text().charAt(lead);
            int j = i + 1;
            while (j < paragraphs.size()) {
                int l = leadingMark(paragraphs.get(j).text());
                if (l < 0 || paragraphs.get(j).text().charAt(l) != mark || !openAtEnd.get(j).contains(l)) {
                    break;
                }
                j++;
            }
            int last = j < paragraphs.size() ? leadingMark(paragraphs.get(j).text()) : -1;
            if (last >= 0 && paragraphs.get(j).text().charAt(last) == mark && !openAtEnd.get(j).contains(last)) {
                for (int k = i; k < j; k++) { // each paragraph opens the quotation again; the last one closes it
                    openAtEnd.get(k).remove(Integer.valueOf(leadingMark(paragraphs.get(k).text())));
                }
            }
            i = j;
        }
    }

    /** 。。 ，， 、、 ，。 ,，: two marks in a row where one belongs (PUNCTUATION-004); each run is one hit. */
    private void doubledMarks(Paragraph p, boolean ocr, List<Object> out) {
        if (doubled == null) {
            return;
        }
        java.util.regex.Matcher m = doubled.matcher(p.text());
        while (m.find()) {
            out.add(new PunctuationHit(PunctuationHit.Kind.DOUBLED, m.group(), null, p.index(), m.start(),
                    m.end() - m.start(), 1, List.of(), ocr));
        }
    }

    /** Where the paragraph's first visible character is an opening quotation mark (“ ‘ 「), else -1. */
    private static int leadingMark(String t) {
        int k = 0;
        while (k < t.length() && Character.isWhitespace(t.charAt(k)) || k < t.length() && t.charAt(k) == '\u3000') {
            k++;
        }
        return k < t.length() && "“‘「".indexOf(t.charAt(k)) >= 0 ? k : -1;
    }

    private static char norm(char c, boolean ocr) {
        if (ocr && c == '(') {
            return '（';
        }
        if (ocr && c == ')') {
            return '）';
        }
        return c;
    }

    private String pairOf(char open) {
        for (String p : pairs) {
            if (p.charAt(0) == open) {
                return p;
            }
        }
        return "\0\0";
    }

    /** Unmatched marks of one paragraph: closes with no open before them, opens never closed. */
    private void unbalanced(String t, boolean ocr, List<Integer> opensLeft, List<Integer> closesLeft) {
        for (String pair : pairs) {
            char open = pair.charAt(0);
            char close = pair.charAt(1);
            Deque<Integer> stack = new ArrayDeque<>();
            for (int i = 0; i < t.length(); i++) {
                char c = norm(t.charAt(i), ocr);
                if (c == open && open != close) {
                    stack.push(i);
                } else if (c == close) {
                    if (close == '’' && between(t, i)) {
                        continue; // an apostrophe in Latin text (Xi’s)
                    }
                    // 1） a） as a list marker, but only when no bracket is open: in （编号：A12） the ） closes the （
                    if (close == '）' && stack.isEmpty() && listMarker(t, i)) {
                        continue;
                    }
                    if (stack.isEmpty()) {
                        closesLeft.add(i);
                    } else {
                        stack.pop();
                    }
                }
            }
            stack.descendingIterator().forEachRemaining(opensLeft::add);
        }
        opensLeft.sort(null);
        closesLeft.sort(null);
    }

    private static boolean between(String t, int i) {
        return i > 0 && i + 1 < t.length() && TextSpans.isLatinOrDigit(t.charAt(i - 1))
                && TextSpans.isLatinOrDigit(t.charAt(i + 1));
    }

    /** "1）" or "a）" at the start of the paragraph or after a clause mark: a list marker, not a bracket. */
    private boolean listMarker(String t, int close) {
        int s = close;
        while (s > 0 && close - s < 3 && MARKER_CONTENT.matcher(String.valueOf(t.charAt(s - 1))).matches()) {
            s--;
        }
        return s < close && (s == 0 || closingMarkerBefore.indexOf(t.charAt(s - 1)) >= 0);
    }

    private void halfWidthMarks(Paragraph p, boolean ocr, List<Object> out) {
        String t = p.text();
        List<Span> spans = new ArrayList<>();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == ')' || !halfWidth.containsKey(c)) {
                continue;
            }
            if ((i > 0 && t.charAt(i - 1) == c) || (i + 1 < t.length() && t.charAt(i + 1) == c)) {
                continue; // ... or ?? : not a single mark
            }
            char left = neighbour(t, i, -1);
            char right = neighbour(t, i, +1);
            if (!chineseBefore(left)) {
                continue;
            }
            boolean ok;
            boolean closing = "”’）》】".indexOf(right) >= 0; // 怎么办?” ends a Chinese sentence
            if (c == '.') {
                ok = (right == 0 || closing || chineseAfter(right)) && !HEADING_DOT.matcher(t).region(0, i + 1).lookingAt();
            } else if (c == '?' || c == '!') {
                ok = right == 0 || closing || chineseAfter(right) || Character.isDigit(right);
            } else {
                ok = right == 0 || chineseAfter(right) || Character.isDigit(right);
            }
            if (ok) {
                spans.add(new Span(p.index(), i, 1));
                marks.append(c);
            }
        }
        if (!spans.isEmpty()) {
            Span first = spans.get(0);
            String mark = String.valueOf(t.charAt(first.offset()));
            out.add(new PunctuationHit(PunctuationHit.Kind.HALFWIDTH, mark, halfWidth.get(mark.charAt(0)), p.index(), first.offset(), 1,
                    spans.size(), spans.subList(1, spans.size()), ocr));
        }
    }

    private void brackets(Paragraph p, boolean ocr, List<Object> out) {
        String t = p.text();
        if (!halfWidth.containsKey('(') || !halfWidth.containsKey(')')) {
            return;
        }
        List<Span> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int i = t.indexOf('(');
        int searchedClose = -1;
        while (i >= 0) {
            int close = t.indexOf(')', i + 1);
            int nextOpen = t.indexOf('(', i + 1);
            if (close >= 0 && (nextOpen < 0 || close < nextOpen)) {
                String inside = t.substring(i + 1, close);
                if (!MARKER_CONTENT.matcher(inside.strip()).matches() && hasHan(inside)) {
                    spans.add(new Span(p.index(), i, close + 1 - i));
                    texts.add(t.substring(i, close + 1));
                }
                searchedClose = close;
                i = t.indexOf('(', close + 1);
            } else {
                if (i + 1 < t.length() && TextSpans.isHan(t.charAt(i + 1))) {
                    spans.add(new Span(p.index(), i, 1));
                    texts.add("(");
                }
                i = nextOpen;
            }
        }
        // a ) with no ( before it, after Chinese text and not a list marker (1) a))
        for (int k = t.indexOf(')'); k >= 0; k = t.indexOf(')', k + 1)) {
            if (k > searchedClose && t.lastIndexOf('(', k) < 0 && k > 0 && TextSpans.isHan(t.charAt(k - 1))
                    && !listMarker(t, k)) {
                spans.add(new Span(p.index(), k, 1));
                texts.add(")");
            }
        }
        if (!spans.isEmpty()) {
            Span first = spans.get(0);
            String m = texts.get(0);
            String suggestion = m.replace('(', '（').replace(')', '）');
            out.add(new PunctuationHit(PunctuationHit.Kind.BRACKET, m, suggestion, p.index(), first.offset(), first.length(), spans.size(),
                    spans.subList(1, spans.size()), ocr));
        }
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (TextSpans.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The nearest non-blank character before (dir -1) or after (+1) i, or 0 at the paragraph's edge. */
    private static char neighbour(String t, int i, int dir) {
        for (int k = i + dir; k >= 0 && k < t.length(); k += dir) {
            char c = t.charAt(k);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    /** A Chinese character, or a full-width closing mark (”）》】) that ends Chinese text. */
    private static boolean chineseBefore(char c) {
        return c != 0 && (TextSpans.isHan(c) || "”’）》】".indexOf(c) >= 0);
    }

    /** A Chinese character, or a full-width opening mark (“（《【) that starts Chinese text. */
    private static boolean chineseAfter(char c) {
        return c != 0 && (TextSpans.isHan(c) || "“‘（《【".indexOf(c) >= 0);
    }
}
