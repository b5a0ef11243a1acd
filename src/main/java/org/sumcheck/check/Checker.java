package org.sumcheck.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.Extractor;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Messages;
import org.sumcheck.report.Report;
import org.sumcheck.report.SkippedInput;
import org.sumcheck.rules.FindingLimits;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;

/**
 * The checking service shared by the CLI, the server and the benchmark: one compiled rule base and one
 * extractor serve every file; each file gets its own rule session. Thread-safe.
 */
public final class Checker {
    private final RuleBase ruleBase;
    private final FileChecker fileChecker;
    private final Messages messages;
    private final String toolVersion;

    public Checker(RuleBase ruleBase, Extractor extractor, ExtractionLimits limits,
                   Function<Path, RuleSettings> settingsForFile, String toolVersion) {
        this(ruleBase, extractor, limits, FindingLimits.DEFAULT, settingsForFile, toolVersion);
    }

    public Checker(RuleBase ruleBase, Extractor extractor, ExtractionLimits limits, FindingLimits findingLimits,
                   Function<Path, RuleSettings> settingsForFile, String toolVersion) {
        this.ruleBase = ruleBase;
        this.fileChecker = new FileChecker(extractor, limits, findingLimits, ruleBase, settingsForFile);
        this.messages = Messages.builtIn().merge(ruleBase.messages());
        this.toolVersion = toolVersion;
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    /** Checks one file, reported under {@code displayPath} (an upload's original name, say). Never throws. */
    public FileResult check(Path file, String displayPath) {
        return fileChecker.check(new InputCollector.Input(file, displayPath, null));
    }

    /** As {@link #check}, keeping the extracted text (for annotating and fixing the file). */
    public FileChecker.Checked checkKeepingText(Path file, String displayPath) {
        return fileChecker.checkKeepingText(new InputCollector.Input(file, displayPath, null));
    }

    /** Expands files and folders, checks everything on {@code jobs} threads, returns results in input order. */
    public Report checkAll(InputCollector.Inputs inputs, int jobs, BatchRunner.Progress progress) {
        List<FileResult> results = new ArrayList<>(inputs.inputs().size());
        new BatchRunner(jobs).run(inputs.inputs(), InputCollector.Input::displayPath, fileChecker::check, progress,
                results::add);
        return report(results, inputs.skipped());
    }

    /** A report over the given results, carrying the rules and the messages renderers need. */
    public Report report(List<FileResult> results, List<SkippedInput> skipped) {
        return new Report(toolVersion, results, ruleBase.rules(), messages, skipped);
    }
}
