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
import java.util.TreeSet;
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

    /** The keys a sumcheck.yaml may hold at its top and in an override; anything else is a typo, said at load. */
    private static final Set<String> TOP_KEYS = Set.of("rules", "words", "overrides", "waivers", "crossdoc");
    private static final Set<String> OVERRIDE_KEYS = Set.of("files", "rules", "words", "waivers");
    /** The word lists {@code words:} may extend (each read by a scanner: placeholder by FactBuilder). */
    public static final Set<String> WORD_LISTS = Set.of("placeholder");

    private record Override(String glob, PathMatcher matcher, RuleSettings settings) {
    }

    private final Path file;
    private final List<String> lines;
    private final Path baseDir;
    private final RuleSettings base;
    private final List<Override> overrides;

    private Config(Path file, List<String> lines, Path baseDir, RuleSettings base, List<Override> overrides) {
        this.file = file;
        this.lines = List.copyOf(lines);
        this.baseDir = baseDir;
        this.base = base;
        this.overrides = List.copyOf(overrides);
    }

    /** The sumcheck.yaml this configuration was read from, or null for {@link #none()}. */
    public Path file() {
        return file;
    }

    /** No configuration: every rule on at its default severity. */
    public static Config none() {
        return new Config(null, List.of(), Path.of("").toAbsolutePath(), RuleSettings.defaults(), List.of());
    }

    /**
     * Reads a sumcheck.yaml and checks its shape: unknown keys and word lists, bad severities, bad globs and bad
     * waivers are an IllegalArgumentException naming the file, the line and the value ({@code FILE:LINE: …}).
     * Rule ids are checked against a rule base by {@link #checkedAgainst}.
     */
    public static Config load(Path file) {
        String text;
        JsonNode root;
        try {
            text = Files.readString(file);
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        List<String> lines = text.lines().toList();
        Path dir = file.toAbsolutePath().getParent();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Config(file, lines, dir, RuleSettings.defaults(), List.of());
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException(file + ":1: not a mapping of " + String.join(", ", new TreeSet<>(TOP_KEYS)));
        }
        checkKeys(file, lines, root, TOP_KEYS);
        RuleSettings base = settings(file, lines, root);
        List<Override> overrides = new ArrayList<>();
        for (JsonNode o : root.path("overrides")) {
            String glob = o.path("files").asText("");
            if (glob.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + lineOf(lines, "overrides") + ": an override needs files: \"glob\"");
            }
            checkKeys(file, lines, o, OVERRIDE_KEYS);
            PathMatcher matcher;
            try {
                matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) { // PatternSyntaxException included
                throw new IllegalArgumentException(file + ":" + lineOf(lines, glob) + ": files: '" + glob
                        + "' is not a valid glob (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
            }
            overrides.add(new Override(glob, matcher, settings(file, lines, o)));
        }
        return new Config(file, lines, dir, base, overrides);
    }

    /**
     * This configuration, after checking that every rule it names exists in {@code rules}.
     *
     * @throws IllegalArgumentException naming the file, the line and the unknown rule id
     */
    public Config checkedAgainst(RuleBase rules) {
        List<RuleSettings> all = new ArrayList<>();
        all.add(base);
        overrides.forEach(o -> all.add(o.settings()));
        for (RuleSettings s : all) {
            for (String id : rules.unknownRules(s)) {
                throw new IllegalArgumentException(file + ":" + lineOf(lines, id) + ": unknown rule '" + id
                        + "' / 未知规则（规则编号见 sumcheck rules / the rule ids: sumcheck rules）");
            }
        }
        for (String key : base.crossdoc().keySet()) {
            try {
                org.sumcheck.crossdoc.CrossSettings.check(key, base.crossdoc().get(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + lineOf(lines, key + ":") + ": " + e.getMessage(), e);
            }
        }
        return this;
    }

    /** The globs of the overrides that apply to {@code checkedFile}, in order (for {@code sumcheck config}). */
    public List<String> overridesFor(Path checkedFile) {
        List<String> out = new ArrayList<>();
        for (Override o : overrides) {
            if (matches(o, checkedFile)) {
                out.add(o.glob());
            }
        }
        return out;
    }

    private static void checkKeys(Path file, List<String> lines, JsonNode node, Set<String> allowed) {
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(file + ":" + lineOf(lines, k) + ": unknown key '" + k + "' (known: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        });
    }

    /** The 1-based number of the first line holding {@code token} outside a comment (0: the file as a whole). */
    static int lineOf(List<String> lines, String token) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int hash = l.indexOf('#');
            if ((hash < 0 ? l : l.substring(0, hash)).contains(token)) {
                return i + 1;
            }
        }
        return 0;
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
        for (Override o : overrides) {
            if (matches(o, checkedFile)) {
                s = s.with(o.settings());
            }
        }
        return s;
    }

    private boolean matches(Override o, Path checkedFile) {
        Path abs = checkedFile.toAbsolutePath().normalize();
        Path rel = abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs;
        return o.matcher().matches(rel) || (!o.glob().contains("/") && abs.getFileName() != null
                && o.matcher().matches(abs.getFileName()));
    }

    private static RuleSettings settings(Path file, List<String> lines, JsonNode node) {
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
                    throw new IllegalArgumentException(file + ":" + lineOf(lines, e.getKey()) + ": rule " + e.getKey()
                            + ": '" + v + "' is not off, on, error, warning or info");
                }
            }
        });
        Map<String, List<String>> words = new HashMap<>();
        node.path("words").fields().forEachRemaining(e -> {
            if (!WORD_LISTS.contains(e.getKey())) {
                throw new IllegalArgumentException(file + ":" + lineOf(lines, e.getKey() + ":") + ": unknown word list '"
                        + e.getKey() + "' (known: " + String.join(", ", new TreeSet<>(WORD_LISTS)) + ")");
            }
            words.put(e.getKey(), StructureVocabulary.strings(e.getValue()));
        });
        Map<String, Waiver> waivers = new HashMap<>();
        for (JsonNode w : node.path("waivers")) {
            String fp = w.path("fingerprint").asText("").strip().toLowerCase(java.util.Locale.ROOT);
            if (!fp.matches("[0-9a-f]{16}")) {
                throw new IllegalArgumentException(file + ":" + lineOf(lines, w.path("fingerprint").asText("").isBlank() ? "waivers"
                        : w.path("fingerprint").asText("")) + ": a waiver needs fingerprint: (16 hex digits, from the JSON report), got '"
                        + w.path("fingerprint").asText("") + "'");
            }
            String signed = w.path("signed").asText("");
            if (signed.isBlank()) {
                throw new IllegalArgumentException(file + ":" + lineOf(lines, fp) + ": waiver " + fp + " needs signed: (who signed it off)");
            }
            waivers.put(fp, new Waiver(w.path("reason").asText(""), signed, Waiver.CONFIG));
        }
        Map<String, String> crossdoc = new HashMap<>();
        node.path("crossdoc").fields().forEachRemaining(e -> crossdoc.put(e.getKey(), e.getValue().asText()));
        return new RuleSettings(off, severities, words, on, waivers, crossdoc);
    }
}
