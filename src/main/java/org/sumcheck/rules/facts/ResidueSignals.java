package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.structure.StructureVocabulary;

/**
 * Template-site residue recognised by its kind rather than by one site's words ({@code data/residue.yaml}):
 * a bracketed brand (【…素材库】, 本文由「…」整理), a contact handle (微信：abc123), a paywall marker even when OCR
 * garbled it (pa1dbeg1n), the site's 篇一/篇二 table of contents, and phrases matched with punctuation or blanks
 * typed inside them (范·文·网). Brands change from site to site; the shape of their notices does not.
 */
final class ResidueSignals {
    /** One signal in a paragraph: strong signals make an advert alone, weak ones in pairs. */
    record Signal(String text, int start, int end, boolean strong) {
    }

    private static final String BRAND_OPEN = "【「『〔[［";
    private static final String BRAND_CLOSE = "】」』〕]］";
    /** Marks and blanks a template site types inside its words to dodge filters (范·文·网, 更 多 范 文). */
    private static final String FILLER = " \t\u3000·•・.。_-—~*|/\\";
    private static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z0-9#@|!_ \\-]{5,20}");
    private static final String[] MARKER_WORDS = {"paidbegin", "paidend", "vipbegin", "vipend", "paystart", "payend"};

    private final List<String> brandStrong;
    private final List<String> brandWeak;
    private final List<String> templateWords;
    private final List<Pattern> handles;
    private final Pattern toc;

    ResidueSignals(JsonNode data) {
        brandStrong = StructureVocabulary.strings(data.path("brand-strong"));
        brandWeak = StructureVocabulary.strings(data.path("brand-weak"));
        templateWords = StructureVocabulary.strings(data.path("template-words"));
        handles = TextSpans.patterns(StructureVocabulary.strings(data.path("contact-handles")),
                "residue.yaml contact-handles", 0);
        String tocRe = data.path("toc-marker").asText("");
        toc = tocRe.isEmpty() ? null : Pattern.compile(tocRe);
    }

    /** The phrases found in t with filler marks inside them ignored; spans are raw offsets of t. */
    static List<LiteralFinder.Hit> findIgnoringFiller(LiteralFinder phrases, String t, List<int[]> spansOut) {
        StringBuilder c = new StringBuilder(t.length());
        int[] pos = new int[t.length() + 1];
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            // a filler between two kept characters is dropped; 。 only when a single Han character stands each side
            if (FILLER.indexOf(ch) >= 0 && c.length() > 0 && i + 1 < t.length() && FILLER.indexOf(t.charAt(i + 1)) < 0
                    && (ch != '。' && ch != '.' || isolatedHan(t, i))) {
                continue;
            }
            pos[c.length()] = i;
            c.append(ch);
        }
        pos[c.length()] = t.length();
        List<LiteralFinder.Hit> hits = phrases.find(c.toString());
        for (LiteralFinder.Hit h : hits) {
            spansOut.add(new int[]{pos[h.start()], pos[h.end() - 1] + 1});
        }
        return hits;
    }

    /** 范.文.网: a full stop between single characters is a filler, not the end of a sentence. */
    private static boolean isolatedHan(String t, int i) {
        return i >= 2 && i + 2 < t.length() && FILLER.indexOf(t.charAt(i - 2)) >= 0 && FILLER.indexOf(t.charAt(i + 2)) >= 0;
    }

    /** Bracketed brands and contact handles of one paragraph. */
    List<Signal> signals(String t) {
        List<Signal> out = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            int k = BRAND_OPEN.indexOf(t.charAt(i));
            boolean round = t.charAt(i) == '（' || t.charAt(i) == '(';
            if (k < 0 && !round) {
                continue;
            }
            char close = round ? (t.charAt(i) == '（' ? '）' : ')') : BRAND_CLOSE.charAt(k);
            int j = t.indexOf(close, i + 1);
            if (j < 0 || j - i > 24) {
                continue;
            }
            String inside = t.substring(i + 1, j);
            // a round bracket is ordinary text: only a keyword inside it counts; a 【】「」 bracket also counts
            // with a keyword right beside it (本文由「某某文苑」整理, 关注【某某】公众号)
            String around = round ? inside
                    : t.substring(Math.max(0, i - 4), i) + inside + t.substring(j + 1, Math.min(t.length(), j + 5));
            String strong = firstIn(around, brandStrong);
            String weak = strong == null ? firstIn(around, brandWeak) : null;
            if (strong != null || weak != null) {
                out.add(new Signal(t.substring(i, j + 1), i, j + 1, strong != null));
            }
        }
        for (Pattern p : handles) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                out.add(new Signal(m.group(), m.start(), m.end(), true));
            }
        }
        for (String w : templateWords) {
            for (int k = t.indexOf(w); k >= 0; k = t.indexOf(w, k + 1)) {
                out.add(new Signal(w, k, k + w.length(), false));
            }
        }
        return out;
    }

    private static String firstIn(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** Paywall markers whose letters OCR misread (pa1dbeg1n, paidbcgin): within one or two edits of the word. */
    List<int[]> garbledMarkers(String t) {
        List<int[]> out = new ArrayList<>();
        Matcher m = LATIN_RUN.matcher(t);
        while (m.find()) {
            String x = m.group().toLowerCase(Locale.ROOT).replaceAll("[#_ \\-]", "")
                    .replace('1', 'i').replace('|', 'i').replace('!', 'i').replace('0', 'o').replace('3', 'e')
                    .replace('4', 'a').replace('@', 'a').replace('5', 's');
            if (x.length() < 6) {
                continue;
            }
            for (String w : MARKER_WORDS) {
                if (EditDistance.between(x, w) <= (w.length() >= 8 ? 2 : 1)) {
                    int s = m.start();
                    int e = m.end();
                    while (s < e && t.charAt(s) == ' ') {
                        s++;
                    }
                    while (e > s && t.charAt(e - 1) == ' ') {
                        e--;
                    }
                    out.add(new int[]{s, e});
                    break;
                }
            }
        }
        return out;
    }

    /** The 篇一 / 篇二 markers of a paragraph (【篇一】, 篇二：), as [start, end, number-text-hash]. */
    List<int[]> tocMarkers(String t) {
        List<int[]> out = new ArrayList<>();
        if (toc == null || t.indexOf('篇') < 0) {
            return out;
        }
        Matcher m = toc.matcher(t);
        while (m.find()) {
            out.add(new int[]{m.start(), m.end()});
        }
        return out;
    }
}
