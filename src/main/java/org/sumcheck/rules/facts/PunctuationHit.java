package org.sumcheck.rules.facts;

import java.util.List;
import org.sumcheck.structure.Located;

/**
 * A punctuation problem in Chinese text.
 *
 * @param kind       unbalanced (a paired mark with no partner: the mark itself), halfwidth (, . ; : ? ! typed
 *                   half-width in Chinese text), bracket (half-width ( ) around Chinese text) or doubled (two
 *                   sentence-internal or end marks in a row: 。。 ，， 、、 ，。 ,，)
 * @param match      the mark (or for a bracket pair, the bracketed text) as written
 * @param suggestion the full-width form to write instead, or null (an unbalanced mark)
 * @param count      for halfwidth and bracket: how many in the paragraph (one hit per paragraph); else 1
 * @param others     for halfwidth and bracket: the paragraph's other places
 * @param ocr        the text came from OCR, which writes （ ） as ( )
 */
public record PunctuationHit(Kind kind, String match, String suggestion, int paragraph, int offset, int length,
                             int count, List<Span> others, boolean ocr) implements Located {
    /** One rule each (punctuation.drl). */
    public enum Kind { UNBALANCED, HALFWIDTH, BRACKET, DOUBLED }

    public PunctuationHit {
        others = List.copyOf(others);
    }
}
