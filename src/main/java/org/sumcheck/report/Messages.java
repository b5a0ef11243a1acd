package org.sumcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Immutable message bundles, one per {@link Lang}. Keys are the same in every language (a test checks it).
 * Placeholders are {0}, {1} … replaced literally (no MessageFormat quoting rules, so Chinese quotes are safe).
 */
public final class Messages {
    private final Map<Lang, Map<String, String>> bundles;

    private Messages(Map<Lang, Map<String, String>> bundles) {
        EnumMap<Lang, Map<String, String>> copy = new EnumMap<>(Lang.class);
        bundles.forEach((l, m) -> copy.put(l, Map.copyOf(m)));
        this.bundles = Collections.unmodifiableMap(copy);
    }

    public static Messages of(Map<Lang, Map<String, String>> bundles) {
        return new Messages(bundles);
    }

    public static Messages empty() {
        return new Messages(Map.of());
    }

    /** Bundle families shipped in the jar, one file per language each: {@code /i18n/<name>_<lang>.properties}. */
    public static final List<String> BUILT_IN_BUNDLES = List.of("ui", "render", "server");

    /** The UI bundles shipped in the jar (CLI, error codes, report labels, server page). */
    public static Messages builtIn() {
        Map<Lang, Map<String, String>> m = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            Map<String, String> all = new HashMap<>();
            for (String name : BUILT_IN_BUNDLES) {
                try (InputStream in = Messages.class.getResourceAsStream("/i18n/" + name + "_" + l.id() + ".properties")) {
                    if (in != null) {
                        all.putAll(read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            m.put(l, all);
        }
        return new Messages(m);
    }

    /** Parses a UTF-8 .properties text. */
    public static Map<String, String> read(String propertiesText) {
        Properties p = new Properties();
        try (Reader r = new StringReader(propertiesText)) {
            p.load(r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> m = new HashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    /** This set overlaid by {@code other} (other's keys win). */
    public Messages merge(Messages other) {
        Map<Lang, Map<String, String>> m = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            Map<String, String> merged = new HashMap<>(bundles.getOrDefault(l, Map.of()));
            merged.putAll(other.bundles.getOrDefault(l, Map.of()));
            m.put(l, merged);
        }
        return new Messages(m);
    }

    public boolean has(Lang lang, String key) {
        return bundles.getOrDefault(lang, Map.of()).containsKey(key);
    }

    public Set<String> keys(Lang lang) {
        return Collections.unmodifiableSet(new TreeSet<>(bundles.getOrDefault(lang, Map.of()).keySet()));
    }

    /** The message in {@code lang}, falling back to Chinese, then to the key itself. */
    public String get(Lang lang, String key, List<String> args) {
        String t = bundles.getOrDefault(lang, Map.of()).get(key);
        if (t == null) {
            t = bundles.getOrDefault(Lang.ZH, Map.of()).get(key);
        }
        if (t == null) {
            t = key;
        }
        for (int i = 0; i < args.size(); i++) {
            t = t.replace("{" + i + "}", String.valueOf(args.get(i)));
        }
        return t;
    }

    public String get(Lang lang, String key, Object... args) {
        return get(lang, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
