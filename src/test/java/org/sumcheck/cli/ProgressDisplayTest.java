package org.sumcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.junit.jupiter.api.Test;

/** The progress bar as a person at an 80-column terminal sees it, rendered into a list instead of a console. */
class ProgressDisplayTest {
    static final class Capture implements ProgressBarConsumer {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public int getMaxRenderedLength() {
            return ProgressDisplay.WIDTH;
        }

        @Override
        public void accept(String rendered) {
            lines.add(rendered);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void clockRunsDuringALongFileAndTheLineFitsEightyColumns() throws Exception {
        Capture capture = new Capture();
        try (ProgressBar bar = ProgressDisplay.builder(1000, capture).build()) {
            bar.setExtraMessage(" " + ProgressDisplay.tail("收件箱/第三党支部/2023年度党建工作总结和2024年工作打算（修改稿）.docx", 16));
            bar.stepTo(1);
            Thread.sleep(2600); // one long file: no progress for a while
        }
        List<String> during = capture.lines.stream().filter(l -> l.contains(" 1/1000")).toList();
        assertThat(during.stream().map(ProgressDisplayTest::elapsed).distinct().count())
                .as("elapsed time re-drawn while the file is parsed: %s", during).isGreaterThan(1);
        for (String line : capture.lines) {
            assertThat(ProgressDisplay.width(strip(line))).as(line).isLessThanOrEqualTo(ProgressDisplay.WIDTH);
        }
        assertThat(capture.lines.get(capture.lines.size() - 1)).containsPattern("\\d+\\.\\d 份/s");
    }

    @Test
    void longNamesAreCutFromTheFrontByDisplayWidth() {
        String cut = ProgressDisplay.tail("收件箱/第三党支部/2023年度党建工作总结.docx", 20);
        assertThat(cut).startsWith("…").endsWith("总结.docx");
        assertThat(ProgressDisplay.width(cut)).isLessThanOrEqualTo(20);
        assertThat(ProgressDisplay.tail("a.docx", 20)).isEqualTo("a.docx");
    }

    private static String elapsed(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+:\\d\\d:\\d\\d").matcher(line);
        return m.find() ? m.group() : "";
    }

    private static String strip(String line) {
        return line.replaceAll("\u001b\\[[0-9;]*m", "").replace("\r", "");
    }
}
