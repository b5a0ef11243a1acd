package org.sumcheck.cli;


import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sumcheck.check.BatchRunner;

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
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("检查 / checking")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(200)
                .setUnit(" 个文件 / files", 1)
                .showSpeed()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setMaxRenderedLength(120)
                .build();
        return new ProgressDisplay(bar);
    }

    @Override
    public void started(String displayPath) {
        if (bar != null) {
            String name = displayPath.length() > 40 ? "…" + displayPath.substring(displayPath.length() - 39) : displayPath;
            bar.setExtraMessage(name);
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
