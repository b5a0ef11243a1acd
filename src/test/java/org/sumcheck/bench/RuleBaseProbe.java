package org.sumcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.sumcheck.rules.RuleBase;

public final class RuleBaseProbe {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        long t1 = System.nanoTime();
        try (var s = Files.list(Path.of(args[0]))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                kb.add(ResourceFactory.newByteArrayResource(Files.readAllBytes(f)).setSourcePath(f.getFileName().toString()), ResourceType.DRL);
            }
        }
        long t2 = System.nanoTime();
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
        kbase.addPackages(kb.getKnowledgePackages());
        long t3 = System.nanoTime();
        kbase.newKieSession().dispose();
        long t4 = System.nanoTime();
        var uri = RuleBase.class.getResource("/rules/placeholder.drl").toURI();
        var fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
        long tz = System.nanoTime();
        RuleBase.load(Path.of(args[0]));
        long t5 = System.nanoTime();
        RuleBase.load(Path.of(args[0]));
        long t6 = System.nanoTime();
        System.out.printf("zipfs %d ms, load from disk %d, again %d%n", (tz-t4)/1000000, (t5-tz)/1000000, (t6-t5)/1000000);
        System.out.printf("builder %d, add drl %d, kbase %d, session %d, then loadDefault %d ms%n", (t1 - t0) / 1000000,
                (t2 - t1) / 1000000, (t3 - t2) / 1000000, (t4 - t3) / 1000000, (t5 - t4) / 1000000);
    }
}
