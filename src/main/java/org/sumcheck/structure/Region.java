package org.sumcheck.structure;

/** Where in the document a paragraph sits. */
public enum Region {
    /** above the title: a template site's outline or notice, a table of contents (【篇一】…); never title or heading */
    FRONT,
    /** the title block: the line naming the kind, a unit line above it, a subtitle (——在…会议上) below it */
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
