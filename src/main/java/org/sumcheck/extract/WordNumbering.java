package org.sumcheck.extract;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Word's automatic numbering, rendered as the reader sees it ("一、", "（一）", "1."). Numbering comes from the
 * paragraph's own w:numPr or from its style (a multi-level list linked to heading styles). Counters run per
 * abstract list, a level counts up and every deeper level restarts when it advances. One instance per document:
 * it keeps the counters while the paragraphs are read in order.
 */
final class WordNumbering {
    private static final int LEVELS = 9;
    private static final int MAX_STYLE_DEPTH = 16;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    /** counters per abstractNum id; 0 = level not yet used. */
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> numsSeen = new HashSet<>();

    WordNumbering(XWPFNumbering numbering, XWPFStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /**
     * The label to put before a paragraph's text ("一、"), or "" when it is not numbered.
     *
     * @param numId   the paragraph's own w:numPr/w:numId, or null when it has none
     * @param ilvl    the paragraph's own w:numPr/w:ilvl, or -1
     * @param styleId the paragraph's w:pStyle, or null
     */
    String labelFor(BigInteger numId, int paragraphIlvl, String styleId) {
        if (numbering == null) {
            return "";
        }
        Ref ref = reference(numId, paragraphIlvl, styleId);
        if (ref == null || ref.numId.signum() == 0) {
            return "";
        }
        XWPFNum num = numbering.getNum(ref.numId);
        if (num == null || num.getCTNum() == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        CTNum ctNum = num.getCTNum();
        BigInteger absId = ctNum.getAbstractNumId().getVal();
        CTAbstractNum abs = abstractNum(absId, 0);
        if (abs == null) {
            return "";
        }
        int ilvl = ref.ilvl >= 0 ? ref.ilvl : levelForStyle(abs, ref.styleId);
        ilvl = Math.max(0, Math.min(LEVELS - 1, ilvl));
        CTLvl[] lvls = levels(abs, ctNum);
        if (lvls[ilvl] == null) {
            return "";
        }
        int[] c = counters.computeIfAbsent(absId, k -> new int[LEVELS]);
        if (numsSeen.add(ref.numId)) {
            applyStartOverrides(ctNum, c);
        }
        c[ilvl] = c[ilvl] == 0 ? start(lvls[ilvl]) : c[ilvl] + 1;
        for (int k = ilvl + 1; k < LEVELS; k++) {
            c[k] = 0;
        }
        return render(lvls, ilvl, c);
    }

    private String render(CTLvl[] lvls, int ilvl, int[] c) {
        CTLvl lvl = lvls[ilvl];
        String fmt = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        if ("bullet".equals(fmt) || "none".equals(fmt)) {
            return "";
        }
        String text = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null
                ? "%" + (ilvl + 1) + "." : lvl.getLvlText().getVal();
        boolean legal = lvl.isSetIsLgl() && (lvl.getIsLgl().getVal() == null || isOn(lvl.getIsLgl().getVal()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(i + 1) - '1';
                CTLvl other = lvls[k];
                int value = c[k] != 0 ? c[k] : (other == null ? 1 : start(other));
                String f = legal || other == null || other.getNumFmt() == null ? "decimal"
                        : other.getNumFmt().getVal().toString();
                String s = NumberFormats.format(value, f);
                sb.append(s == null ? "" : s);
                i++;
            } else {
                sb.append(ch);
            }
        }
        String label = sb.toString();
        if (label.isEmpty()) {
            return "";
        }
        String suff = lvl.getSuff() == null || lvl.getSuff().getVal() == null ? "tab" : lvl.getSuff().getVal().toString();
        int last = label.codePointBefore(label.length());
        boolean endsInMark = CjkText.isWide(last) || ".)]:、".indexOf(last) >= 0;
        return switch (suff) {
            case "space" -> label + " ";
            case "nothing" -> label;
            default -> endsInMark ? label : label + " "; // a tab after "1" reads as a gap; after "一、" as nothing
        };
    }

    private static boolean isOn(Object v) {
        String s = String.valueOf(v);
        return s.equals("true") || s.equals("1") || s.equals("on");
    }

    private static int start(CTLvl lvl) {
        return lvl.getStart() == null || lvl.getStart().getVal() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private void applyStartOverrides(CTNum ctNum, int[] c) {
        for (CTNumLvl o : ctNum.getLvlOverrideList()) {
            int k = o.getIlvl() == null ? -1 : o.getIlvl().intValue();
            if (k >= 0 && k < LEVELS && o.getStartOverride() != null && o.getStartOverride().getVal() != null) {
                c[k] = o.getStartOverride().getVal().intValue() - 1;
                if (c[k] < 0) {
                    c[k] = 0;
                }
                for (int j = k + 1; j < LEVELS; j++) {
                    c[j] = 0;
                }
            }
        }
    }

    /** The levels of the list, with the num's w:lvlOverride/w:lvl replacing the abstract ones. */
    private static CTLvl[] levels(CTAbstractNum abs, CTNum num) {
        CTLvl[] out = new CTLvl[LEVELS];
        for (CTLvl l : abs.getLvlList()) {
            int k = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
            if (k >= 0 && k < LEVELS) {
                out[k] = l;
            }
        }
        for (CTNumLvl o : num.getLvlOverrideList()) {
            if (o.getLvl() != null && o.getIlvl() != null) {
                int k = o.getIlvl().intValue();
                if (k >= 0 && k < LEVELS) {
                    out[k] = o.getLvl();
                }
            }
        }
        return out;
    }

    /** The abstract list, following a w:numStyleLink to the list style that defines it. */
    private CTAbstractNum abstractNum(BigInteger absId, int depth) {
        XWPFAbstractNum a = numbering.getAbstractNum(absId);
        if (a == null || a.getCTAbstractNum() == null) {
            return null;
        }
        CTAbstractNum abs = a.getCTAbstractNum();
        if (abs.getLvlList().isEmpty() && abs.getNumStyleLink() != null && styles != null && depth < 3) {
            XWPFStyle st = styles.getStyle(abs.getNumStyleLink().getVal());
            CTPPrGeneral ppr = st == null ? null : st.getCTStyle().getPPr();
            if (ppr != null && ppr.getNumPr() != null && ppr.getNumPr().getNumId() != null) {
                XWPFNum linked = numbering.getNum(ppr.getNumPr().getNumId().getVal());
                if (linked != null && linked.getCTNum().getAbstractNumId() != null) {
                    return abstractNum(linked.getCTNum().getAbstractNumId().getVal(), depth + 1);
                }
            }
        }
        return abs;
    }

    /** The level whose w:pStyle names the paragraph's style (lists linked to heading styles), else 0. */
    private static int levelForStyle(CTAbstractNum abs, String styleId) {
        if (styleId != null) {
            for (CTLvl l : abs.getLvlList()) {
                if (l.getPStyle() != null && styleId.equals(l.getPStyle().getVal()) && l.getIlvl() != null) {
                    return l.getIlvl().intValue();
                }
            }
        }
        return 0;
    }

    private record Ref(BigInteger numId, int ilvl, String styleId) {
    }

    /** numId and level from the paragraph, else from its style chain (ilvl -1: take it from the list). */
    private Ref reference(BigInteger numId, int ilvl, String styleId) {
        String numStyle = null;
        String sid = styleId;
        for (int depth = 0; sid != null && styles != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle st = styles.getStyle(sid);
            if (st == null) {
                break;
            }
            CTPPrGeneral sp = st.getCTStyle().getPPr();
            if (sp != null && sp.getNumPr() != null) {
                if (numId == null && sp.getNumPr().getNumId() != null) {
                    numId = sp.getNumPr().getNumId().getVal();
                    numStyle = sid;
                }
                if (ilvl < 0 && sp.getNumPr().getIlvl() != null) {
                    ilvl = sp.getNumPr().getIlvl().getVal().intValue();
                }
                if (numId != null) {
                    break;
                }
            }
            sid = st.getBasisStyleID();
        }
        if (numId == null) {
            return null;
        }
        return new Ref(numId, ilvl, numStyle != null ? numStyle : styleId);
    }
}
