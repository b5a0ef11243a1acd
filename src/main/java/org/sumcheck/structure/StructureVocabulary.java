package org.sumcheck.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words structure recognition relies on, read from the rules folder's data files
 * ({@code data/kinds.yaml}, {@code data/parts.yaml}) so that a reviewer can change them without a rebuild.
 *
 * @param cues the remaining word lists of kinds.yaml and parts.yaml (speech cues, front matter, head-word modifiers …)
 */
public record StructureVocabulary(List<KindRule> kinds, List<PartDef> parts, List<String> planWords,
                                  List<String> reportWords, List<String> historyAfter, List<String> historyBefore,
                                  List<String> yearSeparators, List<String> reportingWords, Cues cues) {

    /**
     * A title matches when it contains one of {@code words} (any title when empty), one of {@code and} if
     * given and none of {@code not}; a {@code speech} entry matches speech-style documents only.
     */
    public record KindRule(DocumentKind kind, List<String> words, List<String> and, List<String> not, boolean speech) {
        boolean matches(String title, boolean speechStyle) {
            return (!speech || speechStyle) && (words.isEmpty() || containsAny(title, words))
                    && (and.isEmpty() || containsAny(title, and)) && !containsAny(title, not);
        }
    }

    /**
     * A part and the words that name it.
     *
     * @param synonyms    phrases naming it in a top-level heading or part line
     * @param heads       head words naming it at any heading level (存在的主要短板)
     * @param nextCue     the head words need a next-period cue in the heading (下一步, a later year)
     * @param futureHeads head words that are forward-looking in themselves (打算)
     * @param bodyWords   words of a body paragraph inside the problems part that make it this part (原因)
     * @param leadIns     words of a body paragraph's lead clause that, followed by one of the head words, state the
     *                    part in prose (仍存在一些不容忽视的问题：一是…)
     * @param past        the part is about the period reported on: a heading with a next-period cue never names it
     * @param anywhere    a synonym names the part in a heading of any level, not only a top-level one
     * @param openingWords words of an opening paragraph that state the part (以…思想为指导: the guiding thought)
     */
    public record PartDef(String id, String name, boolean implicit, List<String> synonyms, List<String> heads,
                          boolean nextCue, List<String> futureHeads, List<String> bodyWords, List<String> leadIns,
                          boolean past, boolean anywhere, List<String> openingWords) {
        public PartDef {
            synonyms = List.copyOf(synonyms);
            heads = List.copyOf(heads);
            futureHeads = List.copyOf(futureHeads);
            bodyWords = List.copyOf(bodyWords);
            leadIns = List.copyOf(leadIns);
            openingWords = List.copyOf(openingWords);
        }

        public PartDef(String id, String name, boolean implicit, List<String> synonyms) {
            this(id, name, implicit, synonyms, List.of(), false, List.of(), List.of(), List.of(), false, false, List.of());
        }
    }

    /**
     * Word lists beyond the kinds and parts tables.
     *
     * @param subtitles    a title-block line opening with one makes the document speech-style (——在…会议上)
     * @param salutations  a first body line opening with one makes it speech-style (各位代表：)
     * @param contents     a line opening with one is a table-of-contents entry (【篇一】)
     * @param siteText     a line containing one is a template site's text, never the title
     * @param otherGenres  a title ending with one is another genre of official document (通知), kind unknown
     * @param modifiers    words before a head word that only qualify it (存在的, 主要)
     * @param found        words before a head word that say the thing was found (查摆, 产生)
     * @param tails        words at a heading's end set aside before its head word (分析, 情况)
     * @param nextCues     words saying a heading is about the next period (下一步, 今后)
     */
    public record Cues(List<String> subtitles, List<String> salutations, List<String> contents, List<String> siteText,
                       List<String> otherGenres, List<String> modifiers, List<String> found, List<String> tails,
                       List<String> nextCues) {
        public static final Cues NONE = new Cues(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    public StructureVocabulary {
        kinds = List.copyOf(kinds);
        parts = List.copyOf(parts);
        planWords = List.copyOf(planWords);
        reportWords = List.copyOf(reportWords);
        historyAfter = List.copyOf(historyAfter);
        historyBefore = List.copyOf(historyBefore);
        yearSeparators = List.copyOf(yearSeparators);
        reportingWords = List.copyOf(reportingWords);
    }

    static final String KINDS_FILE = "kinds.yaml";
    static final String PARTS_FILE = "parts.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Reads the vocabulary from a rules folder's {@code data/} directory. */
    public static StructureVocabulary load(Path dataDir) {
        return parse(read(dataDir.resolve(KINDS_FILE)), read(dataDir.resolve(PARTS_FILE)));
    }

    /** The kind a title names (not speech-style). */
    public DocumentKind kindOf(String title) {
        return kindOf(title, false);
    }

    /** The kind a title names; a title of another official genre (…的通知) or naming no kind is unknown. */
    public DocumentKind kindOf(String title, boolean speechStyle) {
        String t = title.strip();
        for (String g : cues.otherGenres()) {
            if (!g.isEmpty() && t.endsWith(g)) {
                return DocumentKind.UNKNOWN;
            }
        }
        for (KindRule k : kinds) {
            if (k.matches(t, speechStyle)) {
                return k.kind();
            }
        }
        return DocumentKind.UNKNOWN;
    }

    /** True when some kind entry matches the title without needing speech cues. */
    public boolean namesKind(String title) {
        return kindOf(title, false).known();
    }

    /** The kind with this id, or unknown. */
    public DocumentKind kind(String id) {
        for (KindRule k : kinds) {
            if (k.kind().id().equals(id)) {
                return k.kind();
            }
        }
        return DocumentKind.UNKNOWN;
    }

    /** The parts a heading's words name, in table order. */
    public List<PartDef> partsNamedBy(String text) {
        List<PartDef> found = new ArrayList<>();
        for (PartDef p : parts) {
            if (containsAny(text, p.synonyms())) {
                found.add(p);
            }
        }
        return found;
    }

    public static boolean startsWithAny(String text, List<String> words) {
        for (String w : words) {
            if (!w.isEmpty() && text.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    public static boolean endsWithAny(String text, List<String> words) {
        for (String w : words) {
            if (!w.isEmpty() && text.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    public static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (!w.isEmpty() && text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The vocabulary from the texts of kinds.yaml and parts.yaml. */
    public static StructureVocabulary parse(String kindsYaml, String partsYaml) {
        return parse(yaml(kindsYaml, KINDS_FILE), yaml(partsYaml, PARTS_FILE));
    }

    /** Parses YAML text; a syntax error names the file. */
    public static JsonNode yaml(String text, String fileName) {
        try {
            JsonNode n = YAML.readTree(text);
            return n == null ? YAML.createObjectNode() : n;
        } catch (IOException e) {
            throw new IllegalArgumentException(fileName + ": " + e.getMessage(), e);
        }
    }

    private static StructureVocabulary parse(JsonNode kindsDoc, JsonNode partsDoc) {
        // parts.yaml's older `requirements:` map still counts for a kind that lists no parts of its own
        Map<String, Map<String, List<String>>> legacy = requirements(partsDoc);
        List<KindRule> kinds = new ArrayList<>();
        for (JsonNode k : kindsDoc.path("kinds")) {
            String id = k.path("kind").asText().trim();
            if (id.isEmpty() || id.equals(DocumentKind.UNKNOWN.id())) {
                throw new IllegalArgumentException(KINDS_FILE + ": a kind entry needs an id other than 'unknown'");
            }
            Map<String, List<String>> old = legacy.getOrDefault(id, Map.of());
            DocumentKind kind = new DocumentKind(id, DocumentKind.PeriodReading.fromId(k.path("period").asText("report")),
                    k.path("title-year").asBoolean(true),
                    listOr(k, "required", old), listOr(k, "recommended", old), listOr(k, "order", old));
            kinds.add(new KindRule(kind, strings(k.path("words")), strings(k.path("and")), strings(k.path("not")),
                    k.path("speech").asBoolean(false)));
        }
        List<PartDef> parts = new ArrayList<>();
        for (JsonNode p : partsDoc.path("parts")) {
            parts.add(new PartDef(p.path("id").asText(), p.path("name").asText(), p.path("implicit").asBoolean(false),
                    strings(p.path("synonyms")), strings(p.path("heads")), "next".equals(p.path("cue").asText()),
                    strings(p.path("future-heads")), strings(p.path("body-words")), strings(p.path("lead-ins")),
                    p.path("past").asBoolean(false), p.path("anywhere").asBoolean(false), strings(p.path("opening-words"))));
        }
        JsonNode speech = kindsDoc.path("speech-cues");
        JsonNode front = kindsDoc.path("front-matter");
        Cues cues = new Cues(strings(speech.path("subtitle")), strings(speech.path("salutations")),
                strings(front.path("contents")), strings(front.path("site")), strings(kindsDoc.path("other-genres")),
                strings(partsDoc.path("modifiers")), strings(partsDoc.path("found")), strings(partsDoc.path("tails")),
                strings(partsDoc.path("next-cues")));
        return new StructureVocabulary(kinds, parts, strings(kindsDoc.path("plan-words")),
                strings(kindsDoc.path("report-words")), strings(kindsDoc.path("history-after")),
                strings(kindsDoc.path("history-before")), strings(kindsDoc.path("year-separators")),
                strings(kindsDoc.path("reporting-words")), cues);
    }

    private static List<String> listOr(JsonNode kind, String field, Map<String, List<String>> legacy) {
        return kind.has(field) ? strings(kind.path(field)) : legacy.getOrDefault(field, List.of());
    }

    /** Required and recommended part ids per kind id, from parts.yaml's {@code requirements}. */
    public static Map<String, Map<String, List<String>>> requirements(JsonNode partsDoc) {
        Map<String, Map<String, List<String>>> m = new LinkedHashMap<>();
        partsDoc.path("requirements").fields().forEachRemaining(e -> {
            Map<String, List<String>> levels = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(l -> levels.put(l.getKey(), strings(l.getValue())));
            m.put(e.getKey(), levels);
        });
        return m;
    }

    public static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else if (n.isTextual()) {
            out.add(n.asText());
        }
        return out;
    }

    public static JsonNode read(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
