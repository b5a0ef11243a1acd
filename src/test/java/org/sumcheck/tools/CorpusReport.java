package org.sumcheck.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sumcheck.document.Document;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;
import org.sumcheck.structure.AnalyzedDocument;

/**
 * Developer harness: checks every .txt of a corpus folder with the rules folder and writes a JSON report in the
 * shape tools/score reads. Usage: CorpusReport CORPUS_DIR OUT.json [RULES_DIR]
 */
public class CorpusReport {
    public static void main(String[] args) throws Exception {
        RuleBase rb = RuleBase.load(Path.of(args.length > 2 ? args[2] : "rules"));
        List<Map<String, Object>> files = new ArrayList<>();
        List<Path> txts;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            txts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : txts) {
            Document d = Document.ofLines(Files.readString(p));
            if (p.toString().contains(".scan.")) { // OCR text saved by a developer: mark it as such
                d = new Document(d.paragraphs(), d.pages(), d.format(), true, d.notes());
            }
            AnalyzedDocument a = rb.analyzer().analyze(d);
            List<Map<String, Object>> fs = new ArrayList<>();
            for (Finding f : rb.check(a, RuleSettings.defaults())) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", f.rule());
                m.put("category", f.category().id());
                m.put("severity", f.severity().id());
                m.put("message", rb.messages().get(Lang.ZH, f.messageKey(), f.args()));
                m.put("match", f.match());
                m.put("excerpt", f.excerpt());
                m.put("suggestion", f.suggestion());
                m.put("location", f.location());
                m.put("occurrences", f.occurrences().size());
                fs.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("title", a.title());
            doc.put("kind", a.kind().id());
            doc.put("reportYear", a.reportYear());
            doc.put("planYear", a.planYear());
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", p.toString());
            file.put("status", "ok");
            file.put("document", doc);
            file.put("findings", fs);
            files.add(file);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[1]).toFile(), Map.of("files", files));
    }
}
