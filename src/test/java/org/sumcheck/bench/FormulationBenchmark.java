package org.sumcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sumcheck.document.Document;
import org.sumcheck.report.Category;
import org.sumcheck.report.Finding;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;

/**
 * The formulation benchmark: sentences with one mis-written standard formulation
 * ({@code fixtures/genre/formulation/SPLIT-wrong.tsv}: sentence, wrong span, right span, note) and clean official
 * sentences ({@code SPLIT-clean.txt}, one a line). Each sentence is checked as the body paragraph of a document whose
 * title names no year (so no period rule speaks). Recall: a formulation finding overlapping the wrong span. False
 * alarms: any finding of any category inside a clean sentence, per 1,000 sentences.
 * <p>
 * {@code mvn -o -q -pl :sumcheck test -Dtest=FormulationBenchmarkTest -Dsumcheck.formulationSplit=dev} (or test).
 */
public final class FormulationBenchmark {
    /** A neutral title: a recognised kind, no year (section findings sit on the title, not on the sentence). */
    static final String TITLE = "工作情况报告";

    /** The categories that judge a sentence's own text (numbering and section judge a passage or a document). */
    static final java.util.Set<Category> TEXT = java.util.EnumSet.of(Category.PLACEHOLDER, Category.RESIDUE,
            Category.FORMULATION, Category.YEAR, Category.DUPLICATE, Category.PUNCTUATION);

    /**
     * @param falseAlarms     clean sentences with a finding of any category
     * @param textFalseAlarms clean sentences with a finding of a text category (a sentence cut out of its passage,
     *                        such as one starting with 二是, can draw a numbering finding that its passage would not)
     */
    public record Result(String split, int wrong, int found, int clean, int falseAlarms, int textFalseAlarms,
                         List<String> misses, List<String> alarms) {
        public double recall() {
            return wrong == 0 ? 0 : (double) found / wrong;
        }

        public double falseAlarmsPerThousand() {
            return clean == 0 ? 0 : 1000.0 * falseAlarms / clean;
        }

        public double textFalseAlarmsPerThousand() {
            return clean == 0 ? 0 : 1000.0 * textFalseAlarms / clean;
        }

        public String summary() {
            return String.format(Locale.ROOT, "formulation %s: recall=%.2f (%d/%d); false alarms in %d clean sentences:"
                    + " any category %d (%.2f per 1,000), text categories %d (%.2f per 1,000)", split, recall(), found,
                    wrong, clean, falseAlarms, falseAlarmsPerThousand(), textFalseAlarms, textFalseAlarmsPerThousand());
        }
    }

    private FormulationBenchmark() {
    }

    public static Result run(RuleBase rules, Path dir, String split) throws IOException {
        int wrong = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(split + "-wrong.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[1].isEmpty()) {
                continue;
            }
            String sentence = f[0];
            int s = sentence.indexOf(f[1]);
            if (s < 0) {
                continue; // a malformed line: its span is not in its sentence
            }
            int e = s + f[1].length();
            wrong++;
            boolean hit = false;
            for (Finding x : findings(rules, sentence)) {
                int xs = x.location().offset();
                int xe = xs + Math.max(1, x.location().length());
                if (x.category() == Category.FORMULATION && xs < e && s < xe) {
                    hit = true;
                    break;
                }
            }
            if (hit) {
                found++;
            } else {
                misses.add(f[1] + "\t" + sentence);
            }
        }
        int clean = 0;
        int alarms = 0;
        int textAlarms = 0;
        List<String> alarmTexts = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(split + "-clean.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            clean++;
            List<Finding> fs = findings(rules, line.strip());
            if (fs.stream().anyMatch(x -> TEXT.contains(x.category()))) {
                textAlarms++;
            }
            if (!fs.isEmpty()) {
                alarms++;
                alarmTexts.add(fs.get(0).rule() + " " + fs.get(0).match() + "\t" + line.strip());
            }
        }
        return new Result(split, wrong, found, clean, alarms, textAlarms, misses, alarmTexts);
    }

    /** The findings inside the sentence (paragraph 1 of a two-paragraph document). */
    static List<Finding> findings(RuleBase rules, String sentence) {
        return rules.check(Document.ofLines(TITLE + "\n" + sentence), RuleSettings.defaults()).stream()
                .filter(f -> f.location() != null && f.location().paragraph() == 1 && f.location().length() > 0)
                .toList();
    }

    public static void main(String[] args) throws IOException {
        RuleBase rules = RuleBase.load(Path.of("rules"));
        for (String split : args.length == 0 ? new String[]{"dev"} : args) {
            Result r = run(rules, Path.of(System.getProperty("sumcheck.formulationDir", "fixtures/genre/formulation")), split);
            System.out.println(r.summary());
            r.misses().forEach(m -> System.out.println("  MISS  " + m));
            r.alarms().forEach(m -> System.out.println("  ALARM " + m));
        }
    }
}
