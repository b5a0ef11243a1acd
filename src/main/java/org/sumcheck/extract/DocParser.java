package org.sumcheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.XHTMLContentHandler;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.ErrorCode;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika parser for Word 97–2003 .doc (and WPS Writer files saved in that format), registered in
 * {@code tika-config.xml} in place of Tika's OfficeParser for {@code application/msword}: the main text story
 * through POI HWPF ({@link DocReader}), automatic numbering rendered with the list's own format ("一、", "（一）")
 * where Tika's WordExtractor prints Arabic digits; headers, footers, footnotes and comments (separate stories)
 * never reach the body.
 */
public final class DocParser extends AbstractParser {
    private static final long serialVersionUID = 1L;
    private static final Set<MediaType> TYPES = Set.of(ContentType.DOC);

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        long maxChars = context.get(ParseBudget.class, ParseBudget.NONE).maxChars();
        java.util.List<Paragraph> paragraphs;
        try (HWPFDocument doc = new HWPFDocument(stream)) {
            paragraphs = DocReader.read(doc, maxChars);
        } catch (DocReader.TooMuchText e) {
            throw new TikaException(e.getMessage(), new ExtractionException(ErrorCode.TOO_LARGE, "text " + e.getMessage(), e));
        } catch (Exception e) {
            throw OfficeFailures.wrap(e);
        }
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        for (Paragraph p : paragraphs) {
            Xhtml.paragraph(xhtml, p.text(), p.headingLevel());
        }
        xhtml.endDocument();
    }
}
