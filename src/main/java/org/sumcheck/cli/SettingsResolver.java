package org.sumcheck.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sumcheck.rules.Config;
import org.sumcheck.rules.RuleSettings;

/**
 * The rule settings for each checked file: from {@code --config FILE} for all files, or from the nearest
 * {@code sumcheck.yaml} found walking up from the file (each configuration file read once).
 */
final class SettingsResolver {
    private final Config fixed;
    private final Map<Path, Config> byConfigFile = new ConcurrentHashMap<>();

    private SettingsResolver(Config fixed) {
        this.fixed = fixed;
    }

    /** @throws IllegalArgumentException when the given configuration file is missing or malformed */
    static SettingsResolver create(Path configFile) {
        return new SettingsResolver(configFile == null ? null : Config.load(configFile));
    }

    RuleSettings settingsFor(Path file) {
        Config c = fixed;
        if (c == null) {
            Optional<Path> found = Config.discover(file);
            if (found.isEmpty()) {
                return RuleSettings.defaults();
            }
            c = byConfigFile.computeIfAbsent(found.get(), Config::load);
        }
        return c.settingsFor(file);
    }
}
