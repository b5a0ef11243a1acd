package org.sumcheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.sumcheck.report.SkippedInput;

/**
 * A .zip of submissions (what offices pass around: 收件箱.zip) expanded into inputs, each shown as
 * {@code 收件箱.zip!/第三支部/总结.docx}. Archives made on Chinese Windows store entry names in GBK without the
 * UTF-8 flag, so names are read as UTF-8 first and, when that is malformed, as GB18030 (a superset of GBK): they come
 * out as the author wrote them. Entries are copied to a private temporary folder removed when the JVM exits.
 * Nothing is silently dropped: unsafe names (.. or absolute), non-documents and entries beyond the limits are
 * listed as skipped, a corrupt archive is one failed input.
 */
final class ZipInputs {
    /** More than any real inbox; a zip bomb stops here. */
    static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;

    private ZipInputs() {
    }

    static boolean isZip(Path p) {
        return "zip".equals(InputCollector.extension(p.getFileName() == null ? "" : p.getFileName().toString()));
    }

    static void expand(Path zip, String shownZip, List<InputCollector.Input> inputs, List<SkippedInput> skipped) {
        try (ZipFile zf = open(zip)) {
            Path dir = Files.createTempDirectory("sumcheck-zip-");
            deleteOnExit(dir);
            List<ZipEntry> entries = Collections.list(zf.entries()).stream().map(ZipEntry.class::cast).filter(e -> !e.isDirectory())
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            long total = 0;
            int taken = 0;
            for (ZipEntry e : entries) {
                String name = e.getName().replace('\\', '/');
                String shown = shownZip + "!/" + name;
                String leaf = name.substring(name.lastIndexOf('/') + 1);
                Path target = dir.resolve(name).normalize();
                if (name.startsWith("/") || !target.startsWith(dir) || name.contains(":")) {
                    skipped.add(new SkippedInput(shown, "unsafe-archive-entry"));
                } else if (leaf.startsWith(".") || leaf.startsWith("~$") || name.startsWith("__MACOSX/")) {
                    skipped.add(new SkippedInput(shown, "hidden-or-lock-file"));
                } else if (!InputCollector.DOCUMENT_EXTENSIONS.contains(InputCollector.extension(leaf))) {
                    skipped.add(new SkippedInput(shown, "not-a-document-extension"));
                } else if (taken >= MAX_ENTRIES || total >= MAX_TOTAL_BYTES) {
                    skipped.add(new SkippedInput(shown, "archive-limit"));
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zf.getInputStream(e)) {
                        // copy at most what is left of the budget: a lying size header cannot fill the disk
                        total += copyAtMost(in, target, MAX_TOTAL_BYTES - total);
                        inputs.add(new InputCollector.Input(target, shown, null));
                    } catch (IOException | RuntimeException ex) {
                        inputs.add(new InputCollector.Input(target, shown, "corrupt"));
                    }
                    taken++;
                }
            }
        } catch (IOException | RuntimeException e) {
            inputs.add(new InputCollector.Input(zip, shownZip, "corrupt"));
        }
    }

    /** UTF-8 names (or the UTF-8 flag) first; legacy Chinese names as GB18030. */
    static ZipFile open(Path zip) throws IOException {
        try {
            ZipFile zf = new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
            try {
                // names are decoded lazily: walk them once so a malformed one shows here
                for (Enumeration<? extends ZipEntry> en = zf.entries(); en.hasMoreElements(); ) {
                    en.nextElement().getName();
                }
                return zf;
            } catch (IllegalArgumentException malformed) {
                zf.close();
            }
        } catch (IllegalArgumentException | ZipException malformed) {
            // fall through to the legacy charset; a really broken archive fails there too
        }
        return new ZipFile(zip.toFile(), Charset.forName("GB18030"));
    }

    private static long copyAtMost(InputStream in, Path target, long budget) throws IOException {
        long n = 0;
        byte[] buf = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                if (n > budget) {
                    throw new IOException("archive exceeds " + MAX_TOTAL_BYTES + " bytes");
                }
                out.write(buf, 0, r);
            }
        }
        return n;
    }

    private static void deleteOnExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var walk = Files.walk(dir)) {
                List<Path> all = new ArrayList<>(walk.toList());
                Collections.reverse(all);
                for (Path p : all) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "sumcheck-zip-cleanup"));
    }
}
