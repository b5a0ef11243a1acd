package org.sumcheck.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.sumcheck.document.Location;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;

/**
 * Writes a copy of a PDF with a highlight annotation over the words of every finding, the message (and suggestion)
 * as its note. The words are found in the page's text layer (PDFBox text positions), whitespace ignored, since the
 * layout puts spaces between Chinese and digits and breaks lines mid-word; a match that wraps gets one quad per
 * line; the other places of a grouped finding are highlighted too, each spot once. A finding with nothing to highlight (a missing part, a scan without text layer, words not found) gets a
 * sticky note at the top of its page instead. The original is never written.
 */
public final class PdfAnnotator {
    private static final PDColor YELLOW = new PDColor(new float[] {1f, 0.92f, 0.23f}, PDDeviceRGB.INSTANCE);

    /** {@code highlights} over the words, {@code notes} sticky notes where there was nothing to highlight. */
    public record Result(int highlights, int notes) {
    }

    private PdfAnnotator() {
    }

    public static Result annotate(Path in, List<Finding> findings, Messages messages, Lang lang, Path out)
            throws IOException {
        Annotations.requireDistinct(in, out);
        byte[] bytes = Files.readAllBytes(in);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                doc.setAllSecurityToBeRemoved(true);
            }
            List<PageText> pages = PageText.read(doc);
            int highlights = 0;
            int notes = 0;
            java.util.Set<String> used = new java.util.HashSet<>();
            List<Finding> places = Annotations.places(findings);
            // the findings with an excerpt pin their own occurrence first; the other places of grouped findings then
            // take the occurrences left, so no spot is highlighted twice for one finding
            java.util.Map<Finding, Hit> hits = new java.util.IdentityHashMap<>();
            for (boolean withExcerpt : new boolean[] {true, false}) {
                for (Finding f : places) {
                    if (f.excerpt().isEmpty() != withExcerpt && f.location().length() > 0) {
                        Hit hit = locate(pages, f, used);
                        if (hit != null) {
                            hits.put(f, hit);
                        }
                    }
                }
            }
            for (Finding f : places) {
                String note = Annotations.noteText(f, messages, lang);
                Hit hit = hits.get(f);
                if (hit != null) {
                    PDPage page = doc.getPage(hit.page());
                    page.getAnnotations().add(highlight(page, hit.positions(), note, f, doc));
                    highlights++;
                } else {
                    int p = Math.min(Math.max(f.location().page(), 1), doc.getNumberOfPages()) - 1;
                    PDPage page = doc.getPage(p);
                    page.getAnnotations().add(stickyNote(page, note, f, notes, doc));
                    notes++;
                }
            }
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".annotate", ".pdf");
            try {
                doc.save(tmp.toFile());
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return new Result(highlights, notes);
        }
    }

    private record Hit(int page, List<TextPosition> positions) {
    }

    /** Occurrences of {@code needle} in {@code text} from {@code from} on, skipping those already highlighted. */
    private static int firstFree(String text, String needle, int from, int page, java.util.Set<String> used) {
        for (int at = text.indexOf(needle, Math.max(0, from)); at >= 0; at = text.indexOf(needle, at + 1)) {
            if (!used.contains(page + ":" + at)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The finding's words: on its page first (then the pages nearest to it), at the occurrence inside the excerpt
     * when the excerpt is found, else the first occurrence.
     */
    private static Hit locate(List<PageText> pages, Finding f, java.util.Set<String> used) {
        String needle = PageText.squeeze(f.match());
        if (needle.isEmpty() || pages.isEmpty()) {
            return null;
        }
        String excerpt = PageText.squeeze(f.excerpt());
        int expected = Math.min(Math.max(f.location().page(), 1), pages.size()) - 1;
        for (int d = 0; d < pages.size(); d++) {
            for (int p : new int[] {expected - d, expected + d}) {
                if (p < 0 || p >= pages.size()) {
                    continue;
                }
                PageText page = pages.get(p);
                int at = -1;
                if (!excerpt.isEmpty()) {
                    // the reported copy: where the excerpt has the match at its own place, not the first copy after it
                    int before = PageText.squeeze(f.excerpt().substring(0, Math.max(0, Anchors.matchInExcerpt(f)))).length();
                    // a repeat that points back at an earlier copy on this page is not that copy: pass it over
                    Location back = f.related();
                    int skip = back != null && back.page() == p + 1 && back.paragraph() < f.location().paragraph() ? 1 : 0;
                    for (int e = page.text().indexOf(excerpt); e >= 0 && at < 0; e = page.text().indexOf(excerpt, e + 1)) {
                        if (page.text().startsWith(needle, e + before) && !used.contains(p + ":" + (e + before))) {
                            if (skip > 0) {
                                skip--;
                            } else {
                                at = e + before;
                            }
                        }
                    }
                    int e = page.text().indexOf(excerpt);
                    if (at < 0 && e >= 0) {
                        at = firstFree(page.text(), needle, e, p, used);
                    }
                }
                if (at < 0) {
                    at = firstFree(page.text(), needle, 0, p, used);
                }
                if (at >= 0) {
                    used.add(p + ":" + at);
                    return new Hit(p, page.positions(at, needle.length()));
                }
            }
        }
        return null;
    }

    private static PDAnnotationHighlight highlight(PDPage page, List<TextPosition> positions, String note, Finding f,
                                                   PDDocument doc) {
        PDRectangle box = page.getCropBox();
        List<float[]> lines = new ArrayList<>();
        float[] cur = null;
        float curBase = Float.NaN;
        for (TextPosition tp : positions) {
            float x0 = tp.getXDirAdj();
            float x1 = x0 + tp.getWidthDirAdj();
            float base = tp.getYDirAdj();
            float h = Math.max(tp.getHeightDir(), tp.getFontSizeInPt() * 0.85f);
            if (cur == null || Math.abs(base - curBase) > h / 2) {
                cur = new float[] {x0, base - h, x1, base + h * 0.2f};
                curBase = base;
                lines.add(cur);
            } else {
                cur[0] = Math.min(cur[0], x0);
                cur[2] = Math.max(cur[2], x1);
                cur[1] = Math.min(cur[1], base - h);
                cur[3] = Math.max(cur[3], base + h * 0.2f);
            }
        }
        float[] quads = new float[lines.size() * 8];
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            float[] l = lines.get(i);
            // text positions count y down from the top of the crop box; PDF user space counts up from its bottom
            float left = box.getLowerLeftX() + l[0];
            float right = box.getLowerLeftX() + l[2];
            float top = box.getUpperRightY() - l[1];
            float bottom = box.getUpperRightY() - l[3];
            System.arraycopy(new float[] {left, top, right, top, left, bottom, right, bottom}, 0, quads, i * 8, 8);
            minX = Math.min(minX, left);
            maxX = Math.max(maxX, right);
            minY = Math.min(minY, bottom);
            maxY = Math.max(maxY, top);
        }
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        h.setRectangle(new PDRectangle(minX, minY, maxX - minX, maxY - minY));
        h.setQuadPoints(quads);
        describe(h, note, f);
        h.constructAppearances(doc);
        return h;
    }

    private static PDAnnotationText stickyNote(PDPage page, String note, Finding f, int n, PDDocument doc) {
        PDRectangle box = page.getCropBox();
        float size = 20;
        float x = box.getLowerLeftX() + 8 + (n % 20) * (size + 4);
        float y = box.getUpperRightY() - 8 - size;
        PDAnnotationText t = new PDAnnotationText();
        t.setName(PDAnnotationText.NAME_COMMENT);
        t.setRectangle(new PDRectangle(x, y, size, size));
        describe(t, note, f);
        t.constructAppearances(doc);
        return t;
    }

    private static void describe(PDAnnotationMarkup a, String note, Finding f) {
        a.setContents(note);
        a.setTitlePopup(DocxAnnotator.AUTHOR);
        a.setSubject(f.rule());
        a.setColor(YELLOW);
        a.setPrinted(true);
    }

    /** A page's text without whitespace, each character tied to its text position. */
    record PageText(String text, List<TextPosition> owners) {
        static String squeeze(String s) {
            return s.replaceAll("\\s+", "");
        }

        List<TextPosition> positions(int start, int length) {
            List<TextPosition> l = new ArrayList<>();
            for (int i = start; i < start + length; i++) {
                TextPosition tp = owners.get(i);
                if (l.isEmpty() || l.get(l.size() - 1) != tp) {
                    l.add(tp);
                }
            }
            return l;
        }

        static List<PageText> read(PDDocument doc) throws IOException {
            // pages without content never reach startPage/endPage: fill by page number
            List<PageText> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(new PageText("", List.of()));
            }
            PDFTextStripper stripper = new PDFTextStripper() {
                private StringBuilder text;
                private List<TextPosition> owners;

                @Override
                protected void startPage(PDPage page) throws IOException {
                    text = new StringBuilder();
                    owners = new ArrayList<>();
                    super.startPage(page);
                }

                @Override
                protected void writeString(String s, List<TextPosition> positions) throws IOException {
                    for (TextPosition tp : positions) {
                        String u = tp.getUnicode();
                        for (int i = 0; u != null && i < u.length(); i++) {
                            if (!Character.isWhitespace(u.charAt(i))) {
                                text.append(u.charAt(i));
                                owners.add(tp);
                            }
                        }
                    }
                }

                @Override
                protected void endPage(PDPage page) throws IOException {
                    pages.set(getCurrentPageNo() - 1, new PageText(text.toString(), List.copyOf(owners)));
                    super.endPage(page);
                }
            };
            stripper.getText(doc);
            return pages;
        }
    }
}
