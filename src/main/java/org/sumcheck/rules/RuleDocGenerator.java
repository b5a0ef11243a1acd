package org.sumcheck.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sumcheck.report.Category;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;

/**
 * Writes the rule reference (docs/rules.md) from the rule catalog, the bundles and the examples, so the page
 * never drifts from the rules. Usage: {@code RuleDocGenerator [RULES_DIR [OUT.md]]} (defaults: rules, docs/rules.md).
 */
public final class RuleDocGenerator {
    private RuleDocGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path rulesDir = Path.of(args.length > 0 ? args[0] : "rules");
        Path out = Path.of(args.length > 1 ? args[1] : "docs/rules.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, generate(rulesDir), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /**
     * Where the facts a DRL rule matches come from: the scanner or finder that makes them (its source file makes
     * them with {@code new} or {@code ::new}; RuleDocTest checks it), and what it reads. A DRL rule matching a fact
     * type missing here fails the generation, so the page always says where a rule's logic lives.
     */
    record Source(String maker, String reads) {
    }

    static final Map<String, Source> FACT_SOURCES = Map.ofEntries(
            Map.entry("DocFact", new Source("rules/FactBuilder", "the analysed document: structure/TitleFinder, structure/PeriodFinder")),
            Map.entry("Heading", new Source("structure/HeadingFinder", "headings by their numbering sequence")),
            Map.entry("Enumeration", new Source("structure/EnumerationFinder", "一是…二是… runs in paragraphs")),
            Map.entry("YearMention", new Source("structure/YearFinder", "years and dates in the text")),
            Map.entry("Part", new Source("structure/PartFinder", "data/parts.yaml")),
            Map.entry("RequiredPart", new Source("rules/FactBuilder", "data/kinds.yaml (the parts a kind calls for)")),
            Map.entry("PlaceholderHit", new Source("rules/facts/PlaceholderScanner", "data/placeholders.yaml")),
            Map.entry("PhraseHit", new Source("rules/facts/PhraseList", "the phrase lists of data/*.yaml")),
            Map.entry("EventMention", new Source("rules/facts/EventTable", "data/events.csv")),
            Map.entry("DoneDate", new Source("rules/facts/DoneDates", "dates stated as done, data/done-dates.yaml")),
            Map.entry("PeriodClaim", new Source("rules/facts/PeriodClaims", "phrases that fix a year by themselves, data/periods.yaml")),
            Map.entry("DatedMention", new Source("rules/FactBuilder", "dates from structure/YearFinder, data/events.csv")),
            Map.entry("PartLayout", new Source("rules/FactBuilder", "parts (structure/PartFinder) under their headings")),
            Map.entry("MarkerStyleUse", new Source("rules/FactBuilder", "heading markers (structure/HeadingFinder)")),
            Map.entry("DuplicateHit", new Source("rules/facts/DuplicateScanner", "data/duplicate.yaml")),
            Map.entry("PunctuationHit", new Source("rules/facts/PunctuationScanner", "data/punctuation.yaml")),
            Map.entry("ResidueHit", new Source("rules/facts/ResidueScanner", "data/residue.yaml")),
            Map.entry("LexiconHit", new Source("rules/facts/FormulationLexicon", "data/lexicon.yaml")),
            Map.entry("ListProblem", new Source("rules/facts/FormulationListScanner", "data/formulation.yaml")),
            Map.entry("CopiedPassage", new Source("crossdoc/CrossPass", "MinHash/LSH over the batch's signatures, data/crossdoc.yaml")),
            Map.entry("ForeignUnit", new Source("crossdoc/CrossPass", "units of the batch's titles (structure/UnitFinder)")),
            Map.entry("FilePeriod", new Source("crossdoc/CrossPass", "each file's periods (structure/PeriodFinder)")),
            Map.entry("BatchPeriod", new Source("crossdoc/CrossPass", "the batch's majority year")));

    private static final java.util.regex.Pattern DRL_RULE = java.util.regex.Pattern.compile(
            "(?m)^rule\\s+\"([A-Z]+-\\d+)\"(.*?)^then\\b", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern FACT = java.util.regex.Pattern.compile("\\b([A-Z][A-Za-z]+)\\s*\\(");
    private static final java.util.regex.Pattern IMPORT = java.util.regex.Pattern.compile(
            "(?m)^import\\s+org\\.sumcheck\\.[\\w.]+\\.([A-Z]\\w*)\\s*;");

    /** Where a rule's logic lives: its DRL file and the fact types its conditions match, in order. */
    record Logic(String drl, List<String> facts) {
    }

    /** The logic of every rule of the folder's DRL files. @throws IllegalStateException for a fact type of unknown source */
    static Map<String, Logic> logic(Path rulesDir) throws IOException {
        Map<String, Logic> out = new TreeMap<>();
        List<Path> drls;
        try (var files = Files.list(rulesDir)) {
            drls = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
        for (Path drl : drls) {
            String text = Files.readString(drl, StandardCharsets.UTF_8).replaceAll("(?m)//.*$", "");
            java.util.Set<String> imported = new java.util.HashSet<>();
            var im = IMPORT.matcher(text);
            while (im.find()) {
                imported.add(im.group(1));
            }
            var rm = DRL_RULE.matcher(text);
            while (rm.find()) {
                java.util.Set<String> facts = new java.util.LinkedHashSet<>();
                var fm = FACT.matcher(rm.group(2));
                while (fm.find()) {
                    String type = fm.group(1);
                    if (FACT_SOURCES.containsKey(type)) {
                        facts.add(type);
                    } else if (imported.contains(type)) {
                        throw new IllegalStateException(drl.getFileName() + ": rule " + rm.group(1) + " matches " + type
                                + ", whose maker RuleDocGenerator.FACT_SOURCES does not name");
                    }
                }
                out.put(rm.group(1), new Logic(drl.getFileName().toString(), List.copyOf(facts)));
            }
        }
        return out;
    }

    /** The data lists each rule is fed by ({@code feeds:} of data/*.yaml): rule id → "data/FILE.yaml: list". */
    static Map<String, List<String>> feeds(Path rulesDir) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        Path data = rulesDir.resolve("data");
        if (!Files.isDirectory(data)) {
            return out;
        }
        com.fasterxml.jackson.databind.ObjectMapper yaml =
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        List<Path> files;
        try (var list = Files.list(data)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) {
            var feeds = yaml.readTree(f.toFile()).path("feeds");
            feeds.fields().forEachRemaining(e -> org.sumcheck.structure.StructureVocabulary.strings(e.getValue())
                    .forEach(id -> out.computeIfAbsent(id, k -> new java.util.ArrayList<>())
                            .add("data/" + f.getFileName() + ": " + e.getKey())));
        }
        return out;
    }

    /** The page for the rules folder {@code rulesDir}. */
    public static String generate(Path rulesDir) throws IOException {
        RuleBase rules = RuleBase.load(rulesDir);
        Map<String, Logic> logic = logic(rulesDir);
        Map<String, List<String>> feeds = feeds(rulesDir);
        Messages m = rules.messages();
        StringBuilder sb = new StringBuilder();
        sb.append("# sumcheck rules\n\n");
        sb.append("<!-- Generated by org.sumcheck.rules.RuleDocGenerator from rules/*.rules.yaml, rules/messages_*.properties,\n");
        sb.append("     rules/*.drl and the feeds: of rules/data/*.yaml;\n");
        sb.append("     do not edit. Regenerate: mvn -q -B -o test -Dtest=RuleDocTest -Dsumcheck.updateDocs=true -->\n\n");
        sb.append("Every rule has an id (`CATEGORY-NNN`, never reused), a category, a default severity (change it in\n");
        sb.append("`sumcheck.yaml`), and examples that the test suite runs: a wrong text whose marked span (**bold**)\n");
        sb.append("the rule reports (with the suggestion it gives, which the tests apply: the corrected text must be silent),\n");
        sb.append("and a right text on which it stays silent. Each rule says the version it came in and where its logic\n");
        sb.append("lives: the DRL rule, the facts it matches and the Java scanner or finder (under src/main/java/org/sumcheck/)\n");
        sb.append("that makes them, and the data lists that feed it.\n\n");
        Map<Category, List<RuleDefinition>> byCategory = new TreeMap<>();
        for (RuleDefinition d : rules.definitions()) {
            byCategory.computeIfAbsent(d.category(), c -> new java.util.ArrayList<>()).add(d);
        }
        sb.append("| id | category | severity | since | description |\n| --- | --- | --- | --- | --- |\n");
        for (RuleDefinition d : rules.definitions()) {
            sb.append("| [").append(d.id()).append("](#").append(d.id().toLowerCase(java.util.Locale.ROOT)).append(") | ")
                    .append(d.category().id()).append(" | ").append(d.severity().id()).append(" | ")
                    .append(d.since() == null ? "" : d.since()).append(" | ")
                    .append(cell(m.get(Lang.ZH, d.id() + ".description"))).append(" |\n");
        }
        for (Map.Entry<Category, List<RuleDefinition>> e : byCategory.entrySet()) {
            sb.append("\n## ").append(e.getKey().id()).append("\n");
            for (RuleDefinition d : e.getValue()) {
                sb.append("\n### ").append(d.id()).append("\n\n");
                sb.append(m.get(Lang.ZH, d.id() + ".description")).append("  \n");
                sb.append(m.get(Lang.EN, d.id() + ".description")).append("\n\n");
                sb.append("Severity: ").append(d.severity().id()).append(". Message: ")
                        .append(m.get(Lang.ZH, d.id() + ".message")).append(" / ")
                        .append(m.get(Lang.EN, d.id() + ".message")).append("\n\n");
                if (d.since() != null) {
                    sb.append("Since: ").append(d.since()).append(".\n\n");
                }
                Logic l = logic.get(d.id());
                if (l != null) {
                    sb.append("Logic: rule `").append(d.id()).append("` in `rules/").append(l.drl()).append('`');
                    if (!l.facts().isEmpty()) {
                        sb.append(", matching ");
                        List<String> parts = new java.util.ArrayList<>();
                        for (String f : l.facts()) {
                            Source src = FACT_SOURCES.get(f);
                            parts.add("`" + f + "` (made by `" + src.maker() + "` from " + src.reads() + ")");
                        }
                        sb.append(String.join("; ", parts));
                    }
                    sb.append(".");
                    List<String> fed = feeds.getOrDefault(d.id(), List.of());
                    if (!fed.isEmpty()) {
                        sb.append(" Fed by ").append(String.join(", ", fed.stream().map(x -> "`" + x + "`").toList())).append('.');
                    }
                    sb.append("\n\n");
                }
                for (Example x : d.wrong()) {
                    sb.append("- wrong: ").append(render(x)).append('\n');
                }
                for (Example x : d.right()) {
                    sb.append("- right: ").append(render(x)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String render(Example x) {
        String s = x.source().strip().replace("<marker>", "**").replace("</marker>", "**")
                .replaceAll("\\R\\s*" + Example.DOCUMENT_SEPARATOR + "\\s*\\R", " ‖ 下一份材料 / next document ‖ ")
                .replaceAll("\\s*\\R\\s*", " ⏎ ");
        if (!x.suggestions().isEmpty()) {
            s += " (suggests: " + String.join(" / ", x.suggestions()) + ")";
        }
        return x.match() != null ? s + " (reports: " + x.match() + ")" : s;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
