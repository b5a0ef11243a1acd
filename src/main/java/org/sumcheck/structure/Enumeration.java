package org.sumcheck.structure;

/**
 * One item of an inline enumeration 一是…二是…三是….
 *
 * @param paragraph        its paragraph
 * @param offset           where the marker ("二是") starts in the paragraph
 * @param marker           the marker as written ("二是")
 * @param ordinal          2 for 二是
 * @param previousOrdinal  the ordinal of the item before it in the same passage, 0 when it opens the passage
 * @param samePassageStart true when an earlier item of this passage is in the same paragraph
 */
public record Enumeration(int paragraph, int offset, String marker, int ordinal, int previousOrdinal,
                          boolean samePassageStart) implements Located {
    @Override
    public int length() {
        return marker.length();
    }

    public boolean opensPassage() {
        return previousOrdinal == 0;
    }
}
