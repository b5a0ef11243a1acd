package org.sumcheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.sumcheck.document.Document;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.document.Paragraph;
import org.sumcheck.extract.ExtractionException;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;

/**
 * Fuzzes extraction on mutated .docx and .pdf bytes (seeds under {@code ExtractionFuzzTestInputs/}, written by
 * {@link FuzzSeeds}). A failure with an {@link ExtractionException} is the expected answer to a broken file; any
 * other exception, a hang (the extractor's own {@code timeout}) or a document that breaks the model's promises is
 * a bug. OCR is off: a mutated scan would otherwise start tesseract on every run.
 *
 * <p>To fuzz one target: {@code JAZZER_FUZZ=1 mvn -o test -Dtest=ExtractionFuzzTest#docx -Djazzer.max_duration=5m}.
 */
class ExtractionFuzzTest {
    private static final TikaExtractor EXTRACTOR = new TikaExtractor(new TikaExtractor.Options(false, "chi_sim", 0));
    private static final ExtractionLimits LIMITS = new ExtractionLimits(10L << 20, 1_000_000, Duration.ofSeconds(30));

    @FuzzTest(maxDuration = "30s")
    void docx(byte[] data) {
        extract(data, ".docx");
    }

    @FuzzTest(maxDuration = "30s")
    void pdf(byte[] data) {
        extract(data, ".pdf");
    }

    private static void extract(byte[] data, String suffix) {
        Path f = null;
        try {
            f = Files.createTempFile("fuzz-", suffix);
            Files.write(f, data);
            Document d = EXTRACTOR.extract(f, LIMITS);
            for (Paragraph p : d.paragraphs()) {
                if (p.text().isBlank() || p.text().indexOf('\n') >= 0) {
                    throw new AssertionError("paragraph " + p.index() + " is blank or holds a line break: " + p);
                }
            }
        } catch (ExtractionException e) {
            if (e.code() == ErrorCode.TIMEOUT) {
                throw new AssertionError("extraction hung on a " + data.length + "-byte input", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (f != null) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }
}
