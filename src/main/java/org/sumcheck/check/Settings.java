package org.sumcheck.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.sumcheck.rules.Config;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleSettings;

/**
 * Settings resolution, the one loader for the CLI and the server: the rule settings of each checked file, from
 * {@code --config FILE} for all files or from the nearest {@code sumcheck.yaml} found walking up from the file, and
 * the server's named profiles. Every configuration is checked when it is loaded (keys, word lists, severities,
 * globs, waivers, and rule ids against the rule base); a mistake is an {@link IllegalArgumentException} whose
 * message names the file, the line and the value. Each configuration file is read once. Thread-safe.
 */
public final class Settings {
    private final RuleBase rules;
    private final Config fixed;
    private final Map<Path, Config> byConfigFile = new ConcurrentHashMap<>();

    private Settings(RuleBase rules, Config fixed) {
        this.rules = rules;
        this.fixed = fixed;
    }

    /**
     * @param configFile {@code --config FILE}, or null to look for a sumcheck.yaml above each file
     * @throws IllegalArgumentException when the given configuration file is missing or wrong
     */
    public static Settings create(Path configFile, RuleBase rules) {
        return new Settings(rules, configFile == null ? null : Config.load(configFile).checkedAgainst(rules));
    }

    /**
     * The settings for {@code file} (the built-in defaults when no configuration applies).
     *
     * @throws IllegalArgumentException when the sumcheck.yaml that applies to {@code file} is wrong
     */
    public RuleSettings settingsFor(Path file) {
        return configFor(file).map(c -> c.settingsFor(file)).orElseGet(RuleSettings::defaults);
    }

    /** The configuration that applies to {@code file}: the fixed one, else the nearest sumcheck.yaml, if any. */
    public Optional<Config> configFor(Path file) {
        if (fixed != null) {
            return Optional.of(fixed);
        }
        return Config.discover(file).map(f -> byConfigFile.computeIfAbsent(f, p -> Config.load(p).checkedAgainst(rules)));
    }

    /** True when every file gets the configuration of {@code --config}, rather than its nearest sumcheck.yaml. */
    public boolean fixed() {
        return fixed != null;
    }

    /**
     * A server profile: a sumcheck.yaml named {@code NAME.yaml} whose settings apply to every uploaded file alike.
     * A profile whose file is wrong is kept with its {@code error} (file, line, value), so that a request asking
     * for it can be told why it cannot be used.
     */
    public record Profile(String name, Path file, Config config, String error) {
        /** This profile with its rule ids checked against {@code rules} (a wrong one gets its error). */
        public Profile checkedAgainst(RuleBase rules) {
            if (error != null) {
                return this;
            }
            try {
                config.checkedAgainst(rules);
                return this;
            } catch (IllegalArgumentException e) {
                return new Profile(name, file, null, e.getMessage());
            }
        }

        /** The settings every file checked under this profile gets. @throws IllegalStateException for a wrong profile */
        public RuleSettings settings() {
            if (error != null) {
                throw new IllegalStateException(error);
            }
            return config.settingsFor(file);
        }
    }

    /**
     * The profiles of {@code dir} ({@code NAME.yaml}, sorted by name; a {@code default.yaml} replaces the built-in
     * defaults), each read and shape-checked now; none when {@code dir} is null. Rule ids are checked by
     * {@link Profile#checkedAgainst}, against whichever rule base is serving.
     *
     * @throws IllegalArgumentException when {@code dir} is not a readable folder
     */
    public static List<Profile> profiles(Path dir) {
        List<Profile> out = new ArrayList<>();
        if (dir == null) {
            return out;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("profiles folder not found: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches("[A-Za-z0-9_-]+\\.ya?ml")).sorted().toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                try {
                    out.add(new Profile(name, p, Config.load(p), null));
                } catch (IllegalArgumentException e) {
                    out.add(new Profile(name, p, null, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read profiles folder " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
