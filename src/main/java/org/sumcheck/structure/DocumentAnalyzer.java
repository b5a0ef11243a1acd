package org.sumcheck.structure;

import java.util.ArrayList;
import java.util.List;
import org.sumcheck.document.Document;
import org.sumcheck.document.Paragraph;

/**
 * Recognises a document's structure from its text (most authors type numbering by hand): title, kind and
 * years, GB/T 9704 headings with their numbering, 一是…二是… enumerations, year mentions and parts. Each is
 * found by its own finder ({@link TitleFinder}, {@link HeadingFinder}, {@link PartFinder},
 * {@link EnumerationFinder}, {@link YearFinder}, {@link PeriodFinder}); this class lays out the regions and puts
 * the pieces together. Immutable and thread-safe; one instance serves every worker. Linear in the document's length.
 */
public final class DocumentAnalyzer {
    private static final int OPENING_MAX = 3;
    /** A closing paragraph has at least this many characters (not a stray "##paidend##" or a signature). */
    private static final int CLOSING_MIN = 30;

    private final TitleFinder titles;
    private final HeadingFinder headings;
    private final PartFinder parts;
    private final YearFinder years;

    public DocumentAnalyzer(StructureVocabulary vocabulary) {
        this.titles = new TitleFinder(vocabulary);
        this.headings = new HeadingFinder(vocabulary);
        this.parts = new PartFinder(vocabulary);
        this.years = new YearFinder(vocabulary);
    }

    public AnalyzedDocument analyze(Document doc) {
        List<Paragraph> ps = doc.paragraphs();
        int titleLines = titles.titleLines(ps);
        String title = TitleFinder.title(ps, titleLines);
        List<Heading> hs = headings.headings(ps, titleLines);
        Heading[] headingAt = new Heading[ps.size()];
        hs.forEach(h -> headingAt[h.paragraph()] = h);
        List<Region> regions = regions(ps, titleLines, headingAt);

        PartFinder.PartsFound partsFound = parts.parts(ps, hs, headingAt, regions);
        List<Enumeration> enumerations = EnumerationFinder.enumerations(ps, headingAt, titleLines);
        List<YearMention> ys = years.years(ps, headingAt, regions, partsFound.partOf());
        PeriodFinder.Period period = PeriodFinder.period(titles.kindOf(title), title, ys, headingAt);
        return new AnalyzedDocument(doc, title, titleLines - 1, period.kind(), period.reportYear(), period.planYear(),
                period.titleHasYear(), period.endMonth(), hs, enumerations, ys, partsFound.parts(), regions,
                partsFound.partOf());
    }

    /** Title lines, headings, up to three opening paragraphs before the first heading, body, one closing paragraph. */
    private static List<Region> regions(List<Paragraph> ps, int titleLines, Heading[] headingAt) {
        int n = ps.size();
        List<Region> regions = new ArrayList<>(n);
        boolean seenHeading = false;
        int openingCount = 0;
        for (int i = 0; i < n; i++) {
            if (i < titleLines) {
                regions.add(Region.TITLE);
            } else if (headingAt[i] != null) {
                seenHeading = true;
                regions.add(Region.HEADING);
            } else if (!seenHeading && openingCount < OPENING_MAX) {
                openingCount++;
                regions.add(Region.OPENING);
            } else {
                regions.add(Region.BODY);
            }
        }
        for (int i = n - 1; i > 0 && regions.get(i) != Region.HEADING; i--) {
            if (regions.get(i) == Region.BODY && ps.get(i).text().length() >= CLOSING_MIN) {
                regions.set(i, Region.CLOSING);
                break;
            }
        }
        return regions;
    }
}
