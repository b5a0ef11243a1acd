package org.sumcheck.hostile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.sumcheck.testkit.FixtureWriter;
import org.sumcheck.testkit.PdfFixture;

/**
 * Generators for the hostile batch: every awkward file an office's shared folder receives, built on the spot
 * (nothing committed). Each method writes one file and returns its path.
 */
public final class HostileCorpus {
    /** A good summary with one known placeholder (XX) in it: a report in which a finding must survive the batch. */
    static final List<String> GOOD_SUMMARY = List.of(
            "2023年党建工作总结",
            "一、主要工作",
            "全年组织党员集中学习XX次，开展主题党日活动12次。",
            "二、存在问题",
            "理论学习的深度还不够。",
            "三、下一步打算",
            "2024年继续加强支部标准化建设。");

    private HostileCorpus() {
    }

    static Path goodDocx(Path file) throws IOException {
        return FixtureWriter.writeDocx(file, GOOD_SUMMARY);
    }

    static Path goodPdf(Path file) throws IOException {
        return FixtureWriter.writePdf(file, GOOD_SUMMARY);
    }

    static Path goodText(Path file, Charset charset) throws IOException {
        return FixtureWriter.writeText(file, GOOD_SUMMARY, charset);
    }

    static Path empty(Path file) throws IOException {
        return Files.write(file, new byte[0]);
    }

    /** The first {@code fraction} of a real file's bytes, as a broken upload or copy leaves it. */
    static Path truncated(Path source, Path file, double fraction) throws IOException {
        byte[] all = Files.readAllBytes(source);
        return Files.write(file, Arrays.copyOf(all, (int) (all.length * fraction)));
    }

    /** A .docx cut off in the middle of word/document.xml's compressed data: the body itself is broken. */
    static Path truncatedInBody(Path sourceDocx, Path file) throws IOException {
        byte[] all = Files.readAllBytes(sourceDocx);
        byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(all, name);
        if (at < 0) {
            throw new IllegalStateException("no word/document.xml in " + sourceDocx);
        }
        return Files.write(file, Arrays.copyOf(all, at + name.length + 80));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static Path randomBytes(Path file, long seed, int size) throws IOException {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return Files.write(file, b);
    }

    /** About {@code megabytes} MB of plain Chinese text (3 bytes a character in UTF-8). */
    static Path bigText(Path file, int megabytes) throws IOException {
        byte[] line = "全年组织党员集中学习，开展主题党日活动，推进支部标准化建设。\n".getBytes(StandardCharsets.UTF_8);
        long target = megabytes * 1024L * 1024L;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long written = 0; written < target; written += line.length) {
                out.write(line);
            }
        }
        return file;
    }

    static Path manyParagraphs(Path file, int n) throws IOException {
        List<String> lines = new ArrayList<>(n + 1);
        lines.add("2023年党建工作总结");
        for (int i = 1; i < n; i++) {
            lines.add("第" + i + "项：本季度组织党员学习" + (i % 97 + 1) + "小时，覆盖支部" + (i % 13 + 1) + "个。");
        }
        return FixtureWriter.writeDocx(file, lines);
    }

    /** document.xml with a DOCTYPE declaring an external entity on {@code secret}, referenced in the body. */
    public static Path xxeDocx(Path file, Path secret) throws IOException {
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        return rewriteDocx(file, xml -> withDoctype(xml, doctype, "&xxe;"), false);
    }

    /** The classic "billion laughs": ten levels of entities, each ten of the one below. */
    public static Path billionLaughsDocx(Path file) throws IOException {
        StringBuilder dt = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 9; i++) {
            dt.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dt.append("]>");
        return rewriteDocx(file, xml -> withDoctype(xml, dt.toString(), "&lol9;"), true);
    }

    public static Path deeplyNestedDocx(Path file, int depth) throws IOException {
        return rewriteDocx(file, xml -> xml.replace("<w:body>",
                "<w:body>" + "<w:customXml w:element=\"x\">".repeat(depth) + "</w:customXml>".repeat(depth)), true);
    }

    /**
     * A .docx whose document.xml inflates to {@code inflatedBytes} (blanks before the body), written streaming at
     * the fastest deflate level: the file stays about a thousandth of that on disk and nothing is held in memory.
     */
    public static Path zipBombDocx(Path file, long inflatedBytes) throws IOException {
        byte[] plain = Files.readAllBytes(FixtureWriter.writeDocx(file, List.of("正文。")));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
             ZipOutputStream zos = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            zos.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                zos.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<w:body>");
                    zos.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (long n = 0; n < inflatedBytes; n += blanks.length) {
                        zos.write(blanks);
                    }
                    zos.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    zos.write(data);
                }
                zos.closeEntry();
            }
        }
        return file;
    }

    static Path encryptedDocx(Path file, Path scratch) throws IOException {
        Path plain = FixtureWriter.writeDocx(scratch, List.of("机密内容：需要密码才能打开。"));
        return FixtureWriter.encryptDocx(plain, file, "open-me");
    }

    static Path userPasswordPdf(Path file) throws IOException {
        return FixtureWriter.writePdf(file, List.of("需要密码才能打开。"),
                PdfFixture.Options.DEFAULT.withPasswords("open-me", "owner"));
    }

    /** Opens without a password (only editing is restricted); carries the known placeholder. */
    static Path ownerLockedPdf(Path file) throws IOException {
        return FixtureWriter.writePdf(file, GOOD_SUMMARY, PdfFixture.Options.DEFAULT.withPasswords(null, "owner"));
    }

    /** A copy of a small .docx with word/document.xml rewritten; {@code stored} keeps it uncompressed. */
    private static Path rewriteDocx(Path out, UnaryOperator<String> documentXml, boolean stored) throws IOException {
        byte[] plain = Files.readAllBytes(FixtureWriter.writeDocx(out, List.of("标题", "正文第一段。", "正文第二段。")));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
             ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                boolean body = e.getName().equals("word/document.xml");
                if (body) {
                    data = documentXml.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry entry = new ZipEntry(e.getName());
                if (stored && body) {
                    // stored, not deflated: the XML parser itself meets the content, not the inflate-ratio guard
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zos.putNextEntry(entry);
                zos.write(data);
                zos.closeEntry();
            }
        }
        return out;
    }

    private static String withDoctype(String xml, String doctype, String textReplacement) {
        String body = xml.replace("正文第一段。", textReplacement);
        int declEnd = body.indexOf("?>") + 2;
        return body.substring(0, declEnd) + doctype + body.substring(declEnd);
    }
}
