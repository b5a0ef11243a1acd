package org.sumcheck.rules.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import org.sumcheck.structure.StructureVocabulary;

/**
 * Placeholders as a reviewer reads them, beyond the template's marks ({@code data/placeholders.yaml}): the
 * template's instructions left in a round bracket (（此处填写具体数字）, （待定）), a lone 某 before a unit or a
 * person (某镇, 某同志; not in a case study, where 某 hides a name on purpose), and X inside a year or a range
 * (20XX年, xx—2028年).
 */
final class PlaceholderShapes {
    /** Common surnames: 王某 is a person named on purpose without the given name, not a blank. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
            + "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*[—–\\-~～至到]{1,2}\\s*(?:\\d{2,4}|[Xx×Ｘｘ]{2,4})\\s*年");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:\\d{4}|[Xx×Ｘｘ]{2,4})\\s*年?\\s*[—–\\-~～至到]{1,2}\\s*(?:20|19)?$");

    private final List<String> mouBefore;
    private final List<String> mouAnonymous;
    private final List<String> instructionWords;

    PlaceholderShapes(JsonNode data) {
        mouBefore = StructureVocabulary.strings(data.path("mou-before"));
        mouAnonymous = StructureVocabulary.strings(data.path("mou-anonymous"));
        instructionWords = StructureVocabulary.strings(data.path("instruction-words"));
    }

    /** Adds the hits of one paragraph; {@code from} is where this paragraph's hits of the main scan begin. */
    void scan(int index, String t, List<PlaceholderHit> out, int from) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '（' || c == '(') && !instructionWords.isEmpty()) {
                int j = t.indexOf(c == '（' ? '）' : ')', i + 1);
                if (j > i && j - i <= 26 && containsAny(t.substring(i + 1, j), instructionWords)
                        && !covered(out, from, i, j + 1)) {
                    out.add(new PlaceholderHit(PlaceholderHit.Kind.BRACKET, t.substring(i, j + 1), index, i, j + 1 - i, true, 1, List.of()));
                    i = j;
                }
            } else if (c == '某' && lonelyMou(t, i) && !covered(out, from, i, i + 1)) {
                String unit = unitAfter(t, i + 1);
                if (unit != null && !anonymous(t, i)) {
                    out.add(new PlaceholderHit(PlaceholderHit.Kind.NAME, "某" + unit, index, i, 1 + unit.length(), true, 1, List.of()));
                }
            }
        }
    }

    /** 某 not after a surname (王某) and not doubled (某某 is the word list's). */
    private static boolean lonelyMou(String t, int i) {
        if (i + 1 < t.length() && t.charAt(i + 1) == '某' || i > 0 && t.charAt(i - 1) == '某') {
            return false;
        }
        return i == 0 || SURNAMES.indexOf(t.charAt(i - 1)) < 0;
    }

    private String unitAfter(String t, int at) {
        String best = null;
        for (String u : mouBefore) {
            if (t.startsWith(u, at) && (best == null || u.length() > best.length())) {
                best = u;
            }
        }
        return best;
    }

    /** 观看某县原县委书记违纪案例: in a case study 某 hides a name on purpose (judged by its clause). */
    private boolean anonymous(String t, int at) {
        int s = at;
        while (s > 0 && "。！？；，".indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        int e = at;
        while (e < t.length() && "。！？；，".indexOf(t.charAt(e)) < 0) {
            e++;
        }
        return containsAny(t.substring(s, e), mouAnonymous);
    }

    private static boolean covered(List<PlaceholderHit> hits, int from, int s, int e) {
        for (int k = from; k < hits.size(); k++) {
            PlaceholderHit h = hits.get(k);
            if (h.offset() < e && s < h.offset() + h.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** xx—2028年, 2024—20XX年: the placeholder is one end of a range of years. */
    static boolean inYearRange(String t, int s, int e) {
        return RANGE_AFTER.matcher(t.substring(e, Math.min(t.length(), e + 12))).find()
                || (e < t.length() && t.charAt(e) == '年'
                && RANGE_BEFORE.matcher(t.substring(Math.max(0, s - 10), s)).find());
    }

    /** 联系人：X, “X”: the letter X alone right after a mark and before a mark, a Chinese character or the end. */
    static boolean xAfterMark(String t, int s) {
        char before = s > 0 ? t.charAt(s - 1) : '，';
        char after = s + 1 < t.length() ? t.charAt(s + 1) : '。';
        return "，、：；。（“‘【:;,(".indexOf(before) >= 0
                && ("，、：；。）”’】:;,)！？".indexOf(after) >= 0 || TextSpans.isHan(after));
    }
}
