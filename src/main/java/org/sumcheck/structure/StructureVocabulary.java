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
 */
public record StructureVocabulary(List<KindRule> kinds, List<PartDef> parts, List<String> planWords,
                                  List<String> reportWords, List<String> historyAfter, List<String> historyBefore,
                                  List<String> yearSeparators, List<String> reportingWords) {

    /** A title matches when it contains one of {@code words} and (if non-empty) one of {@code and}. */
    public record KindRule(DocumentKind kind, List<String> words, List<String> and) {
        boolean matches(String title) {
            return containsAny(title, words) && (and.isEmpty() || containsAny(title, and));
        }
    }

    /** A part and the words that name it. */
    public record PartDef(String id, String name, boolean implicit, List<String> synonyms) {
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

    public DocumentKind kindOf(String title) {
        for (KindRule k : kinds) {
            if (k.matches(title)) {
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
        List<KindRule> kinds = new ArrayList<>();
        for (JsonNode k : kindsDoc.path("kinds")) {
            kinds.add(new KindRule(DocumentKind.fromId(k.path("kind").asText()), strings(k.path("words")),
                    strings(k.path("and"))));
        }
        List<PartDef> parts = new ArrayList<>();
        for (JsonNode p : partsDoc.path("parts")) {
            parts.add(new PartDef(p.path("id").asText(), p.path("name").asText(), p.path("implicit").asBoolean(false),
                    strings(p.path("synonyms"))));
        }
        return new StructureVocabulary(kinds, parts, strings(kindsDoc.path("plan-words")),
                strings(kindsDoc.path("report-words")), strings(kindsDoc.path("history-after")),
                strings(kindsDoc.path("history-before")), strings(kindsDoc.path("year-separators")),
                strings(kindsDoc.path("reporting-words")));
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
