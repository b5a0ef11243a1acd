package org.sumcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./sumcheck} launcher in its release layout (the script beside a {@code sumcheck-VERSION.jar}, no
 * sources, so no Maven) checks a file with a Chinese name under {@code LANG=C}: the launcher switches the JVM to a
 * UTF-8 locale, so the name is neither mangled nor unopenable. The jar here is a manifest-only jar pointing at this
 * build's classes, so the test needs no packaging step.
 */
class LauncherLocaleTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @Test
    void chineseFileNameWorksUnderLangC(@TempDir Path tmp) throws Exception {
        Path release = Files.createDirectories(tmp.resolve("sumcheck-0.0.0"));
        Files.copy(ROOT.resolve("sumcheck"), release.resolve("sumcheck"));
        release.resolve("sumcheck").toFile().setExecutable(true);
        writeLauncherJar(release.resolve("sumcheck-0.0.0.jar"));
        Path doc = tmp.resolve("第三党支部2023年总结.txt");
        Files.copy(ROOT.resolve("fixtures/summary-defects.txt"), doc);

        ProcessBuilder pb = new ProcessBuilder(release.resolve("sumcheck").toString(), "check", "--quiet", doc.toString())
                .redirectErrorStream(true);
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(ExitCode.FINDINGS);
        assertThat(out).contains("第三党支部2023年总结.txt（已检查）", "PLACEHOLDER-001").doesNotContain("not-found", "??");
    }

    /** A jar holding only a manifest: Main-Class, and Class-Path listing every entry of this test's class path. */
    private static void writeLauncherJar(Path jar) throws IOException {
        List<String> urls = new ArrayList<>();
        for (String entry : classPathEntries()) {
            urls.add(new File(entry).toURI().toString());
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
    }

    /** The class path, with surefire's manifest-only booter jar (if used) opened up into its entries. */
    static List<String> classPathEntries() throws IOException {
        List<String> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.endsWith(".jar") && e.contains("surefire")) {
                try (JarFile jf = new JarFile(e)) {
                    String cp = jf.getManifest() == null ? null : jf.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                    if (cp != null) {
                        for (String u : cp.split(" ")) {
                            if (!u.isBlank()) {
                                out.add(Path.of(java.net.URI.create(u)).toString());
                            }
                        }
                        continue;
                    }
                }
            }
            out.add(e);
        }
        return out;
    }
}
