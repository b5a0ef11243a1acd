package org.sumcheck.rules.facts;

import org.sumcheck.structure.Located;

/** A span of one paragraph. */
public record Span(int paragraph, int offset, int length) implements Located {
}
