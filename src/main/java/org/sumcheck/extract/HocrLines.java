package org.sumcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives the hOCR that Tika's TesseractOCRParser passes through and keeps each {@code ocr_line} as a
 * {@link PdfLine}: its words joined as Tesseract's text output joins them, its box turned into PDF points (the
 * page was rendered at a known resolution), the line height as its font size. One instance per page.
 */
final class HocrLines extends DefaultHandler {
    private static final Pattern BBOX = Pattern.compile("bbox (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)");
    private static final Pattern X_SIZE = Pattern.compile("x_size ([0-9.]+)");

    private final int page;
    private final double pointsPerPixel;
    private final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder word = new StringBuilder();
    private int depth;
    private int lineDepth = -1;
    private int wordDepth = -1;
    private double[] box;
    private double size;

    HocrLines(int page, double pointsPerPixel) {
        this.page = page;
        this.pointsPerPixel = pointsPerPixel;
    }

    List<PdfLine> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
        depth++;
        String cls = atts.getValue("class");
        if (cls == null) {
            return;
        }
        String title = atts.getValue("title");
        if (lineDepth < 0 && (cls.equals("ocr_line") || cls.equals("ocr_caption") || cls.equals("ocr_textfloat")
                || cls.equals("ocr_header"))) {
            lineDepth = depth;
            line.setLength(0);
            box = bbox(title);
            Matcher m = title == null ? null : X_SIZE.matcher(title);
            size = m != null && m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        } else if (lineDepth >= 0 && cls.equals("ocrx_word")) {
            wordDepth = depth;
            word.setLength(0);
        }
    }

    private static double[] bbox(String title) {
        Matcher m = title == null ? null : BBOX.matcher(title);
        if (m == null || !m.find()) {
            return null;
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
            Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (wordDepth >= 0) {
            word.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (depth == wordDepth) {
            String w = word.toString().strip();
            if (!w.isEmpty()) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(w);
            }
            wordDepth = -1;
        } else if (depth == lineDepth) {
            String t = line.toString().strip();
            if (!t.isEmpty()) {
                lines.add(box == null || Double.isNaN(size) ? PdfLine.of(page, t)
                        : new PdfLine(page, t, box[0] * pointsPerPixel, box[2] * pointsPerPixel,
                                box[3] * pointsPerPixel, size * pointsPerPixel));
            }
            lineDepth = -1;
        }
        depth--;
    }
}
