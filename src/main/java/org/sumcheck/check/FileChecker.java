package org.sumcheck.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.document.Document;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.extract.ExtractionException;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.Extractor;
import org.sumcheck.report.DocumentInfo;
import org.sumcheck.report.FileError;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;
import org.sumcheck.structure.AnalyzedDocument;

/**
 * The whole flow for one file: extract → structure → rules → result. Never throws for a bad file: every
 * problem becomes a failed {@link FileResult} with a code, so a batch goes on. Thread-safe.
 */
public final class FileChecker {
    private static final Logger LOG = LoggerFactory.getLogger(FileChecker.class);

    private final Extractor extractor;
    private final ExtractionLimits limits;
    private final RuleBase ruleBase;
    private final Function<Path, RuleSettings> settingsForFile;

    public FileChecker(Extractor extractor, ExtractionLimits limits, RuleBase ruleBase,
                       Function<Path, RuleSettings> settingsForFile) {
        this.extractor = extractor;
        this.limits = limits;
        this.ruleBase = ruleBase;
        this.settingsForFile = settingsForFile;
    }

    public FileResult check(InputCollector.Input input) {
        String shown = input.displayPath();
        if (input.problem() != null) {
            ErrorCode code = switch (input.problem()) {
                case "not-found" -> ErrorCode.NOT_FOUND;
                case "corrupt" -> ErrorCode.CORRUPT; // an archive that cannot be opened (ZipInputs)
                default -> ErrorCode.READ_ERROR;
            };
            return FileResult.failed(shown, new FileError(code, input.problem()), List.of());
        }
        Path file = input.path();
        long started = System.nanoTime();
        try {
            if (!Files.isReadable(file)) {
                return FileResult.failed(shown, new FileError(ErrorCode.READ_ERROR, "not readable"), List.of());
            }
            RuleSettings settings;
            try {
                settings = settingsForFile.apply(file);
            } catch (IllegalArgumentException e) {
                // a malformed sumcheck.yaml above this file: say so, rather than a vague read error
                return FileResult.failed(shown, new FileError(ErrorCode.CONFIG_ERROR, e.getMessage()), List.of());
            }
            Document doc = extractor.extract(file, limits);
            long extracted = System.nanoTime();
            AnalyzedDocument analyzed = ruleBase.analyzer().analyze(doc);
            List<Finding> findings = ruleBase.check(analyzed, settings);
            LOG.debug("{}: {} paragraphs, {} findings (extract {} ms, rules {} ms)", shown, doc.paragraphs().size(),
                    findings.size(), (extracted - started) / 1_000_000, (System.nanoTime() - extracted) / 1_000_000);
            DocumentInfo info = new DocumentInfo(analyzed.title(), analyzed.kind().id(), analyzed.reportYear(),
                    analyzed.planYear(), doc.pages(), doc.paragraphs().size(), doc.format().id(), doc.ocr());
            return FileResult.ok(shown, info, findings, new ArrayList<>(doc.notes()));
        } catch (ExtractionException e) {
            LOG.debug("{}: {} ({})", shown, e.code().id(), e.getMessage());
            return FileResult.failed(shown, new FileError(e.code(), e.getMessage()), List.of());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a bug or an exhausted parser must cost this file only, never the batch
            LOG.warn("{}: unexpected {}", shown, e.toString(), e);
            return FileResult.failed(shown, new FileError(ErrorCode.READ_ERROR, e.toString()), List.of());
        }
    }
}
