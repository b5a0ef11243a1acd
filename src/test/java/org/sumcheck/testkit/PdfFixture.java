package org.sumcheck.testkit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a PDF the way a word processor prints one: A4, lines wrapped at the right margin (Chinese breaks between
 * any two characters, a Latin word or a number stays whole, a closing mark never starts a line), first-line indent,
 * headings larger, a "- N -" page-number footer, optionally a running header, and a small gap around Latin/digit
 * runs like LibreOffice's (PDF text extraction then reads "及 2024 年").
 *
 * <p>The Chinese font is WenQuanYi Zen Hei from Debian: {@code apt-get install -y fonts-wqy-zenhei}
 * (/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc, a TrueType collection PDFBox embeds as a subset).
 */
public final class PdfFixture {
    public static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final String CJK_FONT_NAME = "WenQuanYiZenHei";
    private static final String CLOSING = "，。、；：！？）》”’」』…,.;:!?)";
    private static final float MARGIN = 72f;

    private PdfFixture() {
    }

    /**
     * Layout options.
     *
     * @param fontSize       body size in points
     * @param lineSpacing    line height as a multiple of the font size
     * @param paragraphGap   extra space after each paragraph in points (0: none, the harder case)
     * @param indentEm       first-line indent of body paragraphs in em
     * @param pageNumbers    print "- N -" centred at the bottom of each page
     * @param runningHeader  text printed at the top of every page, or null
     * @param latinGap       leave a quarter-em gap around Latin/digit runs next to Chinese
     * @param userPassword   password needed to open the PDF, or null
     * @param ownerPassword  permissions password (opens without one), or null
     */
    public record Options(float fontSize, float lineSpacing, float paragraphGap, float indentEm, boolean pageNumbers,
                          String runningHeader, boolean latinGap, String userPassword, String ownerPassword) {
        public static final Options DEFAULT = new Options(12f, 1.5f, 0f, 2f, true, null, true, null, null);

        public Options withParagraphGap(float gap) {
            return new Options(fontSize, lineSpacing, gap, indentEm, pageNumbers, runningHeader, latinGap, userPassword, ownerPassword);
        }

        public Options withIndent(float em) {
            return new Options(fontSize, lineSpacing, paragraphGap, em, pageNumbers, runningHeader, latinGap, userPassword, ownerPassword);
        }

        public Options withRunningHeader(String header) {
            return new Options(fontSize, lineSpacing, paragraphGap, indentEm, pageNumbers, header, latinGap, userPassword, ownerPassword);
        }

        public Options withPasswords(String user, String owner) {
            return new Options(fontSize, lineSpacing, paragraphGap, indentEm, pageNumbers, runningHeader, latinGap, user, owner);
        }
    }

    static Path write(Path file, FixtureSpec spec, Options o) throws IOException {
        if (!java.nio.file.Files.isRegularFile(CJK_FONT)) {
            throw new IllegalStateException("Chinese font missing: " + CJK_FONT + " (apt-get install -y fonts-wqy-zenhei)");
        }
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT.toFile())) {
            TrueTypeFont ttf = ttc.getFontByName(CJK_FONT_NAME);
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            new Layout(doc, font, o).run(spec);
            protect(doc, o);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF of blank pages: neither text nor images. */
    public static Path writeBlank(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose only page is an image: a "scan" with no text layer (grey bars where lines would be). */
    public static Path writeImageOnly(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage img = new BufferedImage(620, 877, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = img.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, img.getWidth(), img.getHeight());
                g.setColor(Color.LIGHT_GRAY);
                for (int y = 80; y < 800; y += 40) {
                    g.fillRect(70, y, 480, 6);
                }
                g.dispose();
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void protect(PDDocument doc, Options o) throws IOException {
        if (o.userPassword() == null && o.ownerPassword() == null) {
            return;
        }
        AccessPermission ap = new AccessPermission();
        ap.setCanModify(false);
        String owner = o.ownerPassword() != null ? o.ownerPassword() : o.userPassword();
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, o.userPassword() == null ? "" : o.userPassword(), ap);
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
    }

    /** Lays the paragraphs out on pages. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final Options o;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream cs;
        private float y;
        private int pageNo;

        Layout(PDDocument doc, PDType0Font font, Options o) {
            this.doc = doc;
            this.font = font;
            this.o = o;
        }

        void run(FixtureSpec spec) throws IOException {
            newPage();
            for (FixtureSpec.Line line : spec.lines()) {
                String text = line.isTableRow() ? String.join("  ", line.cells()) : line.text();
                float size = line.headingLevel() == 1 ? o.fontSize() * 1.5f : line.headingLevel() == 2 ? o.fontSize() * 1.25f : o.fontSize();
                float leading = size * o.lineSpacing();
                if (text.isEmpty()) {
                    advance(leading);
                    continue;
                }
                float indent = line.headingLevel() == 0 ? o.indentEm() * size : 0;
                List<List<String>> lines = wrap(units(text), size, indent);
                for (int i = 0; i < lines.size(); i++) {
                    advance(leading);
                    float x = MARGIN + (i == 0 ? indent : 0);
                    if (line.headingLevel() == 1) {
                        x = MARGIN + (width - lineWidth(lines.get(i), size)) / 2; // a centred title
                    }
                    draw(lines.get(i), x, size);
                }
                y -= o.paragraphGap();
            }
            finishPage();
        }

        private void advance(float leading) throws IOException {
            if (y - leading < MARGIN) {
                finishPage();
                newPage();
            }
            y -= leading;
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pageNo++;
            y = PDRectangle.A4.getHeight() - MARGIN;
            if (o.runningHeader() != null) {
                centred(o.runningHeader(), PDRectangle.A4.getHeight() - 40, 9f);
            }
        }

        private void finishPage() throws IOException {
            if (o.pageNumbers()) {
                centred("- " + pageNo + " -", 40, 10.5f);
            }
            cs.close();
        }

        private void centred(String s, float atY, float size) throws IOException {
            float w = font.getStringWidth(s) / 1000 * size;
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset((PDRectangle.A4.getWidth() - w) / 2, atY);
            cs.showText(s);
            cs.endText();
        }

        /** Units that cannot be split: one Chinese character, a Latin word or number, a space. */
        private static List<String> units(String text) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (isNarrow(c) && c != ' ') {
                    int j = i;
                    while (j < text.length() && isNarrow(text.charAt(j)) && text.charAt(j) != ' ') {
                        j++;
                    }
                    out.add(text.substring(i, j));
                    i = j;
                } else {
                    out.add(String.valueOf(c));
                    i++;
                }
            }
            return out;
        }

        private static boolean isNarrow(char c) {
            return c < 0x2E80 && c != '“' && c != '”' && c != '‘' && c != '’' && c != '…' && c != '—';
        }

        private float gapBetween(String a, String b, float size) {
            if (!o.latinGap() || a.equals(" ") || b.equals(" ")) {
                return 0;
            }
            return isNarrow(a.charAt(0)) != isNarrow(b.charAt(0)) ? 0.25f * size : 0;
        }

        private float unitWidth(String u, float size) throws IOException {
            return font.getStringWidth(u) / 1000 * size;
        }

        private float lineWidth(List<String> units, float size) throws IOException {
            float w = 0;
            for (int i = 0; i < units.size(); i++) {
                w += unitWidth(units.get(i), size) + (i > 0 ? gapBetween(units.get(i - 1), units.get(i), size) : 0);
            }
            return w;
        }

        private List<List<String>> wrap(List<String> units, float size, float indent) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            List<String> cur = new ArrayList<>();
            float x = indent;
            for (String u : units) {
                float w = unitWidth(u, size) + (cur.isEmpty() ? 0 : gapBetween(cur.get(cur.size() - 1), u, size));
                boolean closing = u.length() == 1 && CLOSING.indexOf(u.charAt(0)) >= 0;
                if (!cur.isEmpty() && x + w > width && !closing) {
                    lines.add(cur);
                    cur = new ArrayList<>();
                    x = 0;
                    if (u.equals(" ")) {
                        continue; // a space at a line break disappears
                    }
                    w = unitWidth(u, size);
                }
                cur.add(u);
                x += w;
            }
            if (!cur.isEmpty()) {
                lines.add(cur);
            }
            return lines;
        }

        private void draw(List<String> units, float x, float size) throws IOException {
            float cx = x;
            for (int i = 0; i < units.size(); i++) {
                String u = units.get(i);
                if (i > 0) {
                    cx += gapBetween(units.get(i - 1), u, size);
                }
                if (!u.equals(" ")) {
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.newLineAtOffset(cx, y);
                    cs.showText(u);
                    cs.endText();
                }
                cx += unitWidth(u, size);
            }
        }
    }
}
