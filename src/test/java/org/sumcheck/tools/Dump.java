package org.sumcheck.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sumcheck.document.Document;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;
import org.sumcheck.structure.AnalyzedDocument;

/** Developer aid: prints what the analyzer understood of a text file and the findings. */
public class Dump {
    public static void main(String[] args) throws Exception {
        RuleBase rb = RuleBase.load(Path.of("rules"));
        String text = args[0].endsWith(".txt") ? Files.readString(Path.of(args[0])) : args[0].replace("\\n", "\n");
        AnalyzedDocument a = rb.analyzer().analyze(Document.ofLines(text));
        System.out.println("kind=" + a.kind() + " report=" + a.reportYear() + " plan=" + a.planYear() + " titleYear=" + a.titleHasYear());
        a.headings().forEach(h -> System.out.println("H " + h));
        a.parts().forEach(p -> System.out.println("P " + p));
        a.enumerations().forEach(e -> System.out.println("E " + e));
        a.years().forEach(y -> System.out.println("Y " + y));
        rb.check(a, RuleSettings.defaults()).forEach(f -> System.out.println("F " + f.rule() + " " + f.match() + " | " + f.excerpt() + " | " + f.args() + " " + f.location()));
    }
}
