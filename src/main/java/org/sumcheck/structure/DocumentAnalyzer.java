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

    private final StructureVocabulary vocabulary;
    private final TitleFinder titles;
    private final HeadingFinder headings;
    private final PartFinder parts;
    private final YearFinder years;

    public DocumentAnalyzer(StructureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.titles = new TitleFinder(vocabulary);
        this.parts = new PartFinder(vocabulary);
        this.headings = new HeadingFinder(parts);
        this.years = new YearFinder(vocabulary);
    }

    public AnalyzedDocument analyze(Document doc) {
        List<Paragraph> ps = doc.paragraphs();
        TitleFinder.Block block = titles.block(ps);
        String title = TitleFinder.title(ps, block);
        DocumentKind titleKind = titles.kindOf(ps, block);
        List<Heading> hs = headings.headings(ps, block.end());
        Heading[] headingAt = new Heading[ps.size()];
        hs.forEach(h -> headingAt[h.paragraph()] = h);
        List<Region> regions = regions(ps, block, headingAt);

        // the title's periods first: a heading naming a later year is about the next period (2024年工作思路)
        PeriodFinder.TitlePeriod titlePeriod = PeriodFinder.fromTitle(titleKind, title,
                years.titleYears(ps, headingAt, regions), vocabulary.planWords());
        PartFinder.PartsFound partsFound = parts.parts(ps, hs, headingAt, regions, titlePeriod::later);
        List<Enumeration> enumerations = EnumerationFinder.enumerations(ps, headingAt, block.end());
        List<YearMention> ys = years.years(ps, headingAt, regions, partsFound.partOf());
        PeriodFinder.Period period = PeriodFinder.period(titleKind, titlePeriod, ys, headingAt, vocabulary);
        return new AnalyzedDocument(doc, title, block.kindLine(), period.kind(), period.reportYear(), period.planYear(),
                period.planYearTo(), period.titleHasYear(), period.endMonth(), hs, enumerations, ys, partsFound.parts(),
                regions, partsFound.partOf(), period.partPlanYear());
    }

    /**
     * Front matter above the title block, the title block, headings, up to three opening paragraphs before the
     * first heading, body, one closing paragraph.
     */
    private static List<Region> regions(List<Paragraph> ps, TitleFinder.Block block, Heading[] headingAt) {
        int n = ps.size();
        List<Region> regions = new ArrayList<>(n);
        boolean seenHeading = false;
        int openingCount = 0;
        for (int i = 0; i < n; i++) {
            if (i < block.start()) {
                regions.add(Region.FRONT);
            } else if (i < block.end()) {
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
        for (int i = n - 1; i > block.end() - 1 && i > 0 && regions.get(i) != Region.HEADING; i--) {
            if (regions.get(i) == Region.BODY && ps.get(i).text().length() >= CLOSING_MIN) {
                regions.set(i, Region.CLOSING);
                break;
            }
        }
        return regions;
    }
}
