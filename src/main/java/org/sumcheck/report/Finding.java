package org.sumcheck.report;

import java.util.List;
import java.util.Objects;
import org.sumcheck.document.Location;

/**
 * One problem found in one document. Holds a message key and arguments, not text: the words are chosen by
 * the renderer's language from the message bundles (Checkstyle style).
 *
 * @param rule       stable rule id, e.g. {@code PLACEHOLDER-001}
 * @param messageKey bundle key of the message, usually {@code <rule>.message}
 * @param args       message arguments, substituted for {0}, {1} …
 * @param match      the offending words exactly as in the text (for a missing section: the part's name)
 * @param excerpt    up to 20 characters either side of the match, from the same paragraph (section: the title)
 * @param suggestion what to write instead, where the rule knows it; null otherwise
 * @param related    where the first copy is (duplicates) or similar back-pointer; null otherwise
 * @param ocr        the paragraph came from OCR, so the finding may be an OCR error
 * @param baseline   null unless a baseline was applied
 * @param occurrences the other places where the same thing occurs, when one finding stands for several
 *                    (a placeholder name repeated through the document is reported once); empty otherwise
 * @param waiver     null unless a reviewer waived the finding (a comment in the document, or sumcheck.yaml): it is
 *                    then reported apart, with the reason and who signed off, and never fails the file
 * @param relatedFiles places in other files of the batch this finding is about (cross-document checks: the other copies
 *                    of a copied passage, the submission whose unit is named), most similar first; empty otherwise
 */
public record Finding(String rule, Category category, Severity severity, String messageKey, List<String> args,
                      String match, String excerpt, Location location, String suggestion, Location related,
                      boolean ocr, BaselineState baseline, List<Location> occurrences, Waiver waiver,
                      List<CrossReference> relatedFiles) {
    public Finding {
        occurrences = List.copyOf(occurrences == null ? List.of() : occurrences);
        relatedFiles = List.copyOf(relatedFiles == null ? List.of() : relatedFiles);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        messageKey = messageKey == null ? rule + ".message" : messageKey;
        args = List.copyOf(args == null ? List.of() : args);
        match = match == null ? "" : match;
        excerpt = excerpt == null ? "" : excerpt;
    }

    public Finding(String rule, Category category, Severity severity, String messageKey, List<String> args,
                   String match, String excerpt, Location location, String suggestion, Location related,
                   boolean ocr, BaselineState baseline, List<Location> occurrences, Waiver waiver) {
        this(rule, category, severity, messageKey, args, match, excerpt, location, suggestion, related, ocr, baseline,
                occurrences, waiver, List.of());
    }

    public Finding(String rule, Category category, Severity severity, String messageKey, List<String> args,
                   String match, String excerpt, Location location, String suggestion, Location related,
                   boolean ocr, BaselineState baseline, List<Location> occurrences) {
        this(rule, category, severity, messageKey, args, match, excerpt, location, suggestion, related, ocr, baseline,
                occurrences, null);
    }

    public Finding(String rule, Category category, Severity severity, String messageKey, List<String> args,
                   String match, String excerpt, Location location, String suggestion, Location related,
                   boolean ocr, BaselineState baseline) {
        this(rule, category, severity, messageKey, args, match, excerpt, location, suggestion, related, ocr, baseline,
                List.of());
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, category, s, messageKey, args, match, excerpt, location, suggestion, related, ocr, baseline, occurrences, waiver, relatedFiles);
    }

    public Finding withBaseline(BaselineState b) {
        return new Finding(rule, category, severity, messageKey, args, match, excerpt, location, suggestion, related, ocr, b, occurrences, waiver, relatedFiles);
    }

    public Finding withWaiver(Waiver w) {
        return new Finding(rule, category, severity, messageKey, args, match, excerpt, location, suggestion, related, ocr, baseline, occurrences, w, relatedFiles);
    }

    public Finding withRelatedFiles(List<CrossReference> refs) {
        return new Finding(rule, category, severity, messageKey, args, match, excerpt, location, suggestion, related, ocr, baseline, occurrences, waiver, refs);
    }

    public boolean isWaived() {
        return waiver != null;
    }

    /** Document order: paragraph, then offset, then rule id. */
    public static final java.util.Comparator<Finding> DOCUMENT_ORDER = java.util.Comparator
            .comparingInt((Finding f) -> f.location().paragraph())
            .thenComparingInt(f -> f.location().offset())
            .thenComparing(Finding::rule);
}
