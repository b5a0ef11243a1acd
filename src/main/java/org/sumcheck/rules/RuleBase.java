package org.sumcheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.sumcheck.document.Document;
import org.sumcheck.report.Category;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;
import org.sumcheck.report.RuleInfo;
import org.sumcheck.report.Severity;
import org.sumcheck.structure.AnalyzedDocument;
import org.sumcheck.structure.DocumentAnalyzer;

/**
 * The compiled rules of one rules folder: DRL ({@code *.drl}, one per category), rule metadata
 * ({@code *.rules.yaml}), message bundles ({@code messages_zh/en.properties}) and data ({@code data/}).
 * Loaded once; thread-safe; each {@link #check} runs in its own session.
 */
public final class RuleBase {
    private static final Pattern RULE_ID = Pattern.compile("([A-Z]+)-(\\d{3})");

    /** Built in the background for the bundled rules (see {@link #load(RuleFolder, String, boolean)}). */
    private final CompletableFuture<KieBase> kieBase;
    private final Map<String, RuleDefinition> catalog;
    private final Messages messages;
    private final RuleData data;
    private final DocumentAnalyzer analyzer;

    private RuleBase(CompletableFuture<KieBase> kieBase, Map<String, RuleDefinition> catalog, Messages messages, RuleData data) {
        this.kieBase = kieBase;
        this.catalog = catalog;
        this.messages = messages;
        this.data = data;
        this.analyzer = new DocumentAnalyzer(data.vocabulary());
    }

    /** The rules bundled in the jar (a copy of the project's top-level rules/ folder). */
    public static RuleBase loadDefault() {
        URL url = RuleBase.class.getResource("/rules/placeholder.drl");
        if (url == null) {
            throw new RuleLoadException("the bundled rules are missing from the classpath (/rules/)");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                String spec = url.getPath(); // file:/…/sumcheck.jar!/rules/placeholder.drl
                Path jar = Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
                return load(RuleFolder.ofJar(jar, "rules/"), "bundled rules", true);
            }
            Path dir = Path.of(url.toURI()).getParent();
            return load(RuleFolder.of(dir), dir.toString(), true);
        } catch (URISyntaxException | IOException e) {
            throw new RuleLoadException("cannot open the bundled rules: " + e.getMessage(), e);
        }
    }

    /** What {@code --rules DIR} asks for: that folder compiled now, or the bundled rules when no folder is given. */
    public static RuleBase loadOrDefault(Path dirOrNull) {
        return dirOrNull == null ? loadDefault() : load(dirOrNull);
    }

    /** A rules folder given by the user ({@code --rules DIR}), compiled now. */
    public static RuleBase load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleLoadException("rules folder not found: " + dir);
        }
        return load(RuleFolder.of(dir), dir.toString(), false);
    }

    /**
     * {@code bundled}: the jar's own rules. Their packages were compiled at build time ({@link PrecompiledRules})
     * and checked against the metadata by the tests, so their rule network is built on a background thread while
     * the caller goes on (opens the first document); {@link #check} waits for it. A user's folder is compiled
     * and checked now, so that its errors are reported before any file is read.
     */
    private static RuleBase load(RuleFolder folder, String where, boolean bundled) {
        Map<String, RuleDefinition> catalog;
        RuleData data;
        Messages messages;
        try {
            catalog = readCatalog(folder);
            data = RuleData.load(folder, catalog.keySet());
            messages = readMessages(folder);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new RuleLoadException("rules folder " + where + ": " + e.getMessage(), e);
        }
        if (!bundled) {
            return new RuleBase(CompletableFuture.completedFuture(checked(newKieBase(compilePackages(folder)), catalog, where)),
                    catalog, messages, data);
        }
        // logging starts here, not in the background thread's Drools classes: SLF4J started from two threads at
        // once prints a "replayed logging calls" warning
        org.slf4j.LoggerFactory.getILoggerFactory();
        Executor background = task -> {
            Thread t = new Thread(task, "sumcheck-rulebase");
            t.setDaemon(true);
            t.start();
        };
        return new RuleBase(CompletableFuture.supplyAsync(() -> checked(newKieBase(
                PrecompiledRules.read(folder).orElseGet(() -> compilePackages(folder))), catalog, where), background),
                catalog, messages, data);
    }

    /** The rule base itself, after checking that DRL rules and metadata name the same rules. */
    private static KieBase checked(KieBase kieBase, Map<String, RuleDefinition> catalog, String where) {
        Set<String> drlRules = new LinkedHashSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                drlRules.add(r.getName());
            }
        }
        for (String id : drlRules) {
            if (!catalog.containsKey(id)) {
                throw new RuleLoadException("rule " + id + " is in the DRL but has no metadata in any *.rules.yaml of " + where);
            }
        }
        for (String id : catalog.keySet()) {
            if (!drlRules.contains(id)) {
                throw new RuleLoadException("rule " + id + " (" + catalog.get(id).source() + ") has no DRL rule of that name");
            }
        }
        return kieBase;
    }

    /** Parses and compiles the folder's DRL; errors name file and line. */
    static Collection<KiePackage> compilePackages(RuleFolder folder) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        List<String> drls = folder.list("", ".drl");
        if (drls.isEmpty()) {
            throw new RuleLoadException("no .drl files in " + folder.describe(""));
        }
        for (String f : drls) {
            kb.add(ResourceFactory.newByteArrayResource(folder.require(f).getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(f), ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            List<String> errors = new ArrayList<>();
            for (KnowledgeBuilderError e : kb.getErrors()) {
                String file = e.getResource() != null && e.getResource().getSourcePath() != null
                        ? e.getResource().getSourcePath() : "?";
                int[] lines = e.getLines();
                String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
                errors.add(folder.describe(file) + line + ": " + e.getMessage().strip());
            }
            throw new RuleLoadException(String.join("\n", errors));
        }
        return kb.getKnowledgePackages();
    }

    private static KieBase newKieBase(Collection<KiePackage> packages) {
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
        kbase.addPackages(packages);
        return kbase;
    }

    private static Map<String, RuleDefinition> readCatalog(RuleFolder folder) {
        Map<String, RuleDefinition> catalog = new TreeMap<>();
        for (String file : folder.list("", ".rules.yaml")) {
            JsonNode doc = org.sumcheck.structure.StructureVocabulary.yaml(folder.require(file), file);
            String defaultCategory = doc.path("category").asText(file.replaceFirst("\\.rules\\.yaml$", ""));
            // a file of rules across categories (crossdoc: CROSS-001 is a duplicate, CROSS-003 a year finding)
            // names the prefix of its ids; otherwise the ids are the category's
            String prefix = doc.path("id-prefix").asText("");
            for (JsonNode r : doc.path("rules")) {
                String id = r.path("id").asText();
                Category category;
                Severity severity;
                try {
                    category = Category.fromId(r.path("category").asText(defaultCategory));
                    severity = Severity.fromId(r.path("severity").asText("warning"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": rule " + id + ": bad category or severity");
                }
                var m = RULE_ID.matcher(id);
                String wantedPrefix = prefix.isEmpty() ? category.id().toUpperCase(java.util.Locale.ROOT) : prefix;
                if (!m.matches() || !m.group(1).equals(wantedPrefix)) {
                    throw new IllegalArgumentException(file + ": rule id '" + id + "' is not " + wantedPrefix + "-NNN");
                }
                if (catalog.containsKey(id)) {
                    throw new IllegalArgumentException(file + ": rule id " + id + " is defined twice");
                }
                JsonNode ex = r.path("examples");
                catalog.put(id, new RuleDefinition(id, category, severity, examples(ex.path("wrong")),
                        examples(ex.path("right")), file));
            }
        }
        return Map.copyOf(new TreeMap<>(catalog));
    }

    private static List<Example> examples(JsonNode list) {
        List<Example> out = new ArrayList<>();
        for (JsonNode e : list) {
            if (e.isTextual()) {
                out.add(new Example(e.asText(), null));
            } else {
                out.add(new Example(e.path("text").asText(), e.hasNonNull("match") ? e.get("match").asText() : null));
            }
        }
        return out;
    }

    private static Messages readMessages(RuleFolder folder) {
        Map<Lang, Map<String, String>> m = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            m.put(l, folder.read("messages_" + l.id() + ".properties").map(Messages::read).orElse(Map.of()));
        }
        return Messages.of(m);
    }

    /** Every rule, ordered by id. */
    public List<RuleInfo> rules() {
        return catalog.values().stream().sorted(java.util.Comparator.comparing(RuleDefinition::id))
                .map(RuleDefinition::info).toList();
    }

    /** Every rule with its examples, ordered by id. */
    public List<RuleDefinition> definitions() {
        return catalog.values().stream().sorted(java.util.Comparator.comparing(RuleDefinition::id)).toList();
    }

    /** The rules' message bundles ({@code <ID>.description}, {@code <ID>.message}, {@code <ID>.suggestion}). */
    public Messages messages() {
        return messages;
    }

    /** The structure analyzer using this rules folder's vocabulary (data/kinds.yaml, data/parts.yaml). */
    public DocumentAnalyzer analyzer() {
        return analyzer;
    }

    /** Rule ids named in the settings that this rule base does not have (typos in sumcheck.yaml). */
    public Set<String> unknownRules(RuleSettings settings) {
        Set<String> unknown = new LinkedHashSet<>();
        Collection<String> named = new ArrayList<>(settings.disabled());
        named.addAll(settings.severities().keySet());
        named.addAll(settings.enabled());
        for (String id : named) {
            if (!catalog.containsKey(id)) {
                unknown.add(id);
            }
        }
        return unknown;
    }

    /** Analyses and checks a document. */
    public List<Finding> check(Document doc, RuleSettings settings) {
        return check(analyzer.analyze(doc), settings);
    }

    private KieBase kieBase() {
        try {
            return kieBase.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Runs every enabled rule on an analysed document; findings come back in document order (default caps). */
    public List<Finding> check(AnalyzedDocument doc, RuleSettings settings) {
        return run(doc, settings, FindingLimits.DEFAULT).findings();
    }

    /**
     * What one rule pass gave: the findings kept, and how many were cut by the caps, per rule id ({@code *}: facts
     * beyond {@link FindingLimits#factsPerType()} never reached the rules).
     */
    public record RuleRun(List<Finding> findings, Map<String, Integer> cut) {
        public RuleRun {
            findings = List.copyOf(findings);
            cut = Map.copyOf(cut);
        }

        public int cutCount() {
            return cut.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The cross-document pass over a batch with this folder's CROSS rules and data (rules/crossdoc.drl,
     * data/crossdoc.yaml; docs/crossdoc.md).
     */
    public org.sumcheck.crossdoc.CrossPass crossPass() {
        return new org.sumcheck.crossdoc.CrossPass(this, data.crossdoc(), data.standardWording(), data.leadingMarkers());
    }

    /**
     * The second, batch-level pass: {@code facts} about a whole batch into a session of their own, the rules' findings
     * handed to {@code global} (the DRL global {@code name}). Only rules of the {@code CROSS} family fire, and those
     * {@code enabled} allows.
     */
    public void runBatch(Collection<?> facts, String name, Object global, java.util.function.Predicate<String> enabled) {
        KieSession session = kieBase().newKieSession();
        try {
            session.setGlobal(name, global);
            facts.forEach(session::insert);
            session.fireAllRules(match -> match.getRule().getName().startsWith("CROSS-")
                    && enabled.test(match.getRule().getName()));
        } finally {
            session.dispose();
        }
    }

    /** Runs every enabled rule, keeping at most what {@code limits} allows (a finding bomb stays bounded). */
    public RuleRun run(AnalyzedDocument doc, RuleSettings settings, FindingLimits limits) {
        FindingCollector report = new FindingCollector(doc, catalog, settings, limits);
        KieSession session = kieBase().newKieSession();
        Map<Class<?>, Integer> perType = new java.util.HashMap<>();
        int factsCut = 0;
        try {
            session.setGlobal("report", report);
            for (Object fact : FactBuilder.facts(doc, data, settings)) {
                if (perType.merge(fact.getClass(), 1, Integer::sum) > limits.factsPerType()) {
                    factsCut++;
                    continue;
                }
                session.insert(fact);
            }
            session.fireAllRules(match -> settings.enabled(match.getRule().getName()));
        } finally {
            session.dispose();
        }
        Map<String, Integer> cut = new java.util.TreeMap<>(report.cut());
        if (factsCut > 0) {
            cut.put("*", factsCut);
        }
        return new RuleRun(report.findings(), cut);
    }
}
