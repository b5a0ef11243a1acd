package org.sumcheck.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sumcheck.document.Paragraph;

/**
 * Plain text: a byte-order mark names the encoding (UTF-8, UTF-16); otherwise the bytes are UTF-8 if they decode
 * as UTF-8, else GB18030 (a superset of GBK and GB2312, what Chinese Windows writes). One paragraph per non-blank line.
 */
final class PlainTextReader {
    static final Charset GB18030 = Charset.forName("GB18030");

    private PlainTextReader() {
    }

    /** The decoded text, or null when the bytes are text in none of the encodings we read. */
    static Decoded decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        return utf8 != null ? utf8 : strict(bytes, 0, GB18030);
    }

    record Decoded(String text, Charset charset) {
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs) {
        try {
            String s = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(s, cs);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether decoded text looks like text: almost no control characters besides line breaks and tabs. */
    static boolean looksLikeText(String s) {
        int control = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == 0xFFFD) {
                control++;
            }
        }
        return control * 100 <= s.length();
    }

    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.replace('\u0000', ' ').strip();
            if (t.startsWith("\uFEFF")) {
                t = t.substring(1).strip();
            }
            if (!t.isEmpty()) {
                out.add(new Paragraph(out.size(), t, 0, 0));
            }
        }
        return out;
    }
}
