package org.sumcheck.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * The tiny line-based spec fixtures are written from. One paragraph per line:
 * <pre>
 *   # 标题文字            style Heading1 (## Heading2)
 *   [1] 文字             Word automatic numbering, level 1 "一、"; [2] "（一）"; [3] "1."; [4] "（1）"
 *   文字 //comment: 批注   a Word comment anchored on the paragraph (.docx only)
 *   文字 //footnote: 脚注  a footnote referenced at the end of the paragraph (.docx only)
 *   | 单元格 | 单元格 |     a table row (consecutive rows make one table; .docx only, a PDF prints the cells)
 *   (blank line)         an empty paragraph
 * </pre>
 */
public record FixtureSpec(List<Line> lines) {
    /** One parsed line. */
    public record Line(String text, int headingLevel, int numberingLevel, String comment, String footnote, List<String> cells) {
        public boolean isTableRow() {
            return !cells.isEmpty();
        }
    }

    public static FixtureSpec parse(List<String> raw) {
        List<Line> out = new ArrayList<>();
        for (String r : raw) {
            String s = r.strip();
            String footnote = null;
            int fn = s.indexOf("//footnote:");
            if (fn >= 0) {
                footnote = s.substring(fn + "//footnote:".length()).strip();
                s = s.substring(0, fn).strip();
            }
            String comment = null;
            int c = s.indexOf("//comment:");
            if (c >= 0) {
                comment = s.substring(c + "//comment:".length()).strip();
                s = s.substring(0, c).strip();
            }
            if (s.startsWith("|") && s.endsWith("|") && s.length() > 1) {
                List<String> cells = new ArrayList<>();
                for (String cell : s.substring(1, s.length() - 1).split("\\|", -1)) {
                    cells.add(cell.strip());
                }
                out.add(new Line(String.join(" ", cells), 0, 0, comment, footnote, List.copyOf(cells)));
                continue;
            }
            int heading = 0;
            if (s.startsWith("## ")) {
                heading = 2;
                s = s.substring(3).strip();
            } else if (s.startsWith("# ")) {
                heading = 1;
                s = s.substring(2).strip();
            }
            int numbering = 0;
            if (s.length() >= 3 && s.charAt(0) == '[' && s.charAt(2) == ']' && s.charAt(1) >= '1' && s.charAt(1) <= '4') {
                numbering = s.charAt(1) - '0';
                s = s.substring(3).strip();
            }
            out.add(new Line(s, heading, numbering, comment, footnote, List.of()));
        }
        return new FixtureSpec(List.copyOf(out));
    }
}
