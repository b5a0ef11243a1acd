package org.sumcheck.crossdoc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.sumcheck.structure.StructureVocabulary;

/**
 * The cross-document pass's settings: rules/data/crossdoc.yaml, overlaid by a batch's {@code crossdoc:} section of
 * sumcheck.yaml. A value that is not a number in range is an IllegalArgumentException naming the key.
 */
public record CrossSettings(double similarity, int minParagraphChars, int minSentenceChars, double templateShare,
                            int templateMinFiles, int maxRelated, int minUnitChars, double periodMajority,
                            int periodMinFiles) {

    /** The keys a {@code crossdoc:} section of sumcheck.yaml may set, and whether each is a share (0–1). */
    private static final Map<String, Boolean> KEYS = Map.of("similarity", true, "min-paragraph-chars", false,
            "min-sentence-chars", false, "template-share", true, "template-min-files", false, "max-related", false,
            "min-unit-chars", false, "period-majority", true, "period-min-files", false);

    /** Checks one {@code crossdoc:} setting of sumcheck.yaml; an IllegalArgumentException says what is wrong. */
    public static void check(String key, String value) {
        Boolean share = KEYS.get(key);
        if (share == null) {
            throw new IllegalArgumentException("crossdoc: unknown setting '" + key + "' (known: "
                    + String.join(", ", new java.util.TreeSet<>(KEYS.keySet())) + ")");
        }
        if (share) {
            share(com.fasterxml.jackson.databind.node.MissingNode.getInstance(), Map.of(key, value), key, 0);
        } else {
            count(com.fasterxml.jackson.databind.node.MissingNode.getInstance(), Map.of(key, value), key, 1);
        }
    }

    static CrossSettings of(JsonNode data, Map<String, String> overrides) {
        return new CrossSettings(
                share(data, overrides, "similarity", 0.7),
                count(data, overrides, "min-paragraph-chars", 30),
                count(data, overrides, "min-sentence-chars", 30),
                share(data, overrides, "template-share", 0.3),
                count(data, overrides, "template-min-files", 3),
                count(data, overrides, "max-related", 5),
                count(data, overrides, "min-unit-chars", 4),
                share(data, overrides, "period-majority", 0.75),
                count(data, overrides, "period-min-files", 3));
    }

    private static String raw(JsonNode data, Map<String, String> overrides, String key) {
        String v = overrides.get(key);
        return v != null ? v.strip() : data.path(key).isMissingNode() ? null : data.path(key).asText();
    }

    private static double share(JsonNode data, Map<String, String> overrides, String key, double dflt) {
        String v = raw(data, overrides, key);
        if (v == null) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("crossdoc: " + key + " must be a number from 0 to 1, got '" + v + "'");
    }

    private static int count(JsonNode data, Map<String, String> overrides, String key, int dflt) {
        String v = raw(data, overrides, key);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("crossdoc: " + key + " must be a whole number of at least 1, got '" + v + "'");
    }

    static List<String> list(JsonNode data, String key) {
        return StructureVocabulary.strings(data.path(key));
    }
}
