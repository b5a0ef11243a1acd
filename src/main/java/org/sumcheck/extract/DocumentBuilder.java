package org.sumcheck.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.sumcheck.document.Paragraph;
import org.sumcheck.document.ErrorCode;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX ContentHandler at the end of every Tika parse: builds the pure model from the XHTML ({@link Xhtml}).
 * A {@code <p>} or {@code <h1>}…{@code <h6>} is a paragraph (inside a table cell too); its page is the
 * {@code <div class="page">} it starts in; paragraphs inside {@code <div class="header">} / {@code "footer"} are kept
 * apart from the body. Past the character limit the parse stops with {@link Stop}. One instance per parse.
 */
final class DocumentBuilder extends DefaultHandler {
    /** Stops a parse from inside Tika with the failure the file should get. */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient ExtractionException failure;

        Stop(ExtractionException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }

        ExtractionException failure() {
            return failure;
        }
    }

    private final long maxChars;
    private final List<Paragraph> body = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private final List<String> footers = new ArrayList<>();
    private final Deque<String> divs = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int pages;
    private int paragraphDepth;
    private int level;
    private int tables;
    private long chars;

    DocumentBuilder(long maxChars) {
        this.maxChars = maxChars;
    }

    List<Paragraph> paragraphs() {
        return List.copyOf(body);
    }

    /** Number of {@code <div class="page">} seen: 0 for formats without pages. */
    int pages() {
        return pages;
    }

    List<String> headers() {
        return List.copyOf(headers);
    }

    List<String> footers() {
        return List.copyOf(footers);
    }

    /** How many tables the document has (their cells' paragraphs are body paragraphs). */
    int tables() {
        return tables;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        switch (local) {
            case "div" -> {
                String cls = atts.getValue("class");
                divs.push(cls == null ? "" : cls);
                if (Xhtml.PAGE.equals(cls)) {
                    pages++;
                }
            }
            case "table" -> tables++;
            case "p", "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (paragraphDepth++ == 0) {
                    text.setLength(0);
                    level = local.charAt(0) == 'h' ? local.charAt(1) - '0' : levelOfClass(atts.getValue("class"));
                }
            }
            default -> {
            }
        }
    }

    private static int levelOfClass(String cls) {
        if (cls != null && cls.startsWith("heading-")) {
            try {
                return Integer.parseInt(cls.substring("heading-".length()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (paragraphDepth > 0) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        switch (local) {
            case "div" -> {
                if (!divs.isEmpty()) {
                    divs.pop();
                }
            }
            case "p", "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (paragraphDepth > 0 && --paragraphDepth == 0) {
                    paragraph(text.toString().strip());
                }
            }
            default -> {
            }
        }
    }

    private void paragraph(String t) throws Stop {
        if (t.isEmpty()) {
            return;
        }
        chars += t.length();
        if (chars > maxChars) {
            throw new Stop(new ExtractionException(ErrorCode.TOO_LARGE, "text more than " + maxChars + " characters"));
        }
        if (divs.contains(Xhtml.HEADER)) {
            headers.add(t);
        } else if (divs.contains(Xhtml.FOOTER)) {
            footers.add(t);
        } else {
            body.add(new Paragraph(body.size(), t, pages, level));
        }
    }
}
