package org.sumcheck.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.sumcheck.document.Paragraph;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects body paragraphs from Tika's XHTML events: one per p / h1–h6 / li / td block, heading level from hN.
 * Content inside headers, footers, comments, footnotes and embedded documents is skipped: it is not body text.
 */
final class BodyTextHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "div", "title");
    private static final Set<String> NOT_BODY = Set.of("header", "footer", "comment", "comments", "annotation",
            "footnote", "footnotes", "endnote", "endnotes", "embedded", "package-entry", "ocr-skip");

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Deque<Boolean> skipping = new ArrayDeque<>();
    private int skipDepth;
    private int level;
    private boolean inHead;

    List<Paragraph> paragraphs() {
        flush();
        return List.copyOf(paragraphs);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            inHead = true;
        }
        String cls = atts.getValue("class");
        boolean skip = cls != null && NOT_BODY.contains(cls.strip().toLowerCase(java.util.Locale.ROOT));
        skipping.push(skip);
        if (skip) {
            skipDepth++;
        }
        if (BLOCKS.contains(name) || name.equals("br")) {
            flush();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                level = name.charAt(1) - '0';
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (BLOCKS.contains(name)) {
            flush();
        }
        if (name.equals("head")) {
            inHead = false;
        }
        if (!skipping.isEmpty() && skipping.pop()) {
            skipDepth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth == 0 && !inHead) {
            text.append(ch, start, length);
        }
    }

    private void flush() {
        for (String line : text.toString().split("\\R")) {
            String t = line.replace('\t', ' ').strip();
            if (!t.isEmpty()) {
                paragraphs.add(new Paragraph(paragraphs.size(), t, 0, level));
            }
        }
        text.setLength(0);
        level = 0;
    }
}
