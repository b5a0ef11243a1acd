package org.sumcheck.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.sumcheck.document.Paragraph;

/**
 * Plain text. A byte-order mark names the encoding (UTF-8, UTF-16). Without one: UTF-8 if the bytes decode as
 * UTF-8; UTF-16 (either byte order) if they decode as it into Chinese or ASCII text; otherwise the Chinese legacy
 * encoding Tika's charset detector (its port of ICU's) finds likelier by character statistics, GB18030 (a superset
 * of GBK and GB2312, what Chinese Windows writes) or Big5 (Taiwan, Hong Kong). Bytes that are none of these are not
 * guessed at: read as the wrong encoding they would be checked as mojibake and pass. One paragraph per non-blank line.
 */
final class PlainTextReader {
    static final Charset GB18030 = Charset.forName("GB18030");

    private PlainTextReader() {
    }

    static final Charset BIG5 = Charset.forName("Big5");
    /** ICU's confidence (0–100) for bytes that merely decode in an encoding, with no statistics for it. */
    private static final int NO_EVIDENCE = 10;
    private static final Set<String> OTHER_CJK = Set.of("SHIFT_JIS", "EUC-JP", "EUC-KR", "ISO-2022-JP", "ISO-2022-KR");
    /** Fewer bytes than this give the detector too little to judge by. */
    private static final int SHORT_TEXT_BYTES = 64;

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
        if (utf8 != null) {
            return utf8;
        }
        return legacyOrUtf16(bytes);
    }

    /**
     * Bytes that are not UTF-8: GB18030 or Big5, whichever Tika's detector rates likelier by character statistics (a
     * tie goes to GB18030, the mainland's encoding), unless it rates a Japanese or Korean encoding higher still (those
     * bytes read as Chinese are mojibake). Where it finds no multi-byte encoding at all, UTF-16 without a byte-order
     * mark, and for a line or two too short to judge, GB18030 as before.
     */
    private static Decoded legacyOrUtf16(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        Charset chinese = null;
        int chineseConfidence = 0;
        int otherConfidence = 0;
        for (CharsetMatch m : matches == null ? new CharsetMatch[0] : matches) {
            String name = m.getName().toUpperCase(Locale.ROOT);
            int c = m.getConfidence();
            Charset cs = switch (name) {
                case "GB18030", "GBK", "GB2312" -> GB18030;
                case "BIG5", "BIG5-HKSCS" -> BIG5;
                default -> null;
            };
            if (cs != null && (c > chineseConfidence || (c == chineseConfidence && cs == GB18030))) {
                chinese = cs;
                chineseConfidence = c;
            } else if (cs == null && OTHER_CJK.contains(name)) {
                otherConfidence = Math.max(otherConfidence, c);
            }
        }
        if (chineseConfidence > NO_EVIDENCE || otherConfidence > NO_EVIDENCE) {
            if (chinese == null || chineseConfidence < otherConfidence) {
                return null;
            }
            return plausible(strict(bytes, 0, chinese), 0.9);
        }
        Decoded utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return utf16;
        }
        return bytes.length < SHORT_TEXT_BYTES ? plausible(strict(bytes, 0, GB18030), 0.9) : null;
    }

    /**
     * UTF-16 without a byte-order mark: the byte order under which nearly every character is one a Chinese document
     * is written in. The other order lands mostly in Hangul, Yi or unassigned blocks.
     */
    private static Decoded utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        Decoded le = strict(bytes, 0, StandardCharsets.UTF_16LE);
        Decoded be = strict(bytes, 0, StandardCharsets.UTF_16BE);
        double leShare = le == null ? 0 : documentCharShare(le.text());
        double beShare = be == null ? 0 : documentCharShare(be.text());
        // the winner's share is already known: no third pass over the text
        return Math.max(leShare, beShare) >= 0.95 ? (leShare >= beShare ? le : be).asGuessed() : null;
    }

    private static Decoded plausible(Decoded d, double minShare) {
        return d != null && documentCharShare(d.text()) >= minShare ? d.asGuessed() : null;
    }

    /** Share of characters a Chinese work document is made of: CJK ideographs and punctuation, ASCII, white space. */
    static double documentCharShare(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int ok = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                    || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)   // ideographs
                    || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)   // CJK and full-width punctuation
                    || (c >= 0x2000 && c <= 0x206F) || (c >= 0x2460 && c <= 0x24FF)   // quotes, dashes; ①
                    || c == 0x00B7 || c == 0x00D7 || c == 0xFEFF || (c >= 0x2160 && c <= 0x216B)) { // · × Ⅻ
                ok++;
            }
        }
        return (double) ok / s.length();
    }

    /** @param guessed the encoding was inferred, not named by a byte-order mark or implied by valid UTF-8 */
    record Decoded(String text, Charset charset, boolean guessed) {
        Decoded asGuessed() {
            return new Decoded(text, charset, true);
        }
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs) {
        try {
            String s = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(s, cs, false);
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
