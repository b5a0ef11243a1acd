package org.sumcheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files of a rules folder, by relative name ("placeholder.drl", "data/kinds.yaml"): a directory on disk
 * ({@code --rules DIR}) or the copy bundled in the jar (read straight from the jar, without opening it as a
 * file system, which costs hundreds of milliseconds on a fat jar).
 */
abstract sealed class RuleFolder {
    /** Names of the files directly in {@code subdir} ("" for the top) ending in {@code suffix}, sorted. */
    abstract List<String> list(String subdir, String suffix);

    abstract Optional<String> read(String name);

    /** How to name a file of this folder in a message. */
    abstract String describe(String name);

    String require(String name) {
        return read(name).orElseThrow(() -> new IllegalArgumentException("missing file " + describe(name)));
    }

    static RuleFolder of(Path dir) {
        return new Dir(dir);
    }

    /** Reads every file under {@code prefix} ("rules/") of a jar into memory. */
    static RuleFolder ofJar(Path jar, String prefix) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) jf.stream()::iterator) {
                if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                    try (InputStream in = jf.getInputStream(e)) {
                        files.put(e.getName().substring(prefix.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return new InMemory("jar:" + jar + "!/" + prefix, files);
    }

    static final class Dir extends RuleFolder {
        private final Path dir;

        Dir(Path dir) {
            this.dir = dir;
        }

        @Override
        List<String> list(String subdir, String suffix) {
            Path d = subdir.isEmpty() ? dir : dir.resolve(subdir);
            if (!Files.isDirectory(d)) {
                return List.of();
            }
            try (Stream<Path> s = Files.list(d)) {
                return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
                        .map(p -> (subdir.isEmpty() ? "" : subdir + "/") + p.getFileName()).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        Optional<String> read(String name) {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }

        @Override
        String describe(String name) {
            return dir.resolve(name).toString();
        }
    }

    static final class InMemory extends RuleFolder {
        private final String origin;
        private final Map<String, String> files;

        InMemory(String origin, Map<String, String> files) {
            this.origin = origin;
            this.files = Map.copyOf(files);
        }

        @Override
        List<String> list(String subdir, String suffix) {
            String prefix = subdir.isEmpty() ? "" : subdir + "/";
            List<String> out = new ArrayList<>();
            for (String n : files.keySet()) {
                if (n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0 && n.endsWith(suffix)) {
                    out.add(n);
                }
            }
            out.sort(null);
            return out;
        }

        @Override
        Optional<String> read(String name) {
            return Optional.ofNullable(files.get(name));
        }

        @Override
        String describe(String name) {
            return origin + name;
        }
    }
}
