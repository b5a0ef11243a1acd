package org.sumcheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLWordAndPowerPointTextHandler;
import org.apache.tika.parser.microsoft.ooxml.ParagraphProperties;
import org.apache.tika.parser.microsoft.ooxml.RunProperties;
import org.apache.tika.parser.microsoft.ooxml.xwpf.XWPFNumberingShim;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.XHTMLContentHandler;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Tika parser for .docx/.docm, registered in {@code tika-config.xml} in place of Tika's OOXMLParser for Word types.
 *
 * <p>The text comes from Tika's streaming (SAX) docx engine, {@link OOXMLWordAndPowerPointTextHandler}, with the
 * {@link OfficeParserConfig} of the parse context: deleted and moved-away text of tracked changes is left out unless
 * the config includes it, fields show their result, text boxes are left out as in Word's reading of the body. What
 * Tika's own decorator gets wrong for Chinese work documents is done here: automatic numbering rendered as the
 * reader sees it ({@link WordNumbering}: "一、" and "（一）" where Tika prints "1、", numbering linked to heading styles
 * that Tika drops), outline levels from the paragraph or its style chain, headers and footers written apart
 * ({@code <div class="header">}, {@code <div class="footer">}) and reviewers' comments, footnotes and endnotes not
 * written at all (Tika appends them to the body unmarked). The part XML is read with POI's SAX parser, which
 * refuses DOCTYPEs; POI's zip reader refuses zip bombs.
 */
public final class DocxParser extends AbstractParser {
    private static final long serialVersionUID = 1L;
    private static final Set<MediaType> TYPES = Set.of(ContentType.DOCX, ContentType.DOCM);
    private static final String W = OOXMLWordAndPowerPointTextHandler.W_NS;
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)^(?:heading|标题)\\s*([1-9])$");
    private static final int MAX_STYLE_DEPTH = 16;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        OfficeParserConfig config = context.get(OfficeParserConfig.class, new OfficeParserConfig());
        TikaInputStream tis = TikaInputStream.get(stream);
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(tis.getFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw OfficeFailures.wrap(e);
        }
        try {
            PackagePart main = mainPart(pkg);
            XWPFStyles styles = styles(main);
            XWPFNumbering numbering = numbering(main);
            xhtml.startDocument();
            if (config.isIncludeHeadersAndFooters()) {
                for (PackagePart header : related(main, XWPFRelation.HEADER.getRelation())) {
                    part(header, Xhtml.HEADER, styles, numbering, config, xhtml);
                }
            }
            part(main, null, styles, numbering, config, xhtml);
            if (config.isIncludeHeadersAndFooters()) {
                for (PackagePart footer : related(main, XWPFRelation.FOOTER.getRelation())) {
                    part(footer, Xhtml.FOOTER, styles, numbering, config, xhtml);
                }
            }
            xhtml.endDocument();
        } catch (SAXException e) {
            if (e instanceof DocumentBuilder.Stop) {
                throw e; // the builder's own limits: passed on as they are
            }
            throw OfficeFailures.wrap(e);
        } catch (TikaException e) {
            throw e;
        } catch (Exception e) {
            throw OfficeFailures.wrap(e);
        } finally {
            pkg.revert();
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) throws TikaException {
        try {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (rels.size() > 0) {
                PackagePart part = pkg.getPart(rels.getRelationship(0));
                if (part != null) {
                    return part;
                }
            }
        } catch (RuntimeException e) {
            throw OfficeFailures.wrap(e);
        }
        throw new TikaException("no main document part", new ExtractionException(
                org.sumcheck.document.ErrorCode.CORRUPT, "not a Word document: no main document part"));
    }

    private static java.util.List<PackagePart> related(PackagePart main, String relation) throws Exception {
        java.util.List<PackagePart> out = new java.util.ArrayList<>();
        PackageRelationshipCollection rels = main.getRelationshipsByType(relation);
        for (PackageRelationship r : rels) {
            PackagePart p = main.getRelatedPart(r);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static XWPFStyles styles(PackagePart main) throws Exception {
        java.util.List<PackagePart> parts = related(main, XWPFRelation.STYLES.getRelation());
        return parts.isEmpty() ? null : new StylesPart(parts.get(0));
    }

    private static XWPFNumbering numbering(PackagePart main) throws Exception {
        java.util.List<PackagePart> parts = related(main, XWPFRelation.NUMBERING.getRelation());
        return parts.isEmpty() ? null : new XWPFNumberingShim(parts.get(0));
    }

    /** POI's styles part read on its own (XWPFStyles reads itself only when a whole XWPFDocument is opened). */
    private static final class StylesPart extends XWPFStyles {
        StylesPart(PackagePart part) throws IOException {
            super(part);
            onDocumentRead();
        }
    }

    /** One story (the body, a header, a footer) through Tika's SAX docx engine into the XHTML. */
    private static void part(PackagePart part, String divClass, XWPFStyles styles, XWPFNumbering numbering,
                             OfficeParserConfig config, XHTMLContentHandler xhtml) throws Exception {
        if (divClass != null) {
            xhtml.startElement("div", "class", divClass);
        }
        // a header or footer keeps its own list counters: its numbers do not advance the body's
        Story story = new Story(xhtml, styles, new WordNumbering(numbering, styles), config);
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(story.paragraphs(new OOXMLWordAndPowerPointTextHandler(story, Map.of(), false, true)));
        try (InputStream in = part.getInputStream()) {
            reader.parse(new InputSource(in));
        }
        if (divClass != null) {
            xhtml.endElement("div");
        }
    }

    /**
     * Receives Tika's body events (runs of text, tables) and writes paragraphs. Paragraph boundaries and properties
     * (style, numbering, outline level, a deleted paragraph mark) are taken from the raw w:p elements by
     * {@link #paragraphs}, since Tika signals a paragraph's start only after its properties and not at all for some
     * empty ones.
     */
    private static final class Story implements OOXMLWordAndPowerPointTextHandler.XWPFBodyContentsHandler {
        private final XHTMLContentHandler xhtml;
        private final XWPFStyles styles;
        private final WordNumbering numbering;
        private final OfficeParserConfig config;
        private final StringBuilder text = new StringBuilder();
        private int tableDepth;
        private int tableRowCellDepth;
        // properties of the current top-level paragraph
        private String styleId;
        private BigInteger numId;
        private int ilvl;
        private int outline;
        private boolean markDeleted;

        Story(XHTMLContentHandler xhtml, XWPFStyles styles, WordNumbering numbering, OfficeParserConfig config) {
            this.xhtml = xhtml;
            this.styles = styles;
            this.numbering = numbering;
            this.config = config;
        }

        ContentHandler paragraphs(ContentHandler tika) {
            return new ContentHandlerDecorator(tika) {
                private int pDepth;
                private int pPrDepth; // inside the direct w:pPr of the top-level paragraph
                private int numPr;
                private int rPr;
                private int change;   // inside w:pPrChange / w:rPrChange: former properties, not the current ones

                @Override
                public void startElement(String uri, String local, String q, Attributes atts) throws SAXException {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new SAXException(new java.io.InterruptedIOException("extraction abandoned"));
                    }
                    if (W.equals(uri)) {
                        switch (local) {
                            case "p" -> {
                                if (pDepth++ == 0) {
                                    beginParagraph();
                                }
                            }
                            case "pPr" -> {
                                if (pDepth == 1) {
                                    pPrDepth++;
                                }
                            }
                            case "pPrChange", "rPrChange" -> change++;
                            default -> {
                                if (pPrDepth > 0 && change == 0) {
                                    paragraphProperty(local, atts);
                                }
                            }
                        }
                    }
                    super.startElement(uri, local, q, atts);
                }

                private void paragraphProperty(String local, Attributes atts) {
                    String val = atts.getValue(W, "val");
                    switch (local) {
                        case "pStyle" -> styleId = val;
                        case "numPr" -> numPr++;
                        case "rPr" -> rPr++;
                        case "ilvl" -> {
                            if (numPr > 0) {
                                ilvl = parse(val, -1);
                            }
                        }
                        case "numId" -> {
                            if (numPr > 0) {
                                int n = parse(val, -1);
                                numId = n < 0 ? null : BigInteger.valueOf(n);
                            }
                        }
                        case "outlineLvl" -> outline = parse(val, 9);
                        case "del" -> markDeleted |= rPr > 0 && !config.isIncludeDeletedContent();
                        case "moveFrom" -> markDeleted |= rPr > 0 && !config.isIncludeMoveFromContent();
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String local, String q) throws SAXException {
                    super.endElement(uri, local, q); // Tika hands over the paragraph's last run at its end
                    if (W.equals(uri)) {
                        switch (local) {
                            case "p" -> {
                                if (pDepth > 0 && --pDepth == 0) {
                                    endTopParagraph();
                                }
                            }
                            case "pPr" -> {
                                if (pDepth == 1 && pPrDepth > 0) {
                                    pPrDepth--;
                                }
                            }
                            case "pPrChange", "rPrChange" -> change--;
                            case "numPr" -> numPr = Math.max(0, numPr - (pPrDepth > 0 ? 1 : 0));
                            case "rPr" -> rPr = Math.max(0, rPr - (pPrDepth > 0 ? 1 : 0));
                            default -> {
                            }
                        }
                    }
                }
            };
        }

        private static int parse(String v, int otherwise) {
            try {
                return v == null ? otherwise : Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }

        private void beginParagraph() {
            text.setLength(0);
            styleId = null;
            numId = null;
            ilvl = -1;
            outline = 9;
            markDeleted = false;
        }

        private void endTopParagraph() throws SAXException {
            String body = text.toString().replaceAll("[\\r\\n\\u000B\\f]+", " ").replace('\t', ' ').strip();
            if (markDeleted && body.isEmpty()) {
                return; // a paragraph deleted as a whole: gone, number and all
            }
            // an empty numbered paragraph still takes its number, as in Word
            String label = numbering.labelFor(numId, ilvl, styleId);
            if (!body.isEmpty()) {
                Xhtml.paragraph(xhtml, (label + body).strip(), headingLevel());
            }
        }

        /** Outline level from the paragraph, or from a "heading N" style in its style chain; 0 for body text. */
        private int headingLevel() {
            if (outline >= 0 && outline < 9) {
                return outline + 1;
            }
            String sid = styleId;
            for (int depth = 0; sid != null && styles != null && depth < MAX_STYLE_DEPTH; depth++) {
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

        @Override
        public void run(RunProperties runProperties, String contents) {
            text.append(contents);
        }

        @Override
        public void startTable() throws SAXException {
            xhtml.startElement("table");
            tableDepth++;
        }

        @Override
        public void endTable() throws SAXException {
            if (tableDepth > 0) {
                tableDepth--;
                xhtml.endElement("table");
            }
        }

        @Override
        public void startTableRow() throws SAXException {
            if (tableDepth > 0) {
                xhtml.startElement("tr");
            }
        }

        @Override
        public void endTableRow() throws SAXException {
            if (tableDepth > 0) {
                xhtml.endElement("tr");
            }
        }

        @Override
        public void startTableCell() throws SAXException {
            if (tableDepth > 0) {
                tableRowCellDepth++;
                xhtml.startElement("td");
            }
        }

        @Override
        public void endTableCell() throws SAXException {
            if (tableRowCellDepth > 0) {
                tableRowCellDepth--;
                xhtml.endElement("td");
            }
        }

        @Override
        public boolean isIncludeDeletedText() {
            return config.isIncludeDeletedContent();
        }

        @Override
        public boolean isIncludeMoveFromText() {
            return config.isIncludeMoveFromContent();
        }

        // events the model has no use for: links keep their text (it arrives as runs), the rest is not body text
        @Override
        public void hyperlinkStart(String link) {
        }

        @Override
        public void hyperlinkEnd() {
        }

        @Override
        public void startParagraph(ParagraphProperties paragraphProperties) {
        }

        @Override
        public void endParagraph() {
        }

        @Override
        public void startSDT() {
        }

        @Override
        public void endSDT() {
        }

        @Override
        public void startEditedSection(String editor, Date date, OOXMLWordAndPowerPointTextHandler.EditType editType) {
        }

        @Override
        public void endEditedSection() {
        }

        @Override
        public void footnoteReference(String id) {
        }

        @Override
        public void endnoteReference(String id) {
        }

        @Override
        public void embeddedOLERef(String refId) {
        }

        @Override
        public void linkedOLERef(String refId) {
        }

        @Override
        public void embeddedPicRef(String picFileName, String picDescription) {
        }

        @Override
        public void startBookmark(String id, String name) {
        }

        @Override
        public void endBookmark(String id) {
        }
    }
}
