package org.sumcheck.rules.facts;

import org.sumcheck.structure.Located;

/**
 * A leftover of the template site or of copying.
 *
 * @param kind    marker (##paidbegin##), advert (the advert sentences of one paragraph, as one hit),
 *                contact (a phone or QQ number), url (a web address, domain or e-mail), toc, or template (a
 *                writing instruction, Word placeholder or field code left from the template)
 * @param match   the text as written
 * @param count   for an advert: how many advert signals it holds (words, numbers, addresses); else 1
 * @param signals for an advert: its signals, joined by "、"; else the match
 */
public record ResidueHit(Kind kind, String match, int paragraph, int offset, int length, int count, String signals)
        implements Located {
    /** One rule each (residue.drl). */
    public enum Kind { MARKER, ADVERT, CONTACT, URL, TOC, TEMPLATE }
}
