package org.sumcheck.structure;

/** Where in the document a paragraph sits. */
public enum Region {
    /** the first paragraph */
    TITLE,
    /** paragraphs between the title and the first heading */
    OPENING,
    /** a heading paragraph */
    HEADING,
    /** body text under a heading */
    BODY
}
