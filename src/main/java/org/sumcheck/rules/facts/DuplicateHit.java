package org.sumcheck.rules.facts;

import org.sumcheck.structure.Located;

/**
 * A paragraph or sentence that already occurred earlier in the document; it points back at the first copy.
 *
 * @param kind  paragraph (the whole paragraph repeats one before it) or sentence
 * @param first where the first copy is
 */
public record DuplicateHit(Kind kind, int paragraph, int offset, int length, Span first) implements Located {
    /** A whole paragraph or a sentence repeats; one rule each (duplicate.drl). */
    public enum Kind { PARAGRAPH, SENTENCE }

    /** The first copy's paragraph, numbered from 1 as readers count. */
    public int firstNumber() {
        return first.paragraph() + 1;
    }
}
