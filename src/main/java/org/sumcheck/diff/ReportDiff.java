package org.sumcheck.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sumcheck.report.Fingerprint;
import org.sumcheck.report.FileResult;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Report;

/**
 * What changed between two versions of the same submissions. Files are paired by key (the path inside the folder
 * given, or the new file's name when two files are given); findings by fingerprint, computed for both versions under
 * the pair's key, so a finding whose words and their surroundings stayed is "still there" wherever it moved. A
 * fingerprint seen twice in the old version and once in the new is one fixed and one still there. Waived findings
 * are left out of all three lists.
 */
public record ReportDiff(Report older, Report newer, List<FilePair> files) {
    /**
     * One file in both versions (either may be null when the file is only in one).
     *
     * @param fixed in the old version, gone from the new; {@code added} new in the new version; {@code still} in both
     */
    public record FilePair(String key, FileResult older, FileResult newer, List<Finding> fixed, List<Finding> added,
                           List<Finding> still) {
    }

    /** Pairs {@code older.files()} with {@code newer.files()} by the keys given for each (same order as the files). */
    public static ReportDiff of(Report older, List<String> olderKeys, Report newer, List<String> newerKeys) {
        Map<String, FileResult> before = new LinkedHashMap<>();
        for (int i = 0; i < older.files().size(); i++) {
            before.put(olderKeys.get(i), older.files().get(i));
        }
        List<FilePair> pairs = new ArrayList<>();
        for (int i = 0; i < newer.files().size(); i++) {
            String key = newerKeys.get(i);
            pairs.add(pair(key, before.remove(key), newer.files().get(i)));
        }
        before.forEach((key, old) -> pairs.add(pair(key, old, null)));
        return new ReportDiff(older, newer, List.copyOf(pairs));
    }

    private static FilePair pair(String key, FileResult old, FileResult neu) {
        List<Finding> olds = old == null ? List.of() : old.open();
        List<Finding> news = neu == null ? List.of() : neu.open();
        Map<String, List<Finding>> left = new HashMap<>();
        for (Finding f : olds) {
            left.computeIfAbsent(Fingerprint.of(key, f), k -> new ArrayList<>()).add(f);
        }
        List<Finding> added = new ArrayList<>();
        List<Finding> still = new ArrayList<>();
        for (Finding f : news) {
            List<Finding> same = left.get(Fingerprint.of(key, f));
            if (same != null && !same.isEmpty()) {
                same.remove(0);
                still.add(f);
            } else {
                added.add(f);
            }
        }
        List<Finding> fixed = new ArrayList<>();
        for (Finding f : olds) {
            List<Finding> rest = left.get(Fingerprint.of(key, f));
            if (rest.contains(f)) {
                fixed.add(f);
                rest.remove(f);
            }
        }
        fixed.sort(Finding.DOCUMENT_ORDER);
        added.sort(Finding.DOCUMENT_ORDER);
        still.sort(Finding.DOCUMENT_ORDER);
        return new FilePair(key, old, neu, List.copyOf(fixed), List.copyOf(added), List.copyOf(still));
    }

    public int fixedCount() {
        return files.stream().mapToInt(p -> p.fixed().size()).sum();
    }

    public int addedCount() {
        return files.stream().mapToInt(p -> p.added().size()).sum();
    }

    public int stillCount() {
        return files.stream().mapToInt(p -> p.still().size()).sum();
    }
}
