package org.sumcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sumcheck.rules.Config;
import org.sumcheck.rules.RuleSettings;

/**
 * The rule settings for each checked file: from {@code --config FILE} for all files, or from the nearest
 * {@code sumcheck.yaml} found walking up from the file (looked up once per folder).
 */
final class SettingsResolver {
    private final Config fixed;
    private final Map<Path, Optional<Config>> byFolder = new ConcurrentHashMap<>();

    private SettingsResolver(Config fixed) {
        this.fixed = fixed;
    }

    static SettingsResolver create(Path configFile) throws IOException {
        return new SettingsResolver(configFile == null ? null : Config.load(configFile));
    }

    RuleSettings settingsFor(Path file) {
        Config c = fixed;
        if (c == null) {
            Path folder = file.toAbsolutePath().normalize().getParent();
            c = folder == null ? null : byFolder.computeIfAbsent(folder, f -> Optional.ofNullable(Config.discover(f))).orElse(null);
        }
        return c == null ? RuleSettings.DEFAULT : c.settingsFor(file);
    }
}
