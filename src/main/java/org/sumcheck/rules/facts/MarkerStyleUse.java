package org.sumcheck.rules.facts;

import java.util.List;
import org.sumcheck.structure.Heading;
import org.sumcheck.structure.Located;
import org.sumcheck.structure.MarkerStyle;

/**
 * One marker style as used through the document, at its first heading: an author who types 1、 types it
 * every time, and one finding (with the other places) says so better than twelve.
 *
 * @param first  the first heading written in this style
 * @param count  how many headings are written in it
 * @param others the other headings written in it
 */
public record MarkerStyleUse(MarkerStyle style, Heading first, int count, List<Span> others) implements Located {
    public MarkerStyleUse {
        others = List.copyOf(others);
    }

    /** Written against GB/T 9704 (（一）、, 一., 1、). */
    public boolean nonstandard() {
        return !style.standard();
    }

    @Override
    public int paragraph() {
        return first.paragraph();
    }

    @Override
    public int offset() {
        return first.offset();
    }

    @Override
    public int length() {
        return first.length();
    }
}
