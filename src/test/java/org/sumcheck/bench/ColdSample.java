package org.sumcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The cold-start benchmark's document: the first generated 党建工作总结 of 3,000 to 3,400 characters, written
 * as {@code sample.docx} and, from the same lines, {@code sample.pdf}, whose page count proves the length
 * (A4, 12 pt, 1.5 line spacing). {@code ColdSample DIR}; prints {@code cold.file=…}, {@code cold.pages=…}.
 */
public final class ColdSample {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        for (int i = 0; ; i++) {
            CorpusGenerator.Generated g = CorpusGenerator.generate(CorpusGenerator.DEFAULT_SEED, i, 0);
            if (!g.kind().startsWith("summary") || g.characters() < 3000 || g.characters() > 3400) {
                continue;
            }
            Path docx = dir.resolve("sample.docx");
            Path pdf = dir.resolve("sample.pdf");
            CorpusGenerator.writeFile(docx, g);
            CorpusGenerator.writeFile(pdf, new CorpusGenerator.Generated(g.index(), g.kind(), g.title(), g.lines(), true,
                    false, g.defects()));
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                System.out.printf("cold.file=%s%ncold.chars=%d%ncold.pages=%d%ncold.title=%s%n", docx, g.characters(),
                        d.getNumberOfPages(), g.title());
            }
            return;
        }
    }
}
