package org.sumcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.sumcheck.document.Paragraph;

/**
 * Body paragraphs of a .docx through POI XWPF: reading order (table cells included), Word heading levels, and
 * automatic numbering rendered into the text. Headers, footers, comments and footnotes are not body text: POI's
 * body elements leave out the first ones, and the footnote reference marks POI writes into run text are removed.
 */
final class DocxReader {
    private static final Pattern NOTE_REF = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+]");
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)^(?:heading|标题)\\s*([1-9])$");
    private static final int MAX_TABLE_DEPTH = 16;

    private final XWPFDocument doc;
    private final WordNumbering numbering;
    private final long maxChars;
    private final List<Paragraph> out = new ArrayList<>();
    private long chars;

    private DocxReader(XWPFDocument doc, long maxChars) {
        this.doc = doc;
        this.numbering = new WordNumbering(doc.getNumbering(), doc.getStyles());
        this.maxChars = maxChars;
    }

    /** The body paragraphs; throws {@link TooMuchText} past {@code maxChars}. */
    static List<Paragraph> read(XWPFDocument doc, long maxChars) throws TooMuchText {
        DocxReader r = new DocxReader(doc, maxChars);
        r.elements(doc.getBodyElements(), 0);
        return List.copyOf(r.out);
    }

    static final class TooMuchText extends Exception {
        TooMuchText(long limit) {
            super("more than " + limit + " characters");
        }
    }

    private void elements(List<IBodyElement> elements, int depth) throws TooMuchText {
        for (IBodyElement e : elements) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("extraction abandoned");
            }
            if (e instanceof XWPFParagraph p) {
                paragraph(p);
            } else if (e instanceof XWPFTable t && depth < MAX_TABLE_DEPTH) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        elements(cell.getBodyElements(), depth + 1);
                    }
                }
            } else if (e instanceof XWPFSDT sdt) {
                for (String line : sdt.getContent().getText().split("\\R")) {
                    add(line, 0);
                }
            }
        }
    }

    private void paragraph(XWPFParagraph p) throws TooMuchText {
        StringBuilder sb = new StringBuilder();
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run) {
                sb.append(run.text());
            } else if (r instanceof XWPFSDT sdt) {
                sb.append(sdt.getContent().getText());
            }
        }
        String text = NOTE_REF.matcher(sb).replaceAll("");
        String label = numbering.labelFor(p); // an empty numbered paragraph still takes its number, as in Word
        if (!text.isBlank()) {
            add(label + text, headingLevel(p));
        }
    }

    private void add(String raw, int level) throws TooMuchText {
        // a manual line break (Shift+Enter) stays inside the paragraph; the model has no line breaks
        String text = raw.replaceAll("[\\r\\n\\u000B\\f]+", " ").replace('\t', ' ').strip();
        if (text.isEmpty()) {
            return;
        }
        chars += text.length();
        if (chars > maxChars) {
            throw new TooMuchText(maxChars);
        }
        out.add(new Paragraph(out.size(), text, 0, level));
    }

    /** Outline level from the paragraph, or from a "heading N" style in its style chain; 0 for body text. */
    private int headingLevel(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.getOutlineLvl() != null && ppr.getOutlineLvl().getVal() != null) {
            int l = ppr.getOutlineLvl().getVal().intValue();
            if (l < 9) {
                return l + 1;
            }
        }
        XWPFStyles styles = doc.getStyles();
        String sid = p.getStyleID();
        for (int depth = 0; sid != null && styles != null && depth < 16; depth++) {
            XWPFStyle st = styles.getStyle(sid);
            if (st == null) {
                return levelFromName(sid);
            }
            int byName = levelFromName(st.getName());
            if (byName > 0) {
                return byName;
            }
            CTPPrGeneral sp = st.getCTStyle().getPPr();
            if (sp != null && sp.getOutlineLvl() != null && sp.getOutlineLvl().getVal() != null) {
                int l = sp.getOutlineLvl().getVal().intValue();
                return l < 9 ? l + 1 : 0;
            }
            sid = st.getBasisStyleID();
        }
        return 0;
    }

    private static int levelFromName(String name) {
        if (name == null) {
            return 0;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        Matcher m = HEADING_NAME.matcher(n);
        if (m.matches()) {
            return m.group(1).charAt(0) - '0';
        }
        m = Pattern.compile("^heading([1-9])$").matcher(n);
        return m.matches() ? m.group(1).charAt(0) - '0' : 0;
    }
}
