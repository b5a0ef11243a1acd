package org.sumcheck.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text layer of a PDF as printed lines with their geometry (PDFBox), the input of
 * {@link PdfParagraphBuilder}. One instance per document (PDFTextStripper is stateful).
 */
final class PdfTextLayer extends PDFTextStripper {
    /** Thrown from inside PDFBox when the extracted text passes the character limit. */
    static final class TooMuchText extends IOException {
        TooMuchText(long limit) {
            super("more than " + limit + " characters");
        }
    }

    private final long maxChars;
    private final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private double x0 = Double.NaN;
    private double x1 = Double.NaN;
    private double y = Double.NaN;
    private double fontSize = Double.NaN;
    private long chars;

    private PdfTextLayer(long maxChars) throws IOException {
        this.maxChars = maxChars;
        setSortByPosition(true);
        setLineSeparator("\n");
        setWordSeparator(" ");
    }

    /** All lines of all pages, in reading order. */
    static List<PdfLine> read(PDDocument doc, long maxChars) throws IOException {
        PdfTextLayer layer = new PdfTextLayer(maxChars);
        layer.getText(doc);
        return List.copyOf(layer.lines);
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
        if (!positions.isEmpty()) {
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            if (Double.isNaN(x0)) {
                x0 = first.getXDirAdj();
                y = first.getYDirAdj();
                fontSize = first.getFontSizeInPt();
            }
            double end = last.getXDirAdj() + last.getWidthDirAdj();
            x1 = Double.isNaN(x1) ? end : Math.max(x1, end);
        }
        text.append(s);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        flushLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        flushLine();
        if (Thread.currentThread().isInterrupted()) {
            throw new java.io.InterruptedIOException("extraction abandoned");
        }
    }

    private void flushLine() throws IOException {
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            chars += t.length();
            if (chars > maxChars) {
                throw new TooMuchText(maxChars);
            }
            lines.add(new PdfLine(getCurrentPageNo(), t, x0, x1, y, fontSize));
        }
        text.setLength(0);
        x0 = x1 = y = fontSize = Double.NaN;
    }
}
