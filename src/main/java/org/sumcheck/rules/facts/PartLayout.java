package org.sumcheck.rules.facts;

import org.sumcheck.structure.Located;

/**
 * A part named by a heading, with what its position says: whether it comes before a part it should follow
 * (parts.yaml's order for the kind) and whether its heading has nothing under it.
 *
 * @param comesBefore the name of a part it should follow but precedes, or null
 * @param headingOnly the heading is followed directly by a heading of the same or a higher level, or ends the document
 */
public record PartLayout(String part, String name, int paragraph, int length, String comesBefore, boolean headingOnly)
        implements Located {
    @Override
    public int offset() {
        return 0;
    }
}
