package org.sumcheck.fix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.sumcheck.annotate.Anchors;
import org.sumcheck.annotate.Annotations;
import org.sumcheck.annotate.DocxAnnotator;
import org.sumcheck.report.Category;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Lang;
import org.sumcheck.report.Messages;

/**
 * Writes a copy of a .docx in which every finding with a deterministic suggestion (a heading number, a canonical
 * formulation, a punctuation mark, a year) is a Word tracked change: the words deleted ({@code w:del}) and the
 * suggestion inserted ({@code w:ins}), author "sumcheck", dated. Every other finding (a placeholder to fill in, a
 * missing part, a change whose words sit in a field or in automatic numbering) becomes a comment, as the annotator
 * writes them. Each place of a grouped finding is changed. Offsets are found as the annotator finds them
 * ({@link Anchors}); changes to one paragraph are made from its end backwards so earlier offsets stay valid; two
 * changes that overlap keep the first, the other becomes a comment. The original is read into memory, never written.
 */
public final class DocxFixer {
    /** Categories whose suggestion is the replacement text itself (others advise, e.g. 填写实际次数). */
    public static final Set<Category> DETERMINISTIC = EnumSet.of(Category.NUMBERING, Category.FORMULATION,
            Category.PUNCTUATION, Category.YEAR);

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName DEL = new QName(W, "del", "w");
    private static final QName INS = new QName(W, "ins", "w");

    /** {@code changes} tracked changes and {@code comments} comments written. */
    public record Result(int changes, int comments) {
    }

    private DocxFixer() {
    }

    /** True when the finding's suggestion replaces its words as it stands. */
    public static boolean deterministic(Finding f) {
        return DETERMINISTIC.contains(f.category()) && f.suggestion() != null && !f.suggestion().isBlank()
                && f.location().length() > 0 && !f.match().isEmpty() && !f.suggestion().equals(f.match());
    }

    /**
     * @param rules only findings of these rule ids (empty: all)
     * @param when  the date written on every change (Word shows it)
     */
    public static Result fix(Path in, List<Finding> findings, Set<String> rules, Messages messages, Lang lang,
                             Path out, Instant when) throws IOException {
        Annotations.requireDistinct(in, out);
        XWPFDocument doc;
        try (InputStream is = Files.newInputStream(in)) {
            doc = new XWPFDocument(is);
        }
        try (doc) {
            List<XWPFParagraph> paragraphs = DocxAnnotator.bodyParagraphs(doc);
            if (paragraphs.isEmpty()) {
                paragraphs = List.of(doc.createParagraph());
            }
            List<String> texts = paragraphs.stream().map(DocxAnnotator::text).toList();
            List<Finding> places = Annotations.places(findings).stream()
                    .filter(f -> rules.isEmpty() || rules.contains(f.rule())).toList();
            Anchors anchors = new Anchors(texts);
            Map<Finding, int[]> targets = new IdentityHashMap<>();
            for (boolean withExcerpt : new boolean[] {true, false}) {
                for (Finding f : places) {
                    if (f.excerpt().isEmpty() != withExcerpt) {
                        targets.put(f, anchors.target(f));
                    }
                }
            }
            // a change needs its words found in the runs, and no other change on them
            List<Edit> changes = new ArrayList<>();
            List<Finding> noted = new ArrayList<>();
            for (Finding f : places) {
                int[] t = targets.get(f);
                Edit e = new Edit(f, t[0], t[1], t[1] + f.match().length());
                if (deterministic(f) && t[1] >= 0 && changes.stream().noneMatch(e::overlaps)) {
                    changes.add(e);
                } else {
                    noted.add(f);
                }
            }
            XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
            BigInteger nextId = DocxAnnotator.nextId(comments);
            int commentCount = 0;
            for (Finding f : noted) {
                int[] t = targets.get(f);
                String id = nextId.toString();
                nextId = nextId.add(BigInteger.ONE);
                DocxAnnotator.comment(comments, new BigInteger(id), f, messages, lang);
                CTP ctp = paragraphs.get(t[0]).getCTP();
                DocxAnnotator.wrap(ctp, t[1] >= 0 ? new int[] {t[1], t[1] + f.match().length()} : null, id);
                commentCount++;
            }
            // revision ids share no space with comment ids in Word, but other tools are stricter: keep them apart
            BigInteger changeId = nextId.add(BigInteger.valueOf(1000));
            Calendar date = GregorianCalendar.from(when.atZone(TimeZone.getTimeZone("UTC").toZoneId()));
            int changeCount = 0;
            changes.sort(Comparator.comparingInt(Edit::paragraph).thenComparing(Edit::start, Comparator.reverseOrder()));
            for (Edit e : changes) {
                CTP ctp = paragraphs.get(e.paragraph()).getCTP();
                List<CTR> runs = DocxAnnotator.isolate(ctp, e.start(), e.end());
                if (runs == null) {
                    // the words are inside a field or a drawing: say it in a comment rather than break the run
                    String id = nextId.toString();
                    nextId = nextId.add(BigInteger.ONE);
                    DocxAnnotator.comment(comments, new BigInteger(id), e.finding(), messages, lang);
                    DocxAnnotator.wrap(ctp, null, id);
                    commentCount++;
                    continue;
                }
                track(runs, e.finding().suggestion(), changeId, date);
                changeId = changeId.add(BigInteger.TWO);
                changeCount++;
            }
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".fix", ".docx");
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    doc.write(os);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return new Result(changeCount, commentCount);
        }
    }

    private record Edit(Finding finding, int paragraph, int start, int end) {
        boolean overlaps(Edit o) {
            return paragraph == o.paragraph && start < o.end && o.start < end;
        }
    }

    /**
     * Replaces {@code runs} (adjacent direct runs of one paragraph) by {@code <w:del>} holding them as deleted text
     * and {@code <w:ins>} holding the suggestion, formatted as the first of them.
     */
    private static void track(List<CTR> runs, String replacement, BigInteger id, Calendar date) {
        CTR first = runs.get(0);
        CTRunTrackChange del;
        CTRunTrackChange ins;
        try (XmlCursor c = first.newCursor()) {
            c.beginElement(DEL);
            c.toParent();
            del = (CTRunTrackChange) c.getObject();
        }
        try (XmlCursor c = first.newCursor()) {
            c.beginElement(INS);
            c.toParent();
            ins = (CTRunTrackChange) c.getObject();
        }
        describe(del, id, date);
        describe(ins, id.add(BigInteger.ONE), date);
        for (CTR r : runs) {
            CTR d = del.addNewR();
            if (r.isSetRPr()) {
                d.setRPr(r.getRPr());
            }
            StringBuilder text = new StringBuilder();
            for (CTText t : r.getTList()) {
                text.append(t.getStringValue());
            }
            preserve(d.addNewDelText(), text.toString());
        }
        CTR n = ins.addNewR();
        if (first.isSetRPr()) {
            n.setRPr(first.getRPr());
        }
        preserve(n.addNewT(), replacement);
        for (CTR r : runs) {
            try (XmlCursor c = r.newCursor()) {
                c.removeXml();
            }
        }
    }

    private static void describe(CTRunTrackChange change, BigInteger id, Calendar date) {
        change.setId(id);
        change.setAuthor(DocxAnnotator.AUTHOR);
        change.setDate(date);
    }

    private static void preserve(CTText t, String text) {
        t.setStringValue(text);
        try (XmlCursor c = t.newCursor()) {
            c.toNextToken();
            c.insertAttributeWithValue(new QName("http://www.w3.org/XML/1998/namespace", "space", "xml"), "preserve");
        }
    }
}
