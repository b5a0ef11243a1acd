package org.sumcheck.cli;


import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sumcheck.check.BatchRunner;
import org.sumcheck.render.TerminalText;

/**
 * A progress bar on stderr (files done, total, current file, rate) for a person at a terminal; nothing at all
 * under CI, without a terminal, or with --quiet.
 */
final class ProgressDisplay implements BatchRunner.Progress, AutoCloseable {
    private final ProgressBar bar;

    private ProgressDisplay(ProgressBar bar) {
        this.bar = bar;
    }

    static ProgressDisplay create(boolean quiet, int total) {
        boolean show = !quiet && total > 1 && System.getenv("CI") == null && Terminal.isTerminal(2);
        if (!show) {
            return new ProgressDisplay(null);
        }
        return new ProgressDisplay(builder(total, new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err, WIDTH)).build());
    }

    /** A classic terminal line: the bar never wraps in 80 columns (CJK characters count two). */
    static final int WIDTH = 80;

    /**
     * The bar: re-drawn every 0.5 s even while one long file is parsed (continuous update, so the elapsed clock
     * keeps running and the user sees it is not stuck), rate as "1.5 份/s", the current file's name cut to fit.
     */
    static ProgressBarBuilder builder(int total, me.tongfei.progressbar.ProgressBarConsumer consumer) {
        return new ProgressBarBuilder()
                .setTaskName("检查")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(500)
                .continuousUpdate()
                .setUnit(" 份", 1)
                .showSpeed(new java.text.DecimalFormat("0.0"))
                .setConsumer(consumer)
                .setMaxRenderedLength(WIDTH);
    }

    /** The last {@code columns} display columns of a path (CJK characters are two wide), with … when cut. */
    static String tail(String path, int columns) {
        if (width(path) <= columns) {
            return path;
        }
        int w = 1;
        int i = path.length();
        while (i > 0 && w + width(path.substring(i - 1, i)) <= columns) {
            i--;
            w += width(path.substring(i, i + 1));
        }
        return "…" + path.substring(i);
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6))) ? 2 : 1;
        }
        return w;
    }

    @Override
    public void started(String displayPath) {
        if (bar != null) {
            bar.setExtraMessage(" " + tail(TerminalText.name(displayPath), 16));
        }
    }

    @Override
    public void finished(int done, int total) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

}
