package org.sumcheck.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules compiled at build time: the DRL's knowledge packages (rule network definitions and the
 * consequence classes ECJ made) serialized into {@value #RESOURCE} in the jar, so a cold start deserializes them
 * instead of parsing DRL and running the Java compiler (about half the cold rule-base time; see
 * docs/performance.md). Only the bundled rules use it; a user's {@code --rules DIR} is compiled at run time.
 *
 * <p>The file starts with a fingerprint of the DRL it was made from. A file made from other DRL (sources edited
 * without a rebuild) or unreadable by this Drools is ignored and the DRL compiled as before, so the file can only
 * make loading faster, never different.
 */
final class PrecompiledRules {
    static final String RESOURCE = "/sumcheck-rules.kpkg";
    private static final String MAGIC = "sumcheck-kpkg-1";
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

    private PrecompiledRules() {
    }

    /** Build step ({@code process-classes}): {@code PrecompiledRules RULES_DIR OUT_FILE}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        RuleFolder folder = RuleFolder.of(dir);
        Collection<KiePackage> packages = RuleBase.compilePackages(folder);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            write(o, fingerprint(folder), packages);
        }
        System.out.println("precompiled " + packages.stream().mapToInt(p -> p.getRules().size()).sum()
                + " rules of " + dir + " into " + out + " (" + Files.size(out) + " bytes)");
    }

    static void write(OutputStream out, String fingerprint, Collection<KiePackage> packages) throws IOException {
        DataOutputStream header = new DataOutputStream(out);
        header.writeUTF(MAGIC);
        header.writeUTF(fingerprint);
        header.flush();
        DroolsObjectOutputStream body = new DroolsObjectOutputStream(out);
        body.writeObject(packages);
        body.flush();
    }

    /** The precompiled packages of the bundled rules, or empty when absent, stale or unreadable. */
    static Optional<Collection<KiePackage>> read(RuleFolder folder) {
        if (Boolean.getBoolean("sumcheck.compileBundledRules")) {
            return Optional.empty(); // the benchmark's switch, to measure what precompiling saves
        }
        try (InputStream raw = PrecompiledRules.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                LOG.debug("no {} on the classpath: compiling the bundled DRL", RESOURCE);
                return Optional.empty();
            }
            return read(new BufferedInputStream(raw, 64 * 1024), fingerprint(folder));
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read {}: {}; compiling the bundled DRL", RESOURCE, e.toString());
            return Optional.empty();
        }
    }

    static Optional<Collection<KiePackage>> read(InputStream in, String expectedFingerprint) {
        try {
            DataInputStream header = new DataInputStream(in);
            if (!MAGIC.equals(header.readUTF())) {
                return Optional.empty();
            }
            if (!expectedFingerprint.equals(header.readUTF())) {
                LOG.debug("{} was made from other DRL: compiling the bundled DRL", RESOURCE);
                return Optional.empty();
            }
            try (DroolsObjectInputStream body = new DroolsObjectInputStream(in, RuleBase.class.getClassLoader())) {
                @SuppressWarnings("unchecked")
                Collection<KiePackage> packages = (Collection<KiePackage>) body.readObject();
                return Optional.of(packages);
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.debug("cannot read precompiled rules: {}; compiling the bundled DRL", e.toString());
            return Optional.empty();
        }
    }

    /** SHA-256 over the names and text of the folder's DRL files, in name order. */
    static String fingerprint(RuleFolder folder) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : folder.list("", ".drl")) {
                md.update(f.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(folder.require(f).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
