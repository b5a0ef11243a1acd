package org.sumcheck.extract;

import org.apache.tika.metadata.Property;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.SAXException;

/**
 * The XHTML our Tika parsers write and {@link DocumentBuilder} reads: Tika's own conventions (one
 * {@code <div class="page">} per PDF page, {@code <h1>}…{@code <h6>} for Word heading levels, {@code <table>} for
 * tables) plus {@code <div class="header">} / {@code <div class="footer">} for Word's running headers and footers and
 * {@code <p class="heading-7">} … for outline levels XHTML has no element for.
 */
final class Xhtml {
    static final String PAGE = "page";
    static final String HEADER = "header";
    static final String FOOTER = "footer";
    /** Metadata set by the PDF parser when the text came from OCR. */
    static final Property OCR = Property.internalBoolean("sumcheck:ocr");
    /** Metadata: the number of pages. */
    static final Property PAGES = Property.internalInteger("sumcheck:pages");

    private Xhtml() {
    }

    /** Writes one paragraph at outline level {@code level} (0 = body text). */
    static void paragraph(XHTMLContentHandler xhtml, String text, int level) throws SAXException {
        if (level >= 1 && level <= 6) {
            xhtml.element("h" + level, text);
        } else if (level > 6) {
            xhtml.startElement("p", "class", "heading-" + level);
            xhtml.characters(text);
            xhtml.endElement("p");
        } else {
            xhtml.element("p", text);
        }
    }
}
