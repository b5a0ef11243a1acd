package org.sumcheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sumcheck.report.Severity;
import org.sumcheck.report.Waiver;
import org.sumcheck.structure.StructureVocabulary;

/**
 * A {@code sumcheck.yaml}: switches rules off, changes severities, adds words to the rules' lists, and applies
 * such changes to the files matching a glob:
 * <pre>
 * rules:
 *   PLACEHOLDER-003: off
 *   YEAR-002: warning
 * words:
 *   placeholder: [待填写]
 * overrides:
 *   - files: "drafts/**"
 *     rules: {NUMBERING-007: off, PLACEHOLDER-003: on}
 * waivers:                      # findings a reviewer signed off, by the fingerprint the JSON report gives
 *   - fingerprint: 3f2a9c0d1e4b5a67
 *     reason: 此处为引用原文
 *     signed: 张三
 * crossdoc:                     # the cross-document pass over a batch (docs/crossdoc.md; defaults in rules/data/crossdoc.yaml)
 *   similarity: 0.7
 * </pre>
 * Globs are relative to the folder holding the file; a glob without "/" also matches the file name alone.
 */
public final class Config {
    public static final String FILE_NAME = "sumcheck.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private record Override(String glob, PathMatcher matcher, RuleSettings settings) {
    }

    private final Path baseDir;
    private final RuleSettings base;
    private final List<Override> overrides;

    private Config(Path baseDir, RuleSettings base, List<Override> overrides) {
        this.baseDir = baseDir;
        this.base = base;
        this.overrides = List.copyOf(overrides);
    }

    /** No configuration: every rule on at its default severity. */
    public static Config none() {
        return new Config(Path.of("").toAbsolutePath(), RuleSettings.defaults(), List.of());
    }

    /** Reads a sumcheck.yaml. A malformed file is an IllegalArgumentException naming the file and the problem. */
    public static Config load(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Config(dir, RuleSettings.defaults(), List.of());
        }
        RuleSettings base = settings(file, root);
        List<Override> overrides = new ArrayList<>();
        for (JsonNode o : root.path("overrides")) {
            String glob = o.path("files").asText("");
            if (glob.isEmpty()) {
                throw new IllegalArgumentException(file + ": an override needs files: \"glob\"");
            }
            overrides.add(new Override(glob, FileSystems.getDefault().getPathMatcher("glob:" + glob), settings(file, o)));
        }
        return new Config(dir, base, overrides);
    }

    /** The nearest sumcheck.yaml in the checked file's folder or any folder above it. */
    public static Optional<Path> discover(Path checkedFile) {
        Path dir = checkedFile.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The settings for one checked file: the base settings, then every override whose glob matches, in order. */
    public RuleSettings settingsFor(Path checkedFile) {
        RuleSettings s = base;
        Path abs = checkedFile.toAbsolutePath().normalize();
        Path rel = abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs;
        for (Override o : overrides) {
            boolean match = o.matcher().matches(rel) || (!o.glob().contains("/") && abs.getFileName() != null
                    && o.matcher().matches(abs.getFileName()));
            if (match) {
                s = s.with(o.settings());
            }
        }
        return s;
    }

    private static RuleSettings settings(Path file, JsonNode node) {
        Set<String> off = new HashSet<>();
        Set<String> on = new HashSet<>();
        Map<String, Severity> severities = new HashMap<>();
        node.path("rules").fields().forEachRemaining(e -> {
            String v = e.getValue().asText().strip().toLowerCase(java.util.Locale.ROOT);
            // YAML reads a bare off/false as boolean false
            if (v.equals("off") || v.equals("false") || v.equals("disabled")) {
                off.add(e.getKey());
            } else if (v.equals("on") || v.equals("true")) {
                on.add(e.getKey()); // back on at its default severity (undoes an off of the base settings)
            } else {
                try {
                    severities.put(e.getKey(), Severity.fromId(v));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(file + ": rule " + e.getKey() + ": '" + v
                            + "' is not off, error, warning or info");
                }
            }
        });
        Map<String, List<String>> words = new HashMap<>();
        node.path("words").fields().forEachRemaining(e -> words.put(e.getKey(), StructureVocabulary.strings(e.getValue())));
        Map<String, Waiver> waivers = new HashMap<>();
        for (JsonNode w : node.path("waivers")) {
            String fp = w.path("fingerprint").asText("").strip().toLowerCase(java.util.Locale.ROOT);
            if (!fp.matches("[0-9a-f]{16}")) {
                throw new IllegalArgumentException(file + ": a waiver needs fingerprint: (16 hex digits, from the JSON report), got '"
                        + w.path("fingerprint").asText("") + "'");
            }
            String signed = w.path("signed").asText("");
            if (signed.isBlank()) {
                throw new IllegalArgumentException(file + ": waiver " + fp + " needs signed: (who signed it off)");
            }
            waivers.put(fp, new Waiver(w.path("reason").asText(""), signed, Waiver.CONFIG));
        }
        Map<String, String> crossdoc = new HashMap<>();
        node.path("crossdoc").fields().forEachRemaining(e -> crossdoc.put(e.getKey(), e.getValue().asText()));
        return new RuleSettings(off, severities, words, on, waivers, crossdoc);
    }
}
