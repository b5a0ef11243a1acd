package org.sumcheck.render;

import java.util.Objects;
import org.sumcheck.report.Lang;

/**
 * How to render: the reader's language and whether ANSI colour may be used. The CLI decides colour
 * (a terminal and no {@code NO_COLOR}); renderers other than text ignore it.
 */
public record RenderOptions(Lang lang, boolean color) {
    public RenderOptions {
        Objects.requireNonNull(lang, "lang");
    }

    public static RenderOptions of(Lang lang) {
        return new RenderOptions(lang, false);
    }

    public static final RenderOptions DEFAULT = new RenderOptions(Lang.ZH, false);

    /**
     * Colour for text on a terminal unless the user opted out: {@code NO_COLOR} set to anything non-empty
     * (no-color.org) turns it off. The CLI passes {@code System.console() != null} and {@code System.getenv()}.
     */
    public static RenderOptions forTerminal(Lang lang, boolean isTerminal, java.util.Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return new RenderOptions(lang, isTerminal && (noColor == null || noColor.isEmpty()));
    }
}
