package org.sumcheck.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A user's rules folder ({@code --rules DIR}) as bytes, so that executors, which cannot see the driver's disk, get
 * exactly the folder the driver compiled. Each executor JVM writes it out once and compiles it once
 * ({@link DocumentCheck}); the driver compiled it first, so its errors are reported before any task runs.
 */
final class RulesBundle implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A rules folder is DRL, YAML, properties and small data files; anything bigger is a mistake. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final TreeMap<String, byte[]> files;
    private final String sha256;

    private RulesBundle(TreeMap<String, byte[]> files, String sha256) {
        this.files = files;
        this.sha256 = sha256;
    }

    static RulesBundle of(Path dir) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                byte[] b = Files.readAllBytes(p);
                total += b.length;
                if (total > MAX_BYTES) {
                    throw new IllegalArgumentException("rules folder larger than 64 MB: " + dir);
                }
                files.put(dir.relativize(p).toString().replace('\\', '/'), b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
            }
            return new RulesBundle(files, HexFormat.of().formatHex(md.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String sha256() {
        return sha256;
    }

    List<String> names() {
        return List.copyOf(files.keySet());
    }

    /** Writes the folder under {@code target} (a fresh directory) and returns it. */
    Path writeTo(Path target) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = target.resolve(e.getKey()).normalize();
            if (!p.startsWith(target)) {
                throw new IOException("bad name in rules bundle: " + e.getKey());
            }
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        return target;
    }
}
