package org.sumcheck.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMultiLevelType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes real .docx (POI XWPF), .pdf (PDFBox, see {@link PdfFixture}) and text files from a {@link FixtureSpec}, so
 * tests and the fixture generator make their documents instead of committing binaries.
 *
 * <p>.docx: real Heading1/Heading2 styles (name "heading 1", outline level), a multi-level list with GB/T 9704
 * levels (一、 （一） 1. （1）: chineseCounting "%1、", chineseCounting "（%2）", decimal "%3.", decimal "（%4）")
 * for the {@code [n]} lines, optionally the same kind of list linked to the heading styles (the numbers then come
 * from the style alone), Word comments, footnotes, tables, a header and a footer with a PAGE field.
 */
public final class FixtureWriter {
    private FixtureWriter() {
    }

    /**
     * Options of a .docx.
     *
     * @param header           header text on every page, or null
     * @param footer           footer text (followed by a PAGE field), or null
     * @param numberedHeadings link a 一、/（一） list to the Heading1/Heading2 styles
     */
    public record DocxOptions(String header, String footer, boolean numberedHeadings) {
        public static final DocxOptions PLAIN = new DocxOptions(null, null, false);
    }

    public static Path writeDocx(Path file, List<String> lines) throws IOException {
        return writeDocx(file, lines, DocxOptions.PLAIN);
    }

    public static Path writeDocx(Path file, List<String> lines, DocxOptions options) throws IOException {
        Files.write(file, docxBytes(FixtureSpec.parse(lines), options));
        return file;
    }

    /** A PDF as a word processor prints it (A4, wrapped lines, "- N -" page numbers); see {@link PdfFixture}. */
    public static Path writePdf(Path file, List<String> lines) throws IOException {
        return PdfFixture.write(file, FixtureSpec.parse(lines), PdfFixture.Options.DEFAULT);
    }

    public static Path writePdf(Path file, List<String> lines, PdfFixture.Options options) throws IOException {
        return PdfFixture.write(file, FixtureSpec.parse(lines), options);
    }

    /** The lines joined with '\n' in the charset (UTF-16 gets its byte-order mark from Java's encoder). */
    public static Path writeText(Path file, List<String> lines, Charset charset) throws IOException {
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(charset));
        return file;
    }

    /** A password-protected (agile-encrypted) copy of a .docx, as Word writes it when "encrypt with password". */
    public static Path encryptDocx(Path plainDocx, Path out, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(Files.readAllBytes(plainDocx)));
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream fo = Files.newOutputStream(out)) {
                fs.writeFilesystem(fo);
            }
        }
        return out;
    }

    static byte[] docxBytes(FixtureSpec spec, DocxOptions options) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger listNum = addList(numbering, 1, null);
            BigInteger headingNum = options.numberedHeadings() ? addList(numbering, 2, new String[] {"Heading1", "Heading2"}) : null;
            addHeadingStyle(styles, "Heading1", "heading 1", 0, 32, headingNum);
            addHeadingStyle(styles, "Heading2", "heading 2", 1, 28, headingNum);
            XWPFComments comments = null;
            int commentId = 0;
            List<FixtureSpec.Line> rows = new ArrayList<>();
            for (FixtureSpec.Line line : spec.lines()) {
                if (line.isTableRow()) {
                    rows.add(line);
                    continue;
                }
                flushTable(doc, rows);
                XWPFParagraph p = doc.createParagraph();
                if (line.headingLevel() > 0) {
                    p.setStyle("Heading" + line.headingLevel());
                }
                if (line.numberingLevel() > 0) {
                    CTNumPr np = p.getCTP().addNewPPr().addNewNumPr();
                    np.addNewNumId().setVal(listNum);
                    np.addNewIlvl().setVal(BigInteger.valueOf(line.numberingLevel() - 1));
                }
                if (line.comment() != null) {
                    if (comments == null) {
                        comments = doc.createComments();
                    }
                    BigInteger id = BigInteger.valueOf(commentId++);
                    XWPFComment cm = comments.createComment(id);
                    cm.setAuthor("审阅人");
                    cm.setInitials("SY");
                    cm.createParagraph().createRun().setText(line.comment());
                    p.getCTP().addNewCommentRangeStart().setId(id);
                    p.createRun().setText(line.text());
                    p.getCTP().addNewCommentRangeEnd().setId(id);
                    p.createRun().getCTR().addNewCommentReference().setId(id);
                } else if (!line.text().isEmpty()) {
                    p.createRun().setText(line.text());
                }
                if (line.footnote() != null) {
                    XWPFFootnote note = doc.createFootnote();
                    note.createParagraph().createRun().setText(line.footnote());
                    p.createRun().getCTR().addNewFootnoteReference().setId(note.getId());
                }
            }
            flushTable(doc, rows);
            if (options.header() != null) {
                XWPFHeader h = doc.createHeader(HeaderFooterType.DEFAULT);
                h.createParagraph().createRun().setText(options.header());
            }
            if (options.footer() != null) {
                XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
                XWPFParagraph fp = f.createParagraph();
                fp.createRun().setText(options.footer() + " ");
                fp.getCTP().addNewFldSimple().setInstr("PAGE");
            }
            doc.write(bos);
            return bos.toByteArray();
        }
    }

    private static void flushTable(XWPFDocument doc, List<FixtureSpec.Line> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int cols = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), cols);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                XWPFRun run = t.getRow(r).getCell(c).getParagraphs().get(0).createRun();
                run.setText(cells.get(c));
            }
        }
        rows.clear();
    }

    /** Formats of the four GB/T 9704 levels: numFmt and lvlText. */
    private static final String[][] LEVELS = {
            {"chineseCounting", "%1、"}, {"chineseCounting", "（%2）"}, {"decimal", "%3."}, {"decimal", "（%4）"}};

    private static BigInteger addList(XWPFNumbering numbering, int id, String[] headingStyles) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        abs.addNewMultiLevelType().setVal(STMultiLevelType.MULTILEVEL);
        for (int i = 0; i < LEVELS.length; i++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(LEVELS[i][0]));
            lvl.addNewLvlText().setVal(LEVELS[i][1]);
            if (headingStyles != null && i < headingStyles.length) {
                lvl.addNewPStyle().setVal(headingStyles[i]);
            }
        }
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(absId);
    }

    private static void addHeadingStyle(XWPFStyles styles, String id, String name, int outline, int halfPoints, BigInteger numId) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
        ct.addNewQFormat();
        CTPPrGeneral ppr = ct.addNewPPr();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        if (numId != null) {
            CTNumPr np = ppr.addNewNumPr();
            np.addNewNumId().setVal(numId);
            np.addNewIlvl().setVal(BigInteger.valueOf(outline));
        }
        ct.addNewRPr().addNewB();
        ct.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(ct, styles));
    }
}
