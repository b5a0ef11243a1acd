package org.sumcheck.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.IOException;
import org.sumcheck.annotate.DocumentWaivers;
import org.sumcheck.report.Fingerprint;
import org.sumcheck.document.Document;
import org.sumcheck.document.SourceFormat;
import org.sumcheck.report.Waiver;
import org.sumcheck.document.ErrorCode;
import org.sumcheck.document.Note;
import org.sumcheck.extract.ExtractionException;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.Extractor;
import org.sumcheck.report.DocumentInfo;
import org.sumcheck.report.FileError;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.rules.FindingLimits;
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
    private final FindingLimits findingLimits;
    private final RuleBase ruleBase;
    private final Function<Path, RuleSettings> settingsForFile;

    public FileChecker(Extractor extractor, ExtractionLimits limits, RuleBase ruleBase,
                       Function<Path, RuleSettings> settingsForFile) {
        this(extractor, limits, FindingLimits.DEFAULT, ruleBase, settingsForFile);
    }

    public FileChecker(Extractor extractor, ExtractionLimits limits, FindingLimits findingLimits, RuleBase ruleBase,
                       Function<Path, RuleSettings> settingsForFile) {
        this.extractor = extractor;
        this.limits = limits;
        this.findingLimits = findingLimits;
        this.ruleBase = ruleBase;
        this.settingsForFile = settingsForFile;
    }

    /**
     * A checked file with the text its findings' locations count in and what the structure step read of it (both
     * null when it could not be read).
     */
    public record Checked(FileResult result, Document document, AnalyzedDocument analyzed) {
    }

    public FileResult check(InputCollector.Input input) {
        return checkKeepingText(input).result();
    }

    /**
     * As {@link #check}, keeping the extracted document: annotating and fixing need the text the offsets count in
     * (the file's own runs can differ from it, automatic numbering rendered in, say).
     */
    public Checked checkKeepingText(InputCollector.Input input) {
        String shown = input.displayPath();
        if (input.problem() != null) {
            ErrorCode code = switch (input.problem()) {
                case "not-found" -> ErrorCode.NOT_FOUND;
                case "corrupt" -> ErrorCode.CORRUPT; // an archive that cannot be opened (ZipInputs)
                default -> ErrorCode.READ_ERROR;
            };
            return failed(shown, new FileError(code, input.problem()), List.of());
        }
        Path file = input.path();
        long started = System.nanoTime();
        try {
            if (!Files.isReadable(file)) {
                return failed(shown, new FileError(ErrorCode.READ_ERROR, "not readable"), List.of());
            }
            RuleSettings settings;
            try {
                settings = settingsForFile.apply(file);
            } catch (IllegalArgumentException e) {
                // a malformed sumcheck.yaml above this file: say so, rather than a vague read error
                return failed(shown, new FileError(ErrorCode.CONFIG_ERROR, e.getMessage()), List.of());
            }
            Document doc = extractor.extract(file, limits);
            long extracted = System.nanoTime();
            AnalyzedDocument analyzed = ruleBase.analyzer().analyze(doc);
            RuleBase.RuleRun run = ruleBase.run(analyzed, settings, findingLimits);
            List<Finding> findings = waive(run.findings(), settings, file, shown, doc.format() == SourceFormat.DOCX);
            LOG.debug("{}: {} paragraphs, {} findings (extract {} ms, rules {} ms)", shown, doc.paragraphs().size(),
                    findings.size(), (extracted - started) / 1_000_000, (System.nanoTime() - extracted) / 1_000_000);
            DocumentInfo info = new DocumentInfo(analyzed.title(), analyzed.kind().id(), analyzed.reportYear(),
                    analyzed.planYear(), doc.pages(), doc.paragraphs().size(), doc.format().id(), doc.ocr());
            List<Note> notes = new ArrayList<>(doc.notes());
            if (run.cutCount() > 0) {
                // the cut is said in the report, in every format: never a silent drop
                notes.add(Note.of("check.note.findings-capped", String.valueOf(run.cutCount()),
                        String.join(", ", run.cut().keySet()), String.valueOf(findingLimits.perRule()),
                        String.valueOf(findingLimits.perFile())));
            }
            return new Checked(FileResult.ok(shown, info, findings, notes), doc, analyzed);
        } catch (ExtractionException e) {
            LOG.debug("{}: {} ({})", shown, e.code().id(), e.getMessage());
            return failed(shown, new FileError(e.code(), e.getMessage()), List.of());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a bug or an exhausted parser must cost this file only, never the batch
            LOG.warn("{}: unexpected {}", shown, e.toString(), e);
            return failed(shown, new FileError(ErrorCode.READ_ERROR, e.toString()), List.of());
        }
    }

    /**
     * An earlier submission ({@code --against DIR}) read and analysed, no rule run: it is compared with, never
     * reported on. Null when it cannot be read (said in the log).
     */
    public AnalyzedDocument analyzeOnly(InputCollector.Input input) {
        if (input.problem() != null) {
            return null;
        }
        try {
            return ruleBase.analyzer().analyze(extractor.extract(input.path(), limits));
        } catch (ExtractionException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.warn("{}: earlier submission not read: {}", input.displayPath(), e.toString());
            return null;
        }
    }

    /** The batch pass's findings of one file, with the file's own settings (rules off, severities) and waivers. */
    List<Finding> settle(InputCollector.Input input, List<Finding> found) {
        RuleSettings settings = settingsForFile.apply(input.path());
        List<Finding> kept = new ArrayList<>();
        for (Finding f : found) {
            if (settings.enabled(f.rule())) {
                org.sumcheck.report.Severity s = settings.severities().get(f.rule());
                kept.add(s == null ? f : f.withSeverity(s));
            }
        }
        boolean docx = input.path().getFileName() != null
                && input.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
        return waive(kept, settings, input.path(), input.displayPath(), docx);
    }

    /**
     * Marks the findings a reviewer waived: by fingerprint in sumcheck.yaml (the fingerprint the JSON report printed,
     * whichever way the file was named on that run: as given, by its absolute path or by its name alone), and by a
     * waiver comment in a .docx. Waived findings stay in the result; the gate does not count them.
     */
    private static List<Finding> waive(List<Finding> findings, RuleSettings settings, Path file, String shown,
                                       boolean docx) {
        List<Finding> out = findings;
        if (!settings.waivers().isEmpty()) {
            List<String> keys = List.of(shown, file.toString(), file.toAbsolutePath().normalize().toString(),
                    file.getFileName() == null ? shown : file.getFileName().toString());
            out = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                Waiver w = null;
                for (String k : keys) {
                    w = w != null ? w : settings.waivers().get(Fingerprint.of(k, f));
                }
                out.add(w == null ? f : f.withWaiver(w));
            }
        }
        if (docx && !out.isEmpty()) {
            try {
                out = DocumentWaivers.apply(file, out);
            } catch (IOException | RuntimeException e) {
                // the text was read; a comments part that defeats POI costs the waivers only, said in the log
                LOG.warn("{}: waiver comments not read: {}", shown, e.toString());
            }
        }
        return out;
    }

    private static Checked failed(String shown, FileError error, List<org.sumcheck.document.Note> notes) {
        return new Checked(FileResult.failed(shown, error, notes), null, null);
    }
}
