package org.sumcheck.rules.facts;

import org.sumcheck.structure.Located;

/**
 * A phrase from one of the data files' {@code phrases:} lists found in the text.
 *
 * @param list       the list id: {@code <file>.<list>}, e.g. {@code formulation.placeholder-broken}
 * @param match      the words as written
 * @param suggestion the list's right form, or null
 */
public record PhraseHit(String list, String match, String suggestion, int paragraph, int offset, int length)
        implements Located {
}
