package org.sumcheck.rules.facts;

import org.sumcheck.structure.Located;

/**
 * A standard enumeration (四个意识, 四个自信, 新发展理念, 五位一体 …) written out with an item dropped, added, out of
 * order, or in an outdated wording (全面建成小康社会 in the 四个全面).
 *
 * @param kind      missing, extra, order or outdated
 * @param name      the enumeration's name (四个意识)
 * @param match     the list as written (for outdated: the outdated item)
 * @param detail    missing: the dropped items; extra: the added items; order/outdated: the item(s) concerned
 * @param canonical the canonical wording (for outdated: the item that replaces it)
 */
public record ListProblem(Kind kind, String name, String match, int paragraph, int offset, int length, String detail,
                          String canonical) implements Located {
    /** What is wrong with the list as written; one rule each (formulation.drl). */
    public enum Kind { MISSING, EXTRA, ORDER, OUTDATED }
}
