package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.document.Document;
import org.sumcheck.testkit.FixtureWriter;

/** One extractor serves a whole batch from several threads; each file's result is what it is alone. */
class ConcurrentExtractionTest {
    @TempDir
    Path dir;

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<String> lines = List.of("# 2023年工作总结", "[1]主要工作", "[2]加强学习", "[2]严格管理", "[1]存在问题", "全年开展活动12次。");
        List<Path> files = List.of(
                FixtureWriter.writeDocx(dir.resolve("a.docx"), lines),
                FixtureWriter.writePdf(dir.resolve("b.pdf"), PdfExtractionTest.report()),
                FixtureWriter.writeText(dir.resolve("c.txt"), lines, StandardCharsets.UTF_8));
        try (TikaExtractor extractor = new TikaExtractor()) {
            List<Document> alone = new ArrayList<>();
            for (Path f : files) {
                alone.add(extractor.extract(f, ExtractionLimits.DEFAULT));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Document>> futures = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    Path f = files.get(i % files.size());
                    futures.add(pool.submit(() -> extractor.extract(f, ExtractionLimits.DEFAULT)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(alone.get(i % files.size()));
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(alone.get(0).paragraphs().get(1).text()).isEqualTo("一、主要工作");
        }
    }
}
