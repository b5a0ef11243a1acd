package org.sumcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sumcheck.check.Checker;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.TikaExtractor;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;

/** Dev aid: generates a few documents and prints injected defects vs findings. */
public final class CorpusCheck {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("corpus");
        try (TikaExtractor ex = new TikaExtractor()) {
            Checker c = new Checker(RuleBase.loadDefault(), ex, ExtractionLimits.DEFAULT, f -> RuleSettings.defaults(), "dev");
            for (int i = 0; i < n; i++) {
                var d = CorpusGenerator.generate(CorpusGenerator.DEFAULT_SEED, i, 30);
                Path f = dir.resolve(d.fileName());
                CorpusGenerator.writeFile(f, d);
                FileResult r = c.check(f, f.toString());
                System.out.println("== " + d.fileName() + " " + d.kind() + " " + d.characters() + " chars, defects " + d.defects()
                        + (r.error() != null ? " ERROR " + r.error() : ""));
                for (Finding x : r.findings()) {
                    System.out.println("   " + x.rule() + " " + x.match() + " | " + x.excerpt());
                }
                if (args.length > 1) {
                    d.lines().forEach(l -> System.out.println("      " + l));
                }
            }
        }
    }
}
