package org.sumcheck.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sumcheck.report.Finding;
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
    private final Function<Path, RuleSettings> settingsForFile;
    private final BatchPass batchPass;

    public Checker(RuleBase ruleBase, Extractor extractor, ExtractionLimits limits,
                   Function<Path, RuleSettings> settingsForFile, String toolVersion) {
        this(ruleBase, extractor, limits, FindingLimits.DEFAULT, settingsForFile, toolVersion);
    }

    public Checker(RuleBase ruleBase, Extractor extractor, ExtractionLimits limits, FindingLimits findingLimits,
                   Function<Path, RuleSettings> settingsForFile, String toolVersion) {
        this(ruleBase, extractor, limits, findingLimits, settingsForFile, toolVersion, BatchPass.NONE);
    }

    /** As above, with a pass over the whole batch after the files are checked ({@link #checkAll}). */
    public Checker(RuleBase ruleBase, Extractor extractor, ExtractionLimits limits, FindingLimits findingLimits,
                   Function<Path, RuleSettings> settingsForFile, String toolVersion, BatchPass batchPass) {
        this.ruleBase = ruleBase;
        this.settingsForFile = settingsForFile;
        this.batchPass = batchPass;
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
        return checkAll(inputs, List.of(), jobs, progress);
    }

    /** One file's result and what it leaves for the batch pass. */
    private record Signed(FileResult result, BatchPass.Signature signature) {
    }

    /**
     * As {@link #checkAll(InputCollector.Inputs, int, BatchRunner.Progress)}, then the batch pass over every checked
     * file and the earlier submissions {@code archive} ({@code --against}: read and compared, never reported on).
     * Each file's result keeps only a compact signature for the pass (docs/crossdoc.md); the pass's findings are
     * merged into the results with each file's own settings and waivers.
     */
    public Report checkAll(InputCollector.Inputs inputs, List<InputCollector.Input> archive, int jobs,
                           BatchRunner.Progress progress) {
        List<InputCollector.Input> in = inputs.inputs();
        List<FileResult> results = new ArrayList<>(in.size());
        List<BatchPass.Signature> signatures = new ArrayList<>();
        new BatchRunner(jobs).run(in, InputCollector.Input::displayPath, input -> {
            FileChecker.Checked c = fileChecker.checkKeepingText(input);
            return new Signed(c.result(), c.analyzed() == null ? null
                    : batchPass.sign(input.displayPath(), c.analyzed(), false, settingsForFile.apply(input.path())));
        }, progress, s -> {
            results.add(s.result());
            if (s.signature() != null) {
                signatures.add(s.signature());
            }
        });
        if (signatures.isEmpty() || (signatures.size() < 2 && archive.isEmpty())) {
            return report(results, inputs.skipped());
        }
        List<BatchPass.Signature> earlier = new ArrayList<>();
        new BatchRunner(jobs).run(archive, InputCollector.Input::displayPath, input -> {
            var analyzed = fileChecker.analyzeOnly(input);
            return analyzed == null ? null
                    : batchPass.sign(input.displayPath(), analyzed, true, settingsForFile.apply(input.path()));
        }, BatchRunner.Progress.NONE, sig -> {
            if (sig != null) {
                earlier.add(sig);
            }
        });
        RuleSettings batchSettings = in.isEmpty() ? RuleSettings.defaults() : settingsForFile.apply(in.get(0).path());
        Map<String, List<Finding>> found = batchPass.run(signatures, earlier, batchSettings);
        if (found.isEmpty()) {
            return report(results, inputs.skipped());
        }
        List<FileResult> merged = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            List<Finding> more = r.isOk() ? found.get(r.path()) : null;
            if (more == null || more.isEmpty()) {
                merged.add(r);
                continue;
            }
            List<Finding> all = new ArrayList<>(r.findings());
            all.addAll(fileChecker.settle(in.get(i), more));
            all.sort(Finding.DOCUMENT_ORDER);
            merged.add(r.withFindings(all));
        }
        return report(merged, inputs.skipped());
    }

    /** A report over the given results, carrying the rules and the messages renderers need. */
    public Report report(List<FileResult> results, List<SkippedInput> skipped) {
        return new Report(toolVersion, results, ruleBase.rules(), messages, skipped);
    }
}
