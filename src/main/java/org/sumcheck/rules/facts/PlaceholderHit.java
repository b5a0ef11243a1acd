package org.sumcheck.rules.facts;

import java.util.List;
import org.sumcheck.structure.Located;

/**
 * Template text never filled in.
 *
 * @param kind   count (XX次: a number to fill in), name (XX, 某某: a name), letter (学A讲话: a lone letter),
 *               bracket (【单位名称】) or blank (____)
 * @param token  the placeholder as written (folded: XXXX is one)
 * @param first  first occurrence of this token among the name placeholders (always true for other kinds)
 * @param count  how many times the same name placeholder occurs in the document (1 for other kinds)
 * @param others the other occurrences of a name placeholder
 */
public record PlaceholderHit(Kind kind, String token, int paragraph, int offset, int length, boolean first,
                             int count, List<Span> others) implements Located {
    /** What was left unfilled; one rule each (placeholder.drl). */
    public enum Kind { COUNT, NAME, LETTER, BRACKET, BLANK }

    public PlaceholderHit {
        others = List.copyOf(others);
    }
}
