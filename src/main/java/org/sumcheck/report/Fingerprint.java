package org.sumcheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * A finding's identity across runs: a hash of the file, the rule, the words matched and the excerpt around
 * them (whitespace dropped, NFKC-normalised). Paragraph numbers and offsets are left out on purpose, so the
 * fingerprint survives edits elsewhere in the document; an edit within the excerpt makes it a new finding.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** 16 hex digits (64 bits of SHA-256) for {@code finding} in the file known as {@code fileKey}. */
    public static String of(String fileKey, Finding finding) {
        String material = String.join("\u0000", normalisePath(fileKey), finding.rule(),
                normaliseText(finding.match()), normaliseText(finding.excerpt()));
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Forward slashes, no leading {@code ./}: the same file given as {@code .\a.docx} or {@code a.docx} matches. */
    public static String normalisePath(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    /** NFKC (full-width Latin and digits fold to ASCII) and no whitespace (PDF layout spaces, line wraps). */
    public static String normaliseText(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
