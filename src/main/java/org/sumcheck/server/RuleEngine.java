package org.sumcheck.server;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumcheck.check.Checker;
import org.sumcheck.check.Settings;
import org.sumcheck.extract.ExtractionLimits;
import org.sumcheck.extract.Extractor;
import org.sumcheck.rules.FindingLimits;
import org.sumcheck.rules.RuleBase;
import org.sumcheck.rules.RuleLoadException;
import org.sumcheck.rules.RuleSettings;

/**
 * The compiled rule base and one {@link Checker} per rule profile, built once and swapped whole. A request takes
 * the current {@link Snapshot} at its start and keeps it to the end, so a reload never disturbs a request in
 * flight. With a rules folder to watch, a change reloads it; a folder that fails to compile (a DRL error) keeps
 * the old rule base and logs the error.
 */
final class RuleEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);
    /** Editors write a file in several steps; wait for the writes to settle before compiling. */
    private static final long SETTLE_MILLIS = 300;
    static final String DEFAULT_PROFILE = "default";

    /**
     * One consistent state: the rule base, its checkers by profile, the profiles whose configuration is wrong
     * (with the error naming file, line and value), and which load this is.
     */
    record Snapshot(RuleBase ruleBase, Map<String, Checker> checkers, Map<String, String> profileErrors,
                    long generation, Instant loadedAt) {
        Checker checker(String profile) {
            return checkers.get(name(profile));
        }

        /** Why {@code profile} cannot be used (its sumcheck.yaml is wrong), or null when it can. */
        String profileError(String profile) {
            return profileErrors.get(name(profile));
        }

        private static String name(String profile) {
            return profile == null || profile.isBlank() ? DEFAULT_PROFILE : profile;
        }
    }

    /** What the last reload did, for /healthz. */
    record ReloadStatus(long failures, String lastError) {
    }

    private final Path rulesDir;
    private final List<Settings.Profile> profiles;
    private final Extractor extractor;
    private final ExtractionLimits limits;
    private final String version;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicReference<ReloadStatus> status = new AtomicReference<>(new ReloadStatus(0, null));
    private final AtomicLong generations = new AtomicLong();
    private WatchService watcher;
    private Thread watchThread;

    /** Builds the rule base now. @throws RuleLoadException when the rules do not load */
    RuleEngine(Path rulesDir, Path profilesDir, Extractor extractor, ExtractionLimits limits, String version) {
        this.rulesDir = rulesDir;
        this.profiles = Settings.profiles(profilesDir);
        this.extractor = extractor;
        this.limits = limits;
        this.version = version;
        current.set(build(RuleBase.loadOrDefault(rulesDir)));
    }

    Snapshot current() {
        return current.get();
    }

    ReloadStatus reloadStatus() {
        return status.get();
    }

    boolean hasProfile(String name) {
        return name == null || name.isBlank() || profiles.stream().anyMatch(p -> p.name().equals(name));
    }

    /** Compiles the rules folder again; on success the new rule base serves every later request. */
    boolean reload() {
        try {
            Snapshot s = build(RuleBase.load(rulesDir));
            current.set(s);
            LOG.info("rules reloaded from {}: {} rules (generation {})", rulesDir, s.ruleBase().rules().size(),
                    s.generation());
            return true;
        } catch (RuleLoadException | IllegalArgumentException e) {
            ReloadStatus old = status.get();
            status.set(new ReloadStatus(old.failures() + 1, e.getMessage()));
            LOG.error("rules reload failed, keeping the previous rules: {}", e.getMessage());
            return false;
        }
    }

    /** Starts watching the rules folder (and its sub-folders, e.g. data/) for changes. */
    void watch() throws IOException {
        if (rulesDir == null) {
            throw new IllegalStateException("no rules folder to watch");
        }
        watcher = FileSystems.getDefault().newWatchService();
        try (Stream<Path> dirs = Files.walk(rulesDir)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        watchThread = new Thread(this::watchLoop, "sumcheck-rules-watch");
        watchThread.setDaemon(true);
        watchThread.start();
        LOG.info("watching {} for rule changes", rulesDir);
    }

    private void watchLoop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // gather the burst of events one save makes, then compile once
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    /** The checkers over {@code ruleBase}; each profile is checked against it (a reload may drop a rule it names). */
    private Snapshot build(RuleBase ruleBase) {
        Map<String, Checker> checkers = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        checkers.put(DEFAULT_PROFILE, new Checker(ruleBase, extractor, limits, FindingLimits.DEFAULT, f -> RuleSettings.defaults(), version,
                ruleBase.crossPass()));
        for (Settings.Profile p : profiles) {
            Settings.Profile checked = p.checkedAgainst(ruleBase);
            if (checked.error() != null) {
                // the server still serves the other profiles; a request for this one gets a 400 naming the mistake
                LOG.error("profile {} not usable: {}", p.name(), checked.error());
                checkers.remove(p.name());
                errors.put(p.name(), checked.error());
            } else {
                RuleSettings settings = checked.settings();
                checkers.put(p.name(), new Checker(ruleBase, extractor, limits, FindingLimits.DEFAULT, f -> settings, version,
                        ruleBase.crossPass()));
            }
        }
        return new Snapshot(ruleBase, Map.copyOf(checkers), Map.copyOf(errors), generations.incrementAndGet(), Instant.now());
    }

    /** The profile names requests may ask for. */
    java.util.Set<String> profileNames() {
        java.util.Set<String> s = new java.util.TreeSet<>();
        profiles.forEach(p -> s.add(p.name()));
        s.add(DEFAULT_PROFILE);
        return s;
    }

    @Override
    public void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.debug("closing the watch service: {}", e.toString());
            }
        }
        if (watchThread != null) {
            watchThread.interrupt();
        }
    }
}
