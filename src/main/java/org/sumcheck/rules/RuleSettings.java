package org.sumcheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sumcheck.report.Severity;
import org.sumcheck.report.Waiver;

/**
 * Per-run choices from sumcheck.yaml: rules switched off, severities changed, words added to the rules' lists
 * (key {@code placeholder} for placeholder words, or a phrase list id such as {@code formulation.placeholder-broken}).
 *
 * @param enabled rules switched back {@code on} (in an override, undoing an {@code off} of the base settings)
 * @param waivers findings waived by fingerprint ({@code waivers:} in sumcheck.yaml), each with its reason and signer
 * @param crossdoc the cross-document pass's settings ({@code crossdoc:} in sumcheck.yaml, key → value as written;
 *                 defaults in rules/data/crossdoc.yaml; docs/crossdoc.md)
 */
public record RuleSettings(Set<String> disabled, Map<String, Severity> severities, Map<String, List<String>> words,
                           Set<String> enabled, Map<String, Waiver> waivers, Map<String, String> crossdoc) {
    public RuleSettings {
        crossdoc = Map.copyOf(crossdoc == null ? Map.of() : crossdoc);
        waivers = Map.copyOf(waivers == null ? Map.of() : waivers);
        disabled = Set.copyOf(disabled);
        enabled = Set.copyOf(enabled);
        severities = Map.copyOf(severities);
        Map<String, List<String>> w = new HashMap<>();
        words.forEach((k, v) -> w.put(k, List.copyOf(v)));
        words = Map.copyOf(w);
    }

    public RuleSettings(Set<String> disabled, Map<String, Severity> severities, Map<String, List<String>> words,
                        Set<String> enabled, Map<String, Waiver> waivers) {
        this(disabled, severities, words, enabled, waivers, Map.of());
    }

    public RuleSettings(Set<String> disabled, Map<String, Severity> severities, Map<String, List<String>> words,
                        Set<String> enabled) {
        this(disabled, severities, words, enabled, Map.of());
    }

    public RuleSettings(Set<String> disabled, Map<String, Severity> severities, Map<String, List<String>> words) {
        this(disabled, severities, words, Set.of(), Map.of());
    }

    public static RuleSettings defaults() {
        return new RuleSettings(Set.of(), Map.of(), Map.of(), Set.of(), Map.of(), Map.of());
    }

    public boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    public List<String> words(String list) {
        return words.getOrDefault(list, List.of());
    }

    /** These settings overlaid by {@code other}: its switches and severities win, its words are added. */
    public RuleSettings with(RuleSettings other) {
        Set<String> off = new HashSet<>(disabled);
        Map<String, Severity> sev = new HashMap<>(severities);
        other.severities.forEach((id, s) -> {
            sev.put(id, s);
            off.remove(id); // giving a severity switches a rule back on
        });
        off.removeAll(other.enabled);
        off.addAll(other.disabled);
        Map<String, List<String>> w = new HashMap<>(words);
        other.words.forEach((k, v) -> {
            List<String> all = new ArrayList<>(w.getOrDefault(k, List.of()));
            all.addAll(v);
            w.put(k, all);
        });
        Map<String, Waiver> waived = new HashMap<>(waivers);
        waived.putAll(other.waivers);
        Map<String, String> cross = new HashMap<>(crossdoc);
        cross.putAll(other.crossdoc);
        return new RuleSettings(off, sev, w, other.enabled, waived, cross);
    }
}
