package org.sumcheck.bench;

import java.io.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

public final class SerialProbe {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
            try (var s = Files.list(Path.of(args[1]))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                    kb.add(ResourceFactory.newByteArrayResource(Files.readAllBytes(f)).setSourcePath(f.getFileName().toString()), ResourceType.DRL);
                }
            }
            if (kb.hasErrors()) throw new IllegalStateException(kb.getErrors().toString());
            try (var out = new DroolsObjectOutputStream(new BufferedOutputStream(new FileOutputStream(args[2])))) {
                out.writeObject(kb.getKnowledgePackages());
            }
            System.out.println("wrote " + Files.size(Path.of(args[2])));
            return;
        }
        long t0 = System.nanoTime();
        Collection<KiePackage> pkgs;
        try (var in = new DroolsObjectInputStream(new BufferedInputStream(new FileInputStream(args[1])), SerialProbe.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> p = (Collection<KiePackage>) in.readObject();
            pkgs = p;
        }
        long t1 = System.nanoTime();
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
        kbase.addPackages(pkgs);
        long t2 = System.nanoTime();
        var ks = kbase.newKieSession();
        ks.dispose();
        long t3 = System.nanoTime();
        int n = pkgs.stream().mapToInt(p -> p.getRules().size()).sum();
        System.out.printf("read %d ms, kbase %d ms, session %d ms, %d rules%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000, (t3 - t2) / 1000000, n);
    }
}
