package org.sumcheck.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;

/**
 * Writes a copy of a .docx with a Word comment (author "sumcheck") anchored on the offending words of every
 * finding. The original is read into memory and never written.
 *
 * <p>A finding's paragraph index counts the extracted document's non-blank paragraphs in reading order, which is
 * not always Word's: automatic numbering is rendered into the extracted text, tables and text boxes may order
 * differently. So the target is found by content: the body paragraphs (table cells included) that are not blank,
 * scored by whether they hold the excerpt and the match, nearest to the expected index. The match is then
 * located inside the paragraph's runs (runs are split at its edges so the comment covers exactly those words).
 * A finding about the whole document (a missing part) is commented on its title paragraph.
 */
public final class DocxAnnotator {
    public static final String AUTHOR = "sumcheck";
    public static final String INITIALS = "SC";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName RANGE_START = new QName(W, "commentRangeStart", "w");
    private static final QName RANGE_END = new QName(W, "commentRangeEnd", "w");
    private static final QName RUN = new QName(W, "r", "w");
    private static final QName REFERENCE = new QName(W, "commentReference", "w");
    private static final QName ID = new QName(W, "id", "w");

    /**
     * What was done: {@code comments} written (one per finding, and one per other place of a grouped finding), of which {@code onMatch} are anchored on exactly
     * the finding's words and {@code onParagraph} on a whole paragraph (whole-document findings, or words not
     * found as such in the runs).
     */
    public record Result(int comments, int onMatch, int onParagraph) {
    }

    private DocxAnnotator() {
    }

    public static Result annotate(Path in, List<Finding> findings, Messages messages, Lang lang, Path out)
            throws IOException {
        Annotations.requireDistinct(in, out);
        XWPFDocument doc;
        try (InputStream is = Files.newInputStream(in)) {
            doc = new XWPFDocument(is);
        }
        try (doc) {
            List<XWPFParagraph> paragraphs = bodyParagraphs(doc);
            if (paragraphs.isEmpty()) {
                // nothing to anchor on: an empty body gets one paragraph to hold the comments
                paragraphs.add(doc.createParagraph());
            }
            // anchoring splits runs and adds reference runs but never changes a paragraph's text: read it once
            List<String> texts = paragraphs.stream().map(p -> RunText.of(p.getCTP()).text()).toList();
            XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
            BigInteger nextId = nextId(comments);
            // where every place goes is decided before anything is written: the findings with an excerpt first (they
            // pin their occurrence exactly and teach how the paragraph's offsets map to Word's), then the other places
            // of grouped findings, which take the nearest occurrence not yet taken by the same rule
            Anchors anchors = new Anchors(texts);
            List<Finding> places = Annotations.places(findings);
            java.util.Map<Finding, int[]> targets = new java.util.IdentityHashMap<>();
            for (Finding f : places) {
                if (!f.excerpt().isEmpty()) {
                    targets.put(f, anchors.target(f));
                }
            }
            for (Finding f : places) {
                if (f.excerpt().isEmpty()) {
                    targets.put(f, anchors.target(f));
                }
            }
            int onMatch = 0;
            int onParagraph = 0;
            for (Finding f : places) {
                String id = nextId.toString();
                nextId = nextId.add(BigInteger.ONE);
                comment(comments, new BigInteger(id), f, messages, lang);
                int[] t = targets.get(f);
                if (t[1] >= 0) {
                    wrap(paragraphs.get(t[0]).getCTP(), new int[] {t[1], t[1] + f.match().length()}, id);
                    onMatch++;
                } else {
                    wrap(paragraphs.get(t[0]).getCTP(), null, id);
                    onParagraph++;
                }
            }
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".annotate", ".docx");
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    doc.write(os);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return new Result(onMatch + onParagraph, onMatch, onParagraph);
        }
    }

    /** The paragraphs a finding can be on: body paragraphs in reading order, table cells included, blank ones left out. */
    public static List<XWPFParagraph> bodyParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        collect(doc.getBodyElements(), paragraphs);
        paragraphs.removeIf(p -> RunText.of(p.getCTP()).text().isBlank() && p.getText().isBlank());
        return paragraphs;
    }

    /** Body paragraphs in reading order, descending into table cells (and tables within them). */
    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), out);
                    }
                }
            }
        }
    }

    public static BigInteger nextId(XWPFComments comments) {
        BigInteger max = BigInteger.valueOf(-1);
        for (XWPFComment c : comments.getComments()) {
            try {
                max = max.max(new BigInteger(c.getId()));
            } catch (NumberFormatException ignored) {
                // an odd id in someone else's comment does not matter; ours only need to be unique
            }
        }
        return max.add(BigInteger.ONE);
    }

    /**
     * Puts commentRangeStart/End around the runs covering {@code span} (the whole paragraph when null), splitting
     * plain-text runs at the span's edges, and a run with the comment reference after the end.
     */
    public static void wrap(CTP ctp, int[] span, String id) {
        RunText rt = RunText.of(ctp);
        if (rt.runs().isEmpty()) {
            ctp.addNewR();
            rt = RunText.of(ctp);
        }
        int first;
        int last;
        if (span == null) {
            first = 0;
            last = rt.runs().size() - 1;
        } else {
            if (splitAt(ctp, rt, span[0])) {
                rt = RunText.of(ctp);
            }
            if (splitAt(ctp, rt, span[1])) {
                rt = RunText.of(ctp);
            }
            first = rt.runAt(span[0]);
            last = rt.runAt(span[1] - 1);
        }
        try (XmlCursor c = rt.runs().get(first).newCursor()) {
            c.beginElement(RANGE_START);
            c.insertAttributeWithValue(ID, id);
        }
        try (XmlCursor c = rt.runs().get(last).newCursor()) {
            c.toEndToken();
            c.toNextToken();
            c.beginElement(RANGE_END);
            c.insertAttributeWithValue(ID, id);
            c.toEndToken();
            c.toNextToken();
            c.beginElement(RUN);
            c.beginElement(REFERENCE);
            c.insertAttributeWithValue(ID, id);
        }
    }

    /**
     * The direct runs that hold exactly [start, end) of the paragraph's text, split at the edges; null when a run
     * there holds more than text (a field, a drawing), so it cannot be cut or replaced safely.
     */
    public static List<CTR> isolate(CTP ctp, int start, int end) {
        RunText rt = RunText.of(ctp);
        if (splitAt(ctp, rt, start)) {
            rt = RunText.of(ctp);
        }
        if (splitAt(ctp, rt, end)) {
            rt = RunText.of(ctp);
        }
        int first = rt.runAt(start);
        int last = rt.runAt(end - 1);
        if (first < 0 || last < 0 || rt.starts()[first] != start
                || rt.starts()[last] + rt.texts().get(last).length() != end) {
            return null;
        }
        List<CTR> runs = new ArrayList<>(rt.runs().subList(first, last + 1));
        return runs.stream().allMatch(RunText::isPlain) ? runs : null;
    }

    /** A new comment by sumcheck holding the finding's note. */
    public static XWPFComment comment(XWPFComments comments, BigInteger id, Finding f, Messages messages, Lang lang) {
        XWPFComment c = comments.createComment(id);
        c.setAuthor(AUTHOR);
        c.setInitials(INITIALS);
        for (String line : Annotations.noteLines(f, messages, lang)) {
            c.createParagraph().createRun().setText(line);
        }
        return c;
    }

    /** The text of every paragraph as {@link #wrap} and {@link #isolate} count offsets in. */
    public static String text(XWPFParagraph p) {
        return RunText.of(p.getCTP()).text();
    }

    /** Splits the run containing {@code offset} so that a run starts there; false when not needed or not possible. */
    private static boolean splitAt(CTP ctp, RunText rt, int offset) {
        int i = rt.runAt(offset);
        if (i < 0 || rt.starts()[i] == offset || !RunText.isPlain(rt.runs().get(i))) {
            return false;
        }
        CTR run = rt.runs().get(i);
        String text = rt.texts().get(i);
        int k = offset - rt.starts()[i];
        int rIndex = ctp.getRList().indexOf(run);
        CTR before = ctp.insertNewR(rIndex);
        if (run.isSetRPr()) {
            before.setRPr((CTRPr) run.getRPr().copy());
        }
        setText(before, text.substring(0, k));
        setText(run, text.substring(k));
        return true;
    }

    private static void setText(CTR run, String text) {
        while (run.sizeOfTArray() > 0) {
            run.removeT(0);
        }
        CTText t = run.addNewT();
        t.setStringValue(text);
        try (XmlCursor c = t.newCursor()) {
            c.toNextToken();
            c.insertAttributeWithValue(new QName("http://www.w3.org/XML/1998/namespace", "space", "xml"), "preserve");
        }
    }
}
