package org.sumcheck.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.sumcheck.report.Finding;
import org.sumcheck.report.Waiver;

/**
 * Waivers a reviewer wrote into a .docx: a Word comment {@code sumcheck: 忽略 PLACEHOLDER-003（理由）} (or
 * {@code sumcheck: ignore RULE-ID (reason)}; several ids may be listed) waives that rule on the passage the comment
 * covers. A finding is waived when the comment's range overlaps its words, located the way the annotator locates them
 * ({@link Anchors}); a finding about the whole document (a missing part) is waived by such a comment anywhere. The
 * finding stays in the report, marked waived with the reason and the comment's author.
 */
public final class DocumentWaivers {
    private static final Pattern WAIVER = Pattern.compile(
            "^\\s*sumcheck\\s*[:：]\\s*(?:忽略|豁免|ignore|waive)\\s*((?:[A-Za-z]+-\\d+[\\s,，、]*)+)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z]+-\\d+");

    /** One waiver comment: the rules it names, why, who, and the span it covers (paragraph, offset; end exclusive). */
    public record Entry(List<String> rules, String reason, String author, int fromParagraph, int fromOffset,
                        int toParagraph, int toOffset) {
        /** The span overlaps the comment's range; an empty range stands for its whole paragraph. */
        boolean covers(int paragraph, int start, int end) {
            if (fromParagraph == toParagraph && fromOffset >= toOffset) {
                return paragraph == fromParagraph;
            }
            boolean endsAfterFrom = paragraph > fromParagraph || (paragraph == fromParagraph && end > fromOffset);
            boolean startsBeforeTo = paragraph < toParagraph || (paragraph == toParagraph && start < toOffset);
            return endsAfterFrom && startsBeforeTo;
        }
    }

    private DocumentWaivers() {
    }

    /** The rule ids and reason of a comment's text, or null when it is not a waiver. */
    static Map.Entry<List<String>, String> parse(String text) {
        Matcher m = WAIVER.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        Matcher id = RULE_ID.matcher(m.group(1));
        while (id.find()) {
            ids.add(id.group().toUpperCase(java.util.Locale.ROOT));
        }
        String reason = m.group(2).strip();
        if ((reason.startsWith("（") && reason.endsWith("）")) || (reason.startsWith("(") && reason.endsWith(")"))) {
            reason = reason.substring(1, reason.length() - 1).strip();
        }
        reason = reason.replaceFirst("^[:：,，、\\-—]+", "").strip();
        return Map.entry(ids, reason);
    }

    /**
     * Marks the findings that a waiver comment in {@code docx} covers; the others are returned as they are. A file
     * with no comments part is not opened beyond its zip directory.
     */
    public static List<Finding> apply(Path docx, List<Finding> findings) throws IOException {
        if (findings.isEmpty() || !hasComments(docx)) {
            return findings;
        }
        XWPFDocument doc;
        try (InputStream in = Files.newInputStream(docx)) {
            doc = new XWPFDocument(in);
        }
        try (doc) {
            List<XWPFParagraph> paragraphs = DocxAnnotator.bodyParagraphs(doc);
            List<Entry> entries = read(doc, paragraphs);
            if (entries.isEmpty()) {
                return findings;
            }
            List<String> texts = paragraphs.stream().map(p -> RunText.of(p.getCTP()).text()).toList();
            Anchors anchors = texts.isEmpty() ? null : new Anchors(texts);
            List<Finding> out = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                Entry by = null;
                int[] t = anchors == null ? null : anchors.target(f);
                for (Entry e : entries) {
                    if (!e.rules().contains(f.rule())) {
                        continue;
                    }
                    boolean whole = f.location().length() == 0;
                    if (whole || (t != null && t[1] >= 0 && e.covers(t[0], t[1], t[1] + f.match().length()))) {
                        by = e;
                        break;
                    }
                }
                out.add(by == null || f.isWaived() ? f : f.withWaiver(new Waiver(by.reason(), by.author(), Waiver.DOCUMENT)));
            }
            return out;
        }
    }

    private static boolean hasComments(Path docx) {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().startsWith("word/comments") && e.getName().endsWith(".xml"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The waiver comments and the spans their ranges cover, in the offsets of {@link RunText}. */
    static List<Entry> read(XWPFDocument doc, List<XWPFParagraph> paragraphs) {
        Map<String, XWPFComment> waivers = new HashMap<>();
        Map<String, Map.Entry<List<String>, String>> parsed = new HashMap<>();
        if (doc.getDocComments() == null) {
            return List.of();
        }
        for (XWPFComment c : doc.getDocComments().getComments()) {
            Map.Entry<List<String>, String> p = parse(c.getText());
            if (p != null && !p.getKey().isEmpty()) {
                waivers.put(c.getId(), c);
                parsed.put(c.getId(), p);
            }
        }
        if (waivers.isEmpty()) {
            return List.of();
        }
        Map<String, int[]> starts = new HashMap<>();
        Map<String, int[]> ends = new HashMap<>();
        Map<String, int[]> references = new HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            int offset = 0;
            try (XmlCursor c = paragraphs.get(i).getCTP().newCursor()) {
                if (!c.toFirstChild()) {
                    continue;
                }
                do {
                    String name = c.getName().getLocalPart();
                    switch (name) {
                        case "commentRangeStart" -> starts.put(idOf(c), new int[] {i, offset});
                        case "commentRangeEnd" -> ends.put(idOf(c), new int[] {i, offset});
                        case "r" -> {
                            if (c.getObject() instanceof CTR r) {
                                offset += RunText.text(r).length();
                                for (var ref : r.getCommentReferenceList()) {
                                    references.putIfAbsent(ref.getId().toString(), new int[] {i, 0});
                                }
                            }
                        }
                        default -> {
                        }
                    }
                } while (c.toNextSibling());
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, XWPFComment> w : waivers.entrySet()) {
            String id = w.getKey();
            int[] from = starts.get(id);
            int[] to = ends.get(id);
            if (from == null || to == null) {
                int[] ref = references.get(id);
                if (ref == null) {
                    continue; // a comment on nothing in the body (a header, say) waives nothing here
                }
                from = new int[] {ref[0], 0};
                to = new int[] {ref[0], Integer.MAX_VALUE};
            }
            Map.Entry<List<String>, String> p = parsed.get(id);
            entries.add(new Entry(p.getKey(), p.getValue(), w.getValue().getAuthor(), from[0], from[1], to[0], to[1]));
        }
        return entries;
    }

    private static String idOf(XmlCursor c) {
        return c.getAttributeText(new javax.xml.namespace.QName(
                "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "id"));
    }
}
