package org.sumcheck.extract;

/**
 * One printed line of a PDF page as the text layer (or OCR) gives it.
 *
 * @param page     1-based page number
 * @param text     the line's text, without the line break
 * @param x0       left edge in points, NaN when unknown (OCR text)
 * @param x1       right edge in points, NaN when unknown
 * @param y        baseline from the top of the page in points, NaN when unknown
 * @param fontSize font size in points, NaN when unknown
 */
public record PdfLine(int page, String text, double x0, double x1, double y, double fontSize) {
    /** A line known only by its text (OCR output, tests). */
    public static PdfLine of(int page, String text) {
        return new PdfLine(page, text, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    public boolean hasGeometry() {
        return !Double.isNaN(x0) && !Double.isNaN(x1) && !Double.isNaN(y) && !Double.isNaN(fontSize);
    }

    PdfLine withText(String t) {
        return new PdfLine(page, t, x0, x1, y, fontSize);
    }
}
