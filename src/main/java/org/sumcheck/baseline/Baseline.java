package org.sumcheck.baseline;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sumcheck.report.BaselineState;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Fingerprint;
import org.sumcheck.report.Report;

/**
 * Findings accepted earlier, so that a CI gate fails only on new ones. A finding is known by its
 * {@link Fingerprint} (file, rule, match, excerpt; no paragraph numbers); identical findings are counted, so a
 * third copy of a placeholder recorded twice is new. File paths are taken relative to the baseline's directory when
 * the file lies under it (the same baseline works from any working directory), else as given.
 *
 * <p>The file is JSON, sorted by file, rule and fingerprint, one entry per distinct finding with its count and
 * its words, so a reviewer can read the diff of an updated baseline.
 */
public final class Baseline {
    public static final int FORMAT_VERSION = 1;

    /**
     * One distinct finding recorded {@code count} times; {@code at} is where the match starts in the excerpt (-1 when
     * the excerpt does not contain it, as for a missing part).
     */
    public record Entry(String file, String rule, String match, String excerpt, int at, String fingerprint, int count) {
        Entry plus(int n) {
            return new Entry(file, rule, match, excerpt, at, fingerprint, count + n);
        }
    }

    private final Path baseDir;
    private final Map<String, Entry> byFingerprint;

    private Baseline(Path baseDir, List<Entry> entries) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        Map<String, Entry> m = new HashMap<>();
        for (Entry e : entries) {
            m.merge(e.fingerprint(), e, (a, b) -> a.plus(b.count()));
        }
        this.byFingerprint = Map.copyOf(m);
    }

    /** The findings of {@code report} as a baseline whose paths are relative to {@code baseDir}. */
    public static Baseline of(Report report, Path baseDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        Map<String, Entry> entries = new TreeMap<>();
        for (FileResult fr : report.files()) {
            String file = fileKey(fr.path(), base);
            for (Finding f : fr.findings()) {
                String fp = Fingerprint.of(file, f);
                entries.merge(fp, new Entry(file, f.rule(), f.match(), f.excerpt(), matchAt(f), fp, 1),
                        (a, b) -> a.plus(b.count()));
            }
        }
        return new Baseline(base, List.copyOf(entries.values()));
    }

    /** Records every finding of {@code report} in {@code file} (replacing it atomically). */
    public static void write(Report report, Path file) throws IOException {
        of(report, parentOf(file)).writeTo(file);
    }

    public void writeTo(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", Report.TOOL_NAME);
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode arr = root.putArray("findings");
        for (Entry e : entries()) {
            ObjectNode n = arr.addObject();
            n.put("file", e.file());
            n.put("rule", e.rule());
            n.put("match", e.match());
            n.put("excerpt", e.excerpt());
            n.put("at", e.at());
            n.put("fingerprint", e.fingerprint());
            n.put("count", e.count());
        }
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indent);
        pp.indentArraysWith(indent);
        String text = mapper.writer(pp).writeValueAsString(root) + "\n";
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), ".baseline", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads a baseline written by {@link #write}; paths in it are relative to the file's directory. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("not a sumcheck baseline (invalid JSON): " + file + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("findings").isArray() || root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new IOException("not a sumcheck baseline (format version " + FORMAT_VERSION + " expected): " + file);
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode n : root.path("findings")) {
            String fp = n.path("fingerprint").asText("");
            if (fp.isEmpty()) {
                throw new IOException("baseline entry without fingerprint in " + file + ": " + n);
            }
            String match = n.path("match").asText("");
            String excerpt = n.path("excerpt").asText("");
            entries.add(new Entry(n.path("file").asText(""), n.path("rule").asText(""), match, excerpt,
                    n.path("at").asInt(excerpt.indexOf(match)), fp, Math.max(1, n.path("count").asInt(1))));
        }
        return new Baseline(parentOf(file), entries);
    }

    /** Entries sorted by file, rule, fingerprint. */
    public List<Entry> entries() {
        return byFingerprint.values().stream()
                .sorted(Comparator.comparing(Entry::file).thenComparing(Entry::rule).thenComparing(Entry::fingerprint))
                .toList();
    }

    /** Number of findings recorded (identical findings counted each). */
    public int findingCount() {
        return byFingerprint.values().stream().mapToInt(Entry::count).sum();
    }

    /**
     * {@code report} with every finding marked {@link BaselineState#EXISTING} (recorded, up to the recorded count)
     * or {@link BaselineState#NEW}. Failed files are left as they are.
     *
     * <p>First, findings take the recorded entries with their exact fingerprint. Then a recorded entry left over
     * (its excerpt changed because words were added or removed near it) goes to a left-over finding of the same
     * rule and words in the same file whose words right next to the match are still the same ({@link Context}),
     * best agreement first. So a placeholder added next to a recorded one is the one new finding, and a recorded one
     * does not turn new because its neighbourhood was edited.
     */
    public Report apply(Report report) {
        Map<String, List<Entry>> byFile = new HashMap<>();
        byFingerprint.values().forEach(e -> byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e));
        List<FileResult> files = new ArrayList<>();
        for (FileResult fr : report.files()) {
            String file = fileKey(fr.path(), baseDir);
            Map<String, Integer> left = new HashMap<>();
            byFile.getOrDefault(file, List.of()).forEach(e -> left.put(e.fingerprint(), e.count()));
            Map<Finding, BaselineState> state = new IdentityHashMap<>();
            List<Finding> unmatched = new ArrayList<>();
            for (Finding f : fr.findings().stream().sorted(Finding.DOCUMENT_ORDER).toList()) {
                String fp = Fingerprint.of(file, f);
                if (left.getOrDefault(fp, 0) > 0) {
                    left.merge(fp, -1, Integer::sum);
                    state.put(f, BaselineState.EXISTING);
                } else {
                    unmatched.add(f);
                }
            }
            matchMoved(unmatched, byFile.getOrDefault(file, List.of()), left, state);
            files.add(fr.withFindings(fr.findings().stream()
                    .map(f -> f.withBaseline(state.getOrDefault(f, BaselineState.NEW))).toList()));
        }
        return report.withFiles(files);
    }

    private record Pair(Finding finding, Entry entry, int agreement) {
    }

    private static void matchMoved(List<Finding> unmatched, List<Entry> entries, Map<String, Integer> left,
                                   Map<Finding, BaselineState> state) {
        List<Pair> pairs = new ArrayList<>();
        for (Finding f : unmatched) {
            Context now = Context.of(f.excerpt(), f.match(), matchAt(f));
            for (Entry e : entries) {
                if (left.getOrDefault(e.fingerprint(), 0) > 0 && e.rule().equals(f.rule())
                        && Fingerprint.normaliseText(e.match()).equals(Fingerprint.normaliseText(f.match()))) {
                    Context then = Context.of(e.excerpt(), e.match(), e.at());
                    int agreement = then.agreement(now);
                    if (agreement >= then.enough()) {
                        pairs.add(new Pair(f, e, agreement));
                    }
                }
            }
        }
        // most agreement first; ties in document order (the list is built in it and the sort is stable)
        pairs.sort(Comparator.comparingInt(Pair::agreement).reversed());
        for (Pair p : pairs) {
            if (!state.containsKey(p.finding()) && left.getOrDefault(p.entry().fingerprint(), 0) > 0) {
                left.merge(p.entry().fingerprint(), -1, Integer::sum);
                state.put(p.finding(), BaselineState.EXISTING);
            }
        }
    }

    /** Where the match starts in the finding's excerpt (which starts up to 20 characters before it), or -1. */
    static int matchAt(Finding f) {
        String e = f.excerpt();
        String m = f.match();
        if (m.isEmpty()) {
            return -1;
        }
        int expected = Math.min(20, f.location().offset());
        return e.startsWith(m, expected) ? expected : e.indexOf(m);
    }

    /**
     * The words either side of a match (normalised). Two findings agree by the characters that stay the same right
     * next to the match: an edit a few words away leaves most of them, another sentence shares none.
     */
    record Context(String before, String after) {
        static Context of(String excerpt, String match, int at) {
            if (at < 0 || at + match.length() > excerpt.length()) {
                return new Context("", Fingerprint.normaliseText(excerpt));
            }
            return new Context(Fingerprint.normaliseText(excerpt.substring(0, at)),
                    Fingerprint.normaliseText(excerpt.substring(at + match.length())));
        }

        int agreement(Context other) {
            int suffix = 0;
            while (suffix < before.length() && suffix < other.before.length()
                    && before.charAt(before.length() - 1 - suffix) == other.before.charAt(other.before.length() - 1 - suffix)) {
                suffix++;
            }
            int prefix = 0;
            while (prefix < after.length() && prefix < other.after.length() && after.charAt(prefix) == other.after.charAt(prefix)) {
                prefix++;
            }
            return suffix + prefix;
        }

        /** Agreement needed to be the same finding: half the recorded context, at most 6 characters, at least 1. */
        int enough() {
            return Math.max(1, Math.min(6, (before.length() + after.length() + 1) / 2));
        }
    }

    /** How a file is named in a baseline: relative to {@code baseDir} when under it, else as given. */
    public static String fileKey(String path, Path baseDir) {
        try {
            Path abs = Path.of(path).toAbsolutePath().normalize();
            Path base = baseDir.toAbsolutePath().normalize();
            if (abs.startsWith(base)) {
                return Fingerprint.normalisePath(base.relativize(abs).toString());
            }
        } catch (java.nio.file.InvalidPathException e) {
            // not a local path (e.g. an upload name): use it as given
        }
        return Fingerprint.normalisePath(path);
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
