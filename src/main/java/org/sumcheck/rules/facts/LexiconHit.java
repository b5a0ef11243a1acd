package org.sumcheck.rules.facts;

import org.sumcheck.structure.Located;

/**
 * A standard formulation of {@code data/lexicon.yaml} written wrong (FORMULATION-012 … 017).
 *
 * @param kind   near-miss (a character wrong, doubled, dropped or swapped), name-dropped, number, synonym,
 *               unquoted or outdated
 * @param term   the lexicon term meant (for outdated: the outdated term itself)
 * @param match  the words as written
 * @param right  what to write instead
 * @param detail what is wrong, for the message: the wrong character(s), the number, the near-synonym …
 * @param fix    the right counterpart of {@code detail} (the right character(s), number or word)
 * @param until  for outdated: the last month (yyyymm) the term was current; else 0
 */
public record LexiconHit(Kind kind, String term, String match, String right, String detail, String fix, int until,
                         int paragraph, int offset, int length) implements Located {
    /** What is wrong (an enum, so a misspelled kind in DRL does not compile). */
    public enum Kind { NEAR_MISS, NAME_DROPPED, NUMBER, SYNONYM, UNQUOTED, OUTDATED }
}
