package org.sumcheck.crossdoc;

import java.util.List;
import org.sumcheck.report.CrossReference;
import org.sumcheck.structure.Located;

/**
 * Fact of CROSS-001: a passage of a batch file that another submission (or an earlier one) also has, apart from
 * template text. {@code others} most similar first.
 */
public record CopiedPassage(String path, int paragraph, int page, int offset, int length, String text,
                            boolean sentence, List<CrossReference> others) implements Located {
    public CopiedPassage {
        others = List.copyOf(others);
    }

    public double similarity() {
        return others.isEmpty() ? 0 : others.get(0).similarity();
    }

    /** Whether any other copy is in this batch (rather than only in the archive). */
    public boolean inBatch() {
        return others.stream().anyMatch(r -> !r.archive());
    }
}
