package org.sumcheck.structure;

/** Something that points at a span of one paragraph; a finding about it points at the same span. */
public interface Located {
    int paragraph();

    int offset();

    int length();
}
