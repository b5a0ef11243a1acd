package org.sumcheck.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit (organisation) a document is written for, read from its title: the words before the period and the kind
 * (中共XX市水利局机关委员会 / 2023年党建工作总结 → 中共XX市水利局机关委员会; 2023年市交通局机关党委党建工作总结 →
 * 市交通局机关党委; 县人民医院党委书记抓基层党建工作述职报告 → 县人民医院党委). The name ends in an organisation word
 * (党委, 党支部, 委员会, 局 …, given by the rules' data); a title with none names no unit.
 */
public final class UnitFinder {
    /** A period in a title: 2023年度, 2023年, 2021—2025年, 上半年, 第三季度, 关于. Removed before the unit is read. */
    private static final Pattern PERIOD = Pattern.compile(
            "(?:[0-9０-９]{4}(?:\\s*[—–\\-~至到]\\s*[0-9０-９]{4})?\\s*年?度?|[上下]半年|第?[一二三四1-4]季度|关于)");

    private final Pattern unitEnd;
    private final List<String> prefixes;

    /**
     * @param suffixes words an organisation's name ends in (党委, 党支部, 局 …), longest first is not required
     * @param prefixes words before a name that are not part of it when matching (中共, 中国共产党)
     */
    public UnitFinder(List<String> suffixes, List<String> prefixes) {
        List<String> sorted = new ArrayList<>(suffixes);
        sorted.sort((a, b) -> b.length() - a.length());
        this.unitEnd = Pattern.compile(sorted.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b)
                .map(s -> "(?:" + s + ")").orElse("(?!)"));
        this.prefixes = List.copyOf(prefixes);
    }

    /** The unit named by a title, or null. */
    public String unitOf(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String marked = PERIOD.matcher(title.replaceAll("\\s+", "")).replaceAll("\u0000");
        // the unit stands before the period (X局机关党委2023年度…) or, when the period comes first, right after it
        int firstPeriod = marked.indexOf('\u0000');
        String before = firstPeriod > 0 ? marked.substring(0, firstPeriod) : "";
        String unit = lastUnit(before);
        return unit != null ? unit : lastUnit(marked.replace("\u0000", ""));
    }

    /** The text up to the end of its last organisation word, or null when it has none. */
    private String lastUnit(String scope) {
        Matcher m = unitEnd.matcher(scope);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end < 2 ? null : scope.substring(0, end);
    }

    /**
     * The ways a text can name the unit: the name as written, without 中共 and the like, and without the leading
     * place (XX市水利局机关党委 → 水利局机关党委), each at least {@code minChars} long.
     */
    public Set<String> aliases(String unit, int minChars) {
        Set<String> out = new LinkedHashSet<>();
        if (unit == null) {
            return out;
        }
        String core = unit;
        for (String p : prefixes) {
            if (core.startsWith(p) && core.length() > p.length()) {
                core = core.substring(p.length());
                break;
            }
        }
        add(out, unit, minChars);
        add(out, core, minChars);
        if (core.endsWith("委员会") && !unit.equals(core)) {
            add(out, core.substring(0, core.length() - 3) + "党委", minChars); // 中共X局机关委员会 = X局机关党委
        }
        Matcher place = Pattern.compile("^.{1,6}?[省市县区]").matcher(core);
        if (place.find() && place.end() < core.length()) {
            add(out, core.substring(place.end()), minChars);
        }
        return out;
    }

    private void add(Set<String> out, String alias, int minChars) {
        Matcher m = unitEnd.matcher(alias);
        int suffix = 0;
        while (m.find()) {
            if (m.end() == alias.length()) {
                suffix = m.end() - m.start();
            }
        }
        // a bare organisation word (党支部, 机关党委) names no particular unit
        if (alias.length() >= minChars && alias.length() - suffix >= 2) {
            out.add(alias);
        }
    }
}
