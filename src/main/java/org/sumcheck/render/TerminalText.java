package org.sumcheck.render;

import java.util.regex.Pattern;

/**
 * Text from outside (file names, document text) made safe for a terminal line. Control characters would break
 * lines or drive the terminal (ESC sequences); bidirectional formatting characters reorder what is shown, so that a
 * name holding U+202E prints {@code gpj.txt} as {@code txt.jpg} (the "Trojan Source" trick).
 */
public final class TerminalText {
    /** Bidi embeddings, overrides and isolates, the Arabic letter mark and the implicit direction marks. */
    private static final Pattern BIDI = Pattern.compile("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private TerminalText() {
    }

    /**
     * A file name with every control and bidi character spelt as a backslash escape (U+202E as six characters: backslash, u, 202E), so what is shown is
     * what is on disk, in logical order.
     */
    public static String name(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || BIDI.matcher(String.valueOf(c)).matches()) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Document text on one line, one character for one so that match positions stay valid: control characters
     * (tabs, line breaks, ESC) become spaces and bidi characters U+FFFD.
     */
    public static String oneLine(String s) {
        return BIDI.matcher(CONTROL.matcher(s).replaceAll(" ")).replaceAll("\uFFFD");
    }
}
