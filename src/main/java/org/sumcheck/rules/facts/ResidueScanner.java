package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.document.Paragraph;
import org.sumcheck.structure.StructureVocabulary;

/**
 * Finds template-site leftovers with the lists of {@code data/residue.yaml}: paywall markers, adverts, contact
 * numbers and web addresses. Every list is compiled once into one pattern; a paragraph costs a few passes.
 * <p>
 * Precision matters more than recall here: 微信公众号, 会员 and QQ群 are ordinary words in a Party branch's
 * own work (利用微信公众号开展学习, 工会会员, 建立党员QQ群). So a sentence is an advert only when it holds an
 * advert phrase (更多范文, 下载自, 添加客服 …, not negated as in 严禁代笔) or a contact number or address next to
 * an advert word. All advert sentences of a paragraph make one hit, which absorbs their numbers and addresses.
 */
public final class ResidueScanner {
    private final List<Pattern> markers;
    private final LiteralFinder phrases;
    private final List<Pattern> advertPatterns;
    private final LiteralFinder advertWords;
    private final List<String> negations;
    private final List<Pattern> contacts;
    private final List<Pattern> urls;
    private final List<Pattern> templateText;
    private final List<String> trustedDomains;
    private final List<String> contactExempt;
    private final ResidueSignals kinds;

    public ResidueScanner(JsonNode data, List<String> extraPhrases) {
        markers = TextSpans.patterns(StructureVocabulary.strings(data.path("markers")), "residue.yaml markers",
                Pattern.CASE_INSENSITIVE);
        List<String> ps = new ArrayList<>(StructureVocabulary.strings(data.path("advert-phrases")));
        ps.addAll(extraPhrases);
        phrases = new LiteralFinder(ps);
        advertPatterns = TextSpans.patterns(StructureVocabulary.strings(data.path("advert-patterns")),
                "residue.yaml advert-patterns", 0);
        advertWords = new LiteralFinder(StructureVocabulary.strings(data.path("advert-words")));
        negations = StructureVocabulary.strings(data.path("negations"));
        contacts = TextSpans.patterns(StructureVocabulary.strings(data.path("contacts")), "residue.yaml contacts",
                Pattern.CASE_INSENSITIVE);
        urls = TextSpans.patterns(StructureVocabulary.strings(data.path("addresses")), "residue.yaml addresses", 0);
        templateText = TextSpans.patterns(StructureVocabulary.strings(data.path("template-text")),
                "residue.yaml template-text", 0);
        trustedDomains = StructureVocabulary.strings(data.path("trusted-domains")).stream()
                .map(d -> d.toLowerCase(Locale.ROOT)).toList();
        contactExempt = StructureVocabulary.strings(data.path("contact-exempt-before"));
        kinds = new ResidueSignals(data);
    }

    private record Hit(ResidueHit.Kind kind, int start, int end, String text) {
    }

    public void scan(List<Paragraph> paragraphs, List<Object> out) {
        // 篇一 / 篇二: the site's table of contents of several documents, when the document has two or more markers
        int tocMarkers = 0;
        for (Paragraph p : paragraphs) {
            tocMarkers += kinds.tocMarkers(p.text()).size();
        }
        for (Paragraph p : paragraphs) {
            List<int[]> toc = tocMarkers >= 2 ? kinds.tocMarkers(p.text()) : List.of();
            if (!toc.isEmpty()) {
                String t = p.text();
                int s = 0;
                int e = t.length();
                while (s < e && Character.isWhitespace(t.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
                    e--;
                }
                // a line of the table (short, or starting with the marker) goes whole; inside a long paragraph, the marker
                boolean line = toc.get(0)[0] - s <= 1 || e - s <= 60;
                int from = line ? s : toc.get(0)[0];
                int to = line ? e : toc.get(toc.size() - 1)[1];
                out.add(new ResidueHit(ResidueHit.Kind.TOC, t.substring(from, to), p.index(), from, to - from, toc.size(),
                        t.substring(toc.get(0)[0], toc.get(0)[1])));
                continue;
            }
            scanParagraph(p.index(), p.text(), out);
        }
    }

    private void scanParagraph(int index, String t, List<Object> out) {
        List<Hit> markerHits = new ArrayList<>(find(markers, ResidueHit.Kind.MARKER, t));
        for (int[] g : kinds.garbledMarkers(t)) {
            Hit h = new Hit(ResidueHit.Kind.MARKER, g[0], g[1], t.substring(g[0], g[1]));
            if (!overlaps(markerHits, h)) {
                markerHits.add(h);
            }
        }
        for (Hit h : markerHits) {
            out.add(new ResidueHit(ResidueHit.Kind.MARKER, h.text(), index, h.start(), h.end() - h.start(), 1, h.text()));
        }
        // the template's own writing instructions and Word's placeholder / field-code text (RESIDUE-006)
        for (Hit h : find(templateText, ResidueHit.Kind.TEMPLATE, t)) {
            out.add(new ResidueHit(ResidueHit.Kind.TEMPLATE, h.text(), index, h.start(), h.end() - h.start(), 1, h.text()));
        }
        // cheap necessary conditions first: most paragraphs hold no address and no number of 5+ digits
        int digits = 0;
        int longestDigits = 0;
        boolean addressChars = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            longestDigits = Math.max(longestDigits, digits);
            addressChars |= c == '@' || (c == '.' && i + 1 < t.length() && TextSpans.isLatinOrDigit(t.charAt(i + 1))
                    && !Character.isDigit(t.charAt(i + 1)));
        }
        List<Hit> numbers = new ArrayList<>();
        for (Hit h : addressChars ? find(urls, ResidueHit.Kind.URL, t) : List.<Hit>of()) {
            if (!trusted(h.text()) && !insideTitle(t, h.start()) && !exemptContact(t, h.start())) {
                numbers.add(h);
            }
        }
        for (Hit h : longestDigits >= 5 ? find(contacts, ResidueHit.Kind.CONTACT, t) : List.<Hit>of()) {
            if (!overlaps(numbers, h) && !exemptContact(t, h.start())) {
                numbers.add(h);
            }
        }
        List<Hit> strong = new ArrayList<>();
        List<int[]> raw = new ArrayList<>();
        List<LiteralFinder.Hit> phraseHits = ResidueSignals.findIgnoringFiller(phrases, t, raw);
        for (int k = 0; k < phraseHits.size(); k++) {
            int[] r = raw.get(k);
            if (!negated(t, r[0])) {
                strong.add(new Hit(ResidueHit.Kind.ADVERT, r[0], r[1], phraseHits.get(k).word()));
            }
        }
        strong.addAll(find(advertPatterns, ResidueHit.Kind.ADVERT, t));
        // signals by kind: a bracketed brand, a contact handle (strong); a weak brand, a template word (in pairs)
        List<Hit> weak = new ArrayList<>();
        for (ResidueSignals.Signal g : kinds.signals(t)) {
            Hit h = new Hit(ResidueHit.Kind.ADVERT, g.start(), g.end(), g.text());
            if (g.strong() && !negated(t, g.start())) {
                strong.add(h);
            } else if (!g.strong()) {
                weak.add(h);
            }
        }
        if (strong.isEmpty() && weak.stream().map(Hit::text).distinct().count() >= 2) {
            strong.addAll(weak); // two weak signals in one paragraph make it an advert together
        }
        if (strong.isEmpty() && numbers.isEmpty()) {
            return;
        }
        // advert sentences: a phrase, or a number/address beside an advert word
        int first = -1;
        int last = -1;
        Set<String> signals = new LinkedHashSet<>();
        int count = 0;
        List<Hit> loose = new ArrayList<>();
        List<int[]> looseSentences = new ArrayList<>();
        for (int[] s : TextSpans.sentences(t, TextSpans.SENTENCE_ENDS)) {
            List<Hit> inStrong = within(strong, s);
            List<Hit> inNumbers = within(numbers, s);
            List<LiteralFinder.Hit> words = inNumbers.isEmpty() ? List.of() : advertWords.find(t.substring(s[0], s[1]));
            if (inStrong.isEmpty() && words.isEmpty()) {
                if (!inNumbers.isEmpty()) {
                    loose.addAll(inNumbers);
                    looseSentences.add(s);
                }
                continue;
            }
            int start = s[0];
            while (start < s[1] && Character.isWhitespace(t.charAt(start))) {
                start++;
            }
            first = first < 0 ? start : first;
            last = s[1];
            for (Hit h : inStrong) {
                signals.add(h.text());
            }
            for (LiteralFinder.Hit h : words) {
                signals.add(h.word());
            }
            for (Hit h : inNumbers) {
                signals.add(h.text());
            }
            count += inStrong.size() + words.size() + inNumbers.size();
        }
        if (first >= 0) {
            // an advert paragraph is one finding: its other numbers and addresses belong to it
            for (int[] ls : looseSentences) {
                first = Math.min(first, ls[0]);
                last = Math.max(last, ls[1]);
            }
            for (Hit h : loose) {
                signals.add(h.text());
            }
            count += loose.size();
            loose.clear();
            // the advert is the paragraph (the thing to delete) unless real text of some length stands beside it
            if (meaningful(t, 0, first) < 10 && meaningful(t, last, t.length()) < 10) {
                first = 0;
                last = t.length();
            }
            while (first < last && Character.isWhitespace(t.charAt(first))) {
                first++;
            }
            while (last > first && Character.isWhitespace(t.charAt(last - 1))) {
                last--;
            }
            out.add(new ResidueHit(ResidueHit.Kind.ADVERT, t.substring(first, last), index, first, last - first, count,
                    String.join("、", signals)));
        }
        for (Hit h : loose) {
            out.add(new ResidueHit(h.kind(), h.text(), index, h.start(), h.end() - h.start(), 1, h.text()));
        }
    }

    /** Letters and digits in t[from, to): what a reader would call text. */
    private static int meaningful(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Every pattern's matches in text order; where two overlap, the one starting first (then the longer) wins. */
    private static List<Hit> find(List<Pattern> patterns, ResidueHit.Kind kind, String t) {
        List<Hit> all = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new Hit(kind, m.start(), m.end(), m.group()));
                }
            }
        }
        if (patterns.size() > 1) {
            all.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        }
        List<Hit> hits = new ArrayList<>();
        for (Hit h : all) {
            if (hits.isEmpty() || h.start() >= hits.get(hits.size() - 1).end()) {
                hits.add(h);
            }
        }
        return hits;
    }

    private static List<Hit> within(List<Hit> hits, int[] s) {
        List<Hit> in = new ArrayList<>();
        for (Hit h : hits) {
            if (h.start() >= s[0] && h.start() < s[1]) {
                in.add(h);
            }
        }
        return in;
    }

    private static boolean overlaps(List<Hit> hits, Hit h) {
        for (Hit x : hits) {
            if (h.start() < x.end() && x.start() < h.end()) {
                return true;
            }
        }
        return false;
    }

    /** 严禁代笔, 严禁网上下载、他人代写代笔: the phrase is what its clause forbids. */
    private boolean negated(String t, int at) {
        int from = at;
        while (from > 0 && at - from < 20 && "，。；！？：,;!?:".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        String before = t.substring(from, at);
        for (String n : negations) {
            if (before.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** A government or Party site (www.12371.cn, xxx.gov.cn) is a legitimate reference, not residue. */
    private boolean trusted(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        int scheme = u.indexOf("://");
        String host = scheme >= 0 ? u.substring(scheme + 3) : u;
        int at = host.indexOf('@');
        host = at >= 0 ? host.substring(at + 1) : host;
        int slash = host.indexOf('/');
        host = slash >= 0 ? host.substring(0, slash) : host;
        for (String d : trustedDomains) {
            if (host.equals(d) || host.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    /** Inside 《…》: part of a cited title. */
    private static boolean insideTitle(String t, int at) {
        int open = t.lastIndexOf('《', at);
        return open >= 0 && t.lastIndexOf('》', at) < open && t.indexOf('》', at) >= 0;
    }

    /** 举报电话：0991-1234567, 监督邮箱 jubao@163.com: a published hotline or mailbox, not the template site's. */
    private boolean exemptContact(String t, int at) {
        String before = t.substring(Math.max(0, at - 8), at);
        for (String w : contactExempt) {
            if (before.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
