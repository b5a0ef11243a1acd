package org.sumcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;

/**
 * The shared corpus (../shared/corpus, beside the repository): each variant of a submission must give the
 * paragraphs of its .txt ground truth. Skipped where the corpus is not present.
 */
class CorpusExtractionTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final TikaExtractor EXTRACTOR = new TikaExtractor();

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    static List<String> truth(String seed) throws IOException {
        return Files.readAllLines(CORPUS.resolve(seed + ".txt")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> texts(Document d) {
        return d.paragraphs().stream().map(Paragraph::text).toList();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "seed000, plain.docx", "seed000, styled.docx", "seed000, pdf", "seed000, txt",
        "seed002, plain.docx", "seed002, styled.docx", "seed002, pdf",
        "seed003, plain.docx", "seed003, styled.docx", "seed003, pdf"})
    void everyVariantGivesTheGroundTruthParagraphs(String seed, String variant) throws Exception {
        Path f = CORPUS.resolve(seed + "." + variant);
        assumeTrue(Files.isRegularFile(f), "corpus not present");
        Document d = EXTRACTOR.extract(f, ExtractionLimits.DEFAULT);
        List<String> truth = truth(seed);
        // measured: 1.0 for every text variant (all paragraphs identical, in order); allow one stray paragraph
        assertThat(Agreement.exact(truth, texts(d))).as("exact paragraph agreement").isGreaterThanOrEqualTo(0.95);
        assertThat(d.paragraphs()).hasSizeBetween(truth.size() - 1, truth.size() + 1);
        assertThat(d.ocr()).isFalse();
        if (variant.equals("pdf")) {
            assertThat(d.pages()).isEqualTo(3);
            assertThat(d.paragraphs().get(d.paragraphs().size() - 1).page()).isEqualTo(3);
        }
    }

    @Test
    void styledVariantCarriesHeadingLevels() throws Exception {
        Path f = CORPUS.resolve("seed000.styled.docx");
        assumeTrue(Files.isRegularFile(f), "corpus not present");
        Document d = EXTRACTOR.extract(f, ExtractionLimits.DEFAULT);
        assertThat(d.paragraphs().get(0).headingLevel()).isEqualTo(1);
        assertThat(d.paragraphs()).filteredOn(p -> p.text().startsWith("一、")).extracting(Paragraph::headingLevel)
                .containsOnly(2);
    }

    /** OCR is slow (about 3 s a page here): one scan, tagged so a quick run can leave it out (-DexcludedGroups=ocr). */
    @Test
    @Tag("ocr")
    void aScanIsReadWithOcr() throws Exception {
        Path f = CORPUS.resolve("seed000.scan.pdf");
        assumeTrue(Files.isRegularFile(f), "corpus not present");
        assumeTrue(EXTRACTOR.ocrAvailable(), "tesseract with chi_sim not installed");
        Document d = EXTRACTOR.extract(f, ExtractionLimits.DEFAULT);
        List<String> truth = truth("seed000");
        assertThat(d.ocr()).isTrue();
        assertThat(d.pages()).isEqualTo(3);
        assertThat(d.notes()).anyMatch(n -> n.key().equals("extract.note.ocr"));
        // measured: 22 of 22 paragraphs, mean similarity 0.978
        assertThat(d.paragraphs()).hasSizeBetween(truth.size() - 2, truth.size() + 2);
        assertThat(Agreement.similarity(truth, texts(d))).isGreaterThanOrEqualTo(0.93);
        assertThat(texts(d)).filteredOn(t -> t.matches("^[一二三四五]、.*")).hasSize(5);
        assertThat(String.join("", texts(d))).doesNotContain("党 建", "( 一");
    }
}
