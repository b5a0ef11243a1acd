package org.sumcheck.crossdoc;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumcheck.check.BatchPass;
import org.sumcheck.document.Location;
import org.sumcheck.document.Paragraph;
import org.sumcheck.report.CrossReference;
import org.sumcheck.report.Finding;
import org.sumcheck.report.RuleInfo;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;
import org.sumcheck.structure.AnalyzedDocument;
import org.sumcheck.structure.Heading;
import org.sumcheck.structure.Region;
import org.sumcheck.structure.UnitFinder;

/**
 * The cross-document pass (docs/crossdoc.md): per file a {@link DocSignature}; at the end, batch facts for the
 * CROSS rules of rules/crossdoc.drl, run in a second Drools session.
 *
 * <p>Copies (CROSS-001): each passage's compared text (letters and digits, digits alike, standard formulations and
 * leading numbering taken out) gets a MinHash of its character trigrams, kept as {@value #BANDS} band keys of
 * {@value #ROWS} hashes. Passages sharing a band key are candidates (one sort of all keys: the pass grows with the
 * number of passages, not with its square); candidates are confirmed by their exact trigram Jaccard similarity. A
 * group of similar passages found in too many submissions (template-share, template-min-files), or a band shared by
 * that many, is template text and is not reported.
 */
public final class CrossPass implements BatchPass {
    /** Characters of text kept before an organisation word (enough for 中共XX市水利局机关委员会). */
    static final int MENTION_WINDOW = 24;
    /** A file keeps at most this many organisation mentions. */
    private static final int MAX_MENTIONS = 3000;
    static final int ROWS = 3;
    static final int BANDS = 10;
    private static final int HASHES = ROWS * BANDS;
    private static final int[] SEEDS = new int[HASHES];
    /** A band shared by more passages than this is not expanded into pairs (their files are counted instead). */
    private static final int MAX_BUCKET_PAIRS = 64;

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            SEEDS[i] = (int) x | 1;
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;]+");
    private static final Set<Region> COMPARED = Set.of(Region.OPENING, Region.BODY, Region.CLOSING, Region.HEADING);

    private final RuleBase rules;
    private final JsonNode data;
    private final UnitFinder units;
    private final Pattern orgWord;
    private final List<String> standard;
    private final List<Pattern> leadingMarkers;
    private final List<String> togetherWords;
    private final List<String> togetherBefore;

    /**
     * @param data           rules/data/crossdoc.yaml
     * @param sharedWording  further standard formulations (the lexicon's terms, the canonical enumerations)
     * @param leadingMarkers numbering at the start of a paragraph or sentence (data/duplicate.yaml), not compared
     */
    public CrossPass(RuleBase rules, JsonNode data, List<String> sharedWording, List<String> leadingMarkers) {
        this.rules = rules;
        this.data = data;
        List<String> unitWords = CrossSettings.list(data, "unit-words");
        this.units = new UnitFinder(unitWords, CrossSettings.list(data, "unit-prefixes"));
        List<String> sortedWords = new ArrayList<>(unitWords);
        sortedWords.sort(Comparator.comparingInt(String::length).reversed());
        this.orgWord = Pattern.compile(sortedWords.isEmpty() ? "(?!)"
                : String.join("|", sortedWords.stream().map(Pattern::quote).toList()));
        Set<String> phrases = new LinkedHashSet<>();
        for (String s : CrossSettings.list(data, "standard-phrases")) {
            phrases.add(normalise(s));
        }
        for (String s : sharedWording) {
            phrases.add(normalise(s));
        }
        phrases.removeIf(p -> p.length() < 3);
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.standard = List.copyOf(sorted);
        this.leadingMarkers = leadingMarkers.stream().map(m -> Pattern.compile("^\\s*(?:" + m + ")\\s*")).toList();
        this.togetherWords = CrossSettings.list(data, "together-words");
        this.togetherBefore = CrossSettings.list(data, "together-before");
        CrossSettings.of(data, Map.of()); // a bad value in the data file fails when the rules load
    }

    // ------------------------------------------------------------------ per file

    @Override
    public Signature sign(String displayPath, AnalyzedDocument doc, boolean archive, RuleSettings settings) {
        CrossSettings cs = CrossSettings.of(data, settings.crossdoc());
        List<Paragraph> ps = doc.document().paragraphs();
        Map<Integer, Heading> headings = new HashMap<>();
        doc.headings().forEach(h -> headings.put(h.paragraph(), h));
        List<DocSignature.Passage> passages = new ArrayList<>();
        List<DocSignature.OrgMention> mentions = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            Region region = i < doc.regions().size() ? doc.regions().get(i) : Region.BODY;
            if (!COMPARED.contains(region)) {
                continue;
            }
            Paragraph p = ps.get(i);
            String text = p.text();
            mentions(p, text, mentions);
            Heading h = headings.get(i);
            if (region == Region.HEADING && (h == null || !h.runIn())) {
                continue; // a heading of its own is the template's, never a copy
            }
            String compared = compared(text);
            if (compared.length() >= cs.minParagraphChars()) {
                passages.add(new DocSignature.Passage(i, p.page(), 0, text.length(), text, false, bands(compared)));
            }
            List<int[]> sentences = sentences(text);
            if (sentences.size() > 1) {
                for (int[] s : sentences) {
                    String st = text.substring(s[0], s[1]);
                    String c = compared(st);
                    if (c.length() >= cs.minSentenceChars()) {
                        passages.add(new DocSignature.Passage(i, p.page(), s[0], s[1] - s[0], st, true, bands(c)));
                    }
                }
            }
        }
        String unit = units.unitOf(doc.title());
        int t = doc.titleParagraph();
        String titleText = t >= 0 ? ps.get(t).text() : "";
        int titlePage = t >= 0 ? ps.get(t).page() : 0;
        return new DocSignature(displayPath, archive, submission(displayPath, archive), unit,
                List.copyOf(units.aliases(unit, cs.minUnitChars())), t, titlePage, titleText, doc.reportYear(),
                doc.planYear(), passages, mentions.size() > MAX_MENTIONS ? mentions.subList(0, MAX_MENTIONS) : mentions);
    }

    /**
     * Files of one folder whose names agree up to the first dot are one submission in several formats
     * (2023总结.docx, 2023总结.pdf, 2023总结.定稿.docx): never compared with each other.
     */
    static String submission(String displayPath, boolean archive) {
        String p = displayPath.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        String dir = slash < 0 ? "" : p.substring(0, slash + 1);
        String name = slash < 0 ? p : p.substring(slash + 1);
        int dot = name.indexOf('.');
        return (archive ? "archive:" : "") + dir + (dot <= 0 ? name : name.substring(0, dot));
    }

    private void mentions(Paragraph p, String text, List<DocSignature.OrgMention> out) {
        Matcher m = orgWord.matcher(text);
        while (m.find() && out.size() < MAX_MENTIONS) {
            int end = m.end();
            int sentenceStart = 0;
            int sentenceEnd = text.length();
            Matcher e = SENTENCE_END.matcher(text);
            while (e.find()) {
                if (e.end() <= m.start()) {
                    sentenceStart = e.end();
                } else {
                    sentenceEnd = e.start();
                    break;
                }
            }
            String sentence = text.substring(sentenceStart, Math.max(sentenceStart, sentenceEnd));
            boolean together = togetherWords.stream().anyMatch(sentence::contains);
            int from = Math.max(sentenceStart, end - MENTION_WINDOW);
            out.add(new DocSignature.OrgMention(p.index(), p.page(), end, text.substring(from, end), together));
        }
    }

    /** Sentence spans [start, end) of a paragraph, each with its closing mark. */
    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.end() > start && !text.substring(start, m.start()).isBlank()) {
                out.add(new int[]{start, m.end()});
            }
            start = m.end();
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(new int[]{start, text.length()});
        }
        return out;
    }

    /** Chinese numerals, compared as digits: 十二次 and 十五次 are one wording. */
    private static final String NUMERALS = "〇零一二三四五六七八九十百千万两";

    /** Letters and digits only, NFKC, lower case, every digit and Chinese numeral as 0. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c) || NUMERALS.indexOf(c) >= 0) {
                b.append('0');
            } else if (Character.isLetter(c)) {
                b.appendCodePoint(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The text as compared: leading numbering and standard formulations out, then {@link #normalise}. */
    String compared(String text) {
        String t = text;
        for (boolean again = true; again; ) {
            again = false;
            for (Pattern p : leadingMarkers) {
                Matcher m = p.matcher(t);
                if (m.find() && m.end() > 0) {
                    t = t.substring(m.end());
                    again = true;
                }
            }
        }
        String n = normalise(t);
        for (String phrase : standard) {
            if (n.contains(phrase)) {
                n = n.replace(phrase, "");
            }
        }
        return n;
    }

    /** Hashes of the character trigrams of a compared text. */
    private static int[] shingles(String c) {
        int n = Math.max(0, c.length() - 2);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = mix((c.charAt(i) * 31 + c.charAt(i + 1)) * 31 + c.charAt(i + 2));
        }
        return out;
    }

    private static int[] bands(String compared) {
        int[] sh = shingles(compared);
        int[] min = new int[HASHES];
        Arrays.fill(min, Integer.MAX_VALUE);
        for (int s : sh) {
            for (int k = 0; k < HASHES; k++) {
                int v = mix(s ^ SEEDS[k]);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        int[] bands = new int[BANDS];
        for (int b = 0; b < BANDS; b++) {
            int h = b * 0x61C88647;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + min[b * ROWS + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    private static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x7feb352d;
        x ^= x >>> 15;
        x *= 0x846ca68b;
        x ^= x >>> 16;
        return x;
    }

    /** Jaccard similarity of the trigram sets of two compared texts. */
    static double similarity(String a, String b) {
        Set<Integer> sa = new HashSet<>();
        for (int s : shingles(a)) {
            sa.add(s);
        }
        Set<Integer> sb = new HashSet<>();
        for (int s : shingles(b)) {
            sb.add(s);
        }
        if (sa.isEmpty() || sb.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (Integer s : sa) {
            if (sb.contains(s)) {
                common++;
            }
        }
        return (double) common / (sa.size() + sb.size() - common);
    }

    // ------------------------------------------------------------------ the batch

    @Override
    public Map<String, List<Finding>> run(List<Signature> batch, List<Signature> archive, RuleSettings settings) {
        CrossSettings cs = CrossSettings.of(data, settings.crossdoc());
        List<DocSignature> docs = new ArrayList<>();
        batch.forEach(s -> docs.add((DocSignature) s));
        int batchCount = docs.size();
        archive.forEach(s -> docs.add((DocSignature) s));
        List<Object> facts = new ArrayList<>();
        facts.addAll(copies(docs, cs));
        facts.addAll(foreignUnits(docs.subList(0, batchCount), cs));
        facts.addAll(periods(docs.subList(0, batchCount), cs));
        if (facts.isEmpty()) {
            return Map.of();
        }
        Map<String, RuleInfo> infos = new HashMap<>();
        rules.rules().forEach(r -> infos.put(r.id(), r));
        BatchFindings out = new BatchFindings(infos);
        rules.runBatch(facts, "cross", out, settings::enabled);
        return out.byPath();
    }

    /** CROSS-001 facts: the passages of batch files that another submission also has, template text left out. */
    List<CopiedPassage> copies(List<DocSignature> docs, CrossSettings cs) {
        List<int[]> ids = new ArrayList<>(); // {doc, passage}
        Map<String, Integer> submissionIds = new HashMap<>();
        int[] submissionOfDoc = new int[docs.size()];
        for (int d = 0; d < docs.size(); d++) {
            submissionOfDoc[d] = submissionIds.computeIfAbsent(docs.get(d).submission(), k -> submissionIds.size());
            for (int p = 0; p < docs.get(d).passages().size(); p++) {
                ids.add(new int[]{d, p});
            }
        }
        int submissions = submissionIds.size();
        int templateFiles = Math.max(cs.templateMinFiles(), (int) Math.floor(cs.templateShare() * submissions) + 1);
        int n = ids.size();
        long[] keys = new long[n * BANDS];
        for (int i = 0; i < n; i++) {
            int[] bands = passage(docs, ids.get(i)).bands();
            for (int b = 0; b < BANDS; b++) {
                keys[i * BANDS + b] = ((long) bands[b] << 32) | i;
            }
        }
        Arrays.sort(keys);
        boolean[] template = new boolean[n];
        Set<Long> pairs = new HashSet<>();
        for (int from = 0; from < keys.length; ) {
            int to = from + 1;
            while (to < keys.length && (keys[to] >>> 32) == (keys[from] >>> 32)) {
                to++;
            }
            if (to - from > 1) {
                Set<Integer> subs = new HashSet<>();
                for (int k = from; k < to; k++) {
                    subs.add(submissionOfDoc[ids.get((int) keys[k])[0]]);
                }
                if (subs.size() >= templateFiles) {
                    for (int k = from; k < to; k++) {
                        template[(int) keys[k]] = true;
                    }
                } else if (subs.size() > 1) {
                    int end = Math.min(to, from + MAX_BUCKET_PAIRS);
                    for (int a = from; a < end; a++) {
                        for (int b = a + 1; b < end; b++) {
                            int x = (int) keys[a];
                            int y = (int) keys[b];
                            int dx = ids.get(x)[0];
                            int dy = ids.get(y)[0];
                            boolean bothArchive = docs.get(dx).archive() && docs.get(dy).archive();
                            if (submissionOfDoc[dx] != submissionOfDoc[dy] && !bothArchive) {
                                pairs.add(((long) Math.min(x, y) << 32) | Math.max(x, y));
                            }
                        }
                    }
                }
            }
            from = to;
        }
        // confirm the candidates, group them, and drop groups found in too many submissions
        Map<Integer, String> comparedText = new HashMap<>();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<long[]> edges = new ArrayList<>(); // {x, y, similarity * 1e6}
        for (long pair : pairs) {
            int x = (int) (pair >>> 32);
            int y = (int) pair;
            if (template[x] || template[y]) {
                continue;
            }
            String cx = comparedText.computeIfAbsent(x, i -> compared(passage(docs, ids.get(i)).text()));
            String cy = comparedText.computeIfAbsent(y, i -> compared(passage(docs, ids.get(i)).text()));
            double sim = similarity(cx, cy);
            if (sim >= cs.similarity()) {
                edges.add(new long[]{x, y, Math.round(sim * 1_000_000)});
                parent[find(parent, x)] = find(parent, y);
            }
        }
        Map<Integer, Set<Integer>> groupSubmissions = new HashMap<>();
        for (long[] e : edges) {
            for (int k = 0; k < 2; k++) {
                int id = (int) e[k];
                groupSubmissions.computeIfAbsent(find(parent, id), r -> new HashSet<>())
                        .add(submissionOfDoc[ids.get(id)[0]]);
            }
        }
        // per batch passage: the best passage of each other file
        Map<Integer, Map<String, CrossReference>> refs = new LinkedHashMap<>();
        for (long[] e : edges) {
            int x = (int) e[0];
            int y = (int) e[1];
            if (groupSubmissions.get(find(parent, x)).size() >= templateFiles) {
                continue;
            }
            double sim = e[2] / 1_000_000.0;
            addRef(refs, docs, ids, x, y, sim);
            addRef(refs, docs, ids, y, x, sim);
        }
        // a sentence of a paragraph that is itself reported as copied is not reported again
        Set<Long> paragraphsReported = new HashSet<>();
        refs.forEach((id, byFile) -> {
            int[] dp = ids.get(id);
            if (!passage(docs, dp).sentence()) {
                paragraphsReported.add(((long) dp[0] << 32) | passage(docs, dp).paragraph());
            }
        });
        List<CopiedPassage> out = new ArrayList<>();
        refs.forEach((id, byFile) -> {
            int[] dp = ids.get(id);
            DocSignature doc = docs.get(dp[0]);
            DocSignature.Passage p = passage(docs, dp);
            if (doc.archive() || (p.sentence() && paragraphsReported.contains(((long) dp[0] << 32) | p.paragraph()))) {
                return;
            }
            List<CrossReference> others = new ArrayList<>(byFile.values());
            others.sort(Comparator.comparingDouble(CrossReference::similarity).reversed()
                    .thenComparing(CrossReference::path));
            out.add(new CopiedPassage(doc.path(), p.paragraph(), p.page(), p.offset(), p.length(), p.text(),
                    p.sentence(), others.subList(0, Math.min(cs.maxRelated(), others.size()))));
        });
        return out;
    }

    private static void addRef(Map<Integer, Map<String, CrossReference>> refs, List<DocSignature> docs,
                               List<int[]> ids, int at, int other, double sim) {
        DocSignature od = docs.get(ids.get(other)[0]);
        DocSignature.Passage op = passage(docs, ids.get(other));
        CrossReference r = new CrossReference(od.path(), new Location(op.paragraph(), op.page(), op.offset(), op.length()),
                Math.min(1, sim), op.text(), od.archive());
        refs.computeIfAbsent(at, k -> new LinkedHashMap<>()).merge(od.path(), r,
                (a, b) -> b.similarity() > a.similarity() ? b : a);
    }

    private static DocSignature.Passage passage(List<DocSignature> docs, int[] dp) {
        return docs.get(dp[0]).passages().get(dp[1]);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** CROSS-002 facts: a batch file's text naming the unit of another submission of the batch. */
    List<ForeignUnit> foreignUnits(List<DocSignature> batch, CrossSettings cs) {
        Map<String, List<DocSignature>> owners = new HashMap<>();
        for (DocSignature d : batch) {
            for (String a : d.unitAliases()) {
                owners.computeIfAbsent(a, k -> new ArrayList<>()).add(d);
            }
        }
        List<ForeignUnit> out = new ArrayList<>();
        for (DocSignature f : batch) {
            if (f.unit() == null || f.unitAliases().isEmpty()) {
                continue; // a file whose own unit is unknown cannot name the wrong one
            }
            Set<String> reported = new HashSet<>();
            for (DocSignature.OrgMention m : f.mentions()) {
                String w = m.window();
                for (int len = w.length(); len >= cs.minUnitChars(); len--) {
                    String s = w.substring(w.length() - len);
                    List<DocSignature> os = owners.get(s);
                    if (os == null) {
                        continue;
                    }
                    DocSignature other = os.stream().filter(o -> foreign(f, o)).findFirst().orElse(null);
                    if (other != null && !m.together() && !reported.contains(s)
                            && togetherBefore.stream().noneMatch(w.substring(0, w.length() - len)::endsWith)) {
                        reported.add(s);
                        out.add(new ForeignUnit(f.path(), m.paragraph(), m.page(), m.end() - len, len, s, f.unit(),
                                other.path(), false));
                    }
                    break; // the longest name that belongs to a submission decides
                }
            }
        }
        return out;
    }

    /** Another submission with a unit that neither contains nor is contained in {@code f}'s (not its parent). */
    private static boolean foreign(DocSignature f, DocSignature o) {
        if (o.submission().equals(f.submission()) || o.unit() == null) {
            return false;
        }
        for (String a : f.unitAliases()) {
            for (String b : o.unitAliases()) {
                if (a.contains(b) || b.contains(a)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** CROSS-003 facts: each batch file's years, and the batch's year for each role. */
    List<Object> periods(List<DocSignature> batch, CrossSettings cs) {
        List<Object> out = new ArrayList<>();
        for (FilePeriod.Role role : FilePeriod.Role.values()) {
            Map<String, Integer> yearOfSubmission = new LinkedHashMap<>();
            List<FilePeriod> files = new ArrayList<>();
            for (DocSignature d : batch) {
                Integer y = role == FilePeriod.Role.REPORT ? d.reportYear() : d.planYear();
                if (y == null || d.titleParagraph() < 0) {
                    continue;
                }
                yearOfSubmission.putIfAbsent(d.submission(), y);
                String t = d.titleText();
                int at = t.indexOf(String.valueOf(y));
                files.add(at >= 0
                        ? new FilePeriod(d.path(), role, y, d.titleParagraph(), d.titlePage(), at, 4)
                        : new FilePeriod(d.path(), role, y, d.titleParagraph(), d.titlePage(), 0, t.length()));
            }
            Map<Integer, Integer> count = new HashMap<>();
            yearOfSubmission.values().forEach(y -> count.merge(y, 1, Integer::sum));
            int withYear = yearOfSubmission.size();
            count.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .ifPresent(top -> {
                        int n = top.getValue();
                        boolean clear = n >= cs.periodMinFiles() && n >= cs.periodMajority() * withYear && n < withYear;
                        out.add(new BatchPeriod(role, top.getKey(), n, withYear, clear));
                        if (clear) {
                            out.addAll(files);
                        }
                    });
        }
        return out;
    }

    /** The unit a title names, as the pass reads it (for tests and explain). */
    public String unitOf(String title) {
        return units.unitOf(title);
    }

}
