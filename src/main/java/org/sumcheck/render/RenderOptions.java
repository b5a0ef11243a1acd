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
}
