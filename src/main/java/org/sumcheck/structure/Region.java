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
    BODY,
    /** the closing paragraph: the last substantial body paragraph, when it follows the last heading */
    CLOSING
}
