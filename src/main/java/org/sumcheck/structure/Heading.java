package org.sumcheck.structure;

/**
 * A numbered (or styled) heading, standalone or run-in ("（一）加强支委班子建设。" followed by body text).
 *
 * @param paragraph       index of its paragraph
 * @param level           1 = 一、, 2 = （一）, 3 = 1., 4 = （1）, 5 = ①, from the marker; for an unnumbered
 *                        heading, 0 when it names a part (存在问题: numbering restarts under it), else the Word style level
 * @param style           how the marker is written
 * @param marker          the marker as written ("（三）"), empty for a style-only heading
 * @param number          the number the marker says (3 for （三）), 0 when there is none
 * @param title           the heading's own words without the marker (up to the first 。 for a run-in heading)
 * @param runIn           body text follows the heading in the same paragraph
 * @param parent          paragraph index of the enclosing heading, or -1 at the top
 * @param parentLevel     level of the enclosing heading, or 0 at the top
 * @param previousNumber  the number of the previous heading of the same level under the same parent, 0 if first
 * @param previousStyle   that previous sibling's marker style, or null if first
 * @param position        1-based place among the numbered headings of the same level under the same parent
 *                        (0 for an unnumbered one): where a number breaks the run but matches its place, the
 *                        break was the sibling's before it, and is reported there only
 * @param groupStyle      the dominant marker style of its sibling group (null for an unnumbered heading): the
 *                        marker that breaks it is the group's one odd marker
 */
public record Heading(int paragraph, int level, MarkerStyle style, String marker, int number, String title,
                      boolean runIn, int parent, int parentLevel, int previousNumber,
                      MarkerStyle previousStyle, int position, MarkerStyle groupStyle) implements Located {

    public Heading withGroupStyle(MarkerStyle style) {
        return new Heading(paragraph, level, this.style, marker, number, title, runIn, parent, parentLevel,
                previousNumber, previousStyle, position, style);
    }

    /** A non-standard marker among siblings mostly written otherwise (1. 2、 3.: the 2、). */
    public boolean oddNonstandard() {
        return breaksGroupStyle() && !style.standard();
    }

    /** Its marker's style is not the one its siblings mostly use. */
    public boolean breaksGroupStyle() {
        return groupStyle != null && style != groupStyle;
    }

    /** The marker (or, for a style-only heading, its title). */
    @Override
    public int offset() {
        return 0;
    }

    @Override
    public int length() {
        return marker.isEmpty() ? title.length() : marker.length();
    }

    /** The standard GB/T 9704 marker for this heading's level and the given number (（二）, 2.). */
    public String standardMarker(int n) {
        return switch (level) {
            case 1 -> ChineseNumerals.format(n) + "、";
            case 2 -> "（" + ChineseNumerals.format(n) + "）";
            case 3 -> n + ".";
            case 4 -> "（" + n + "）";
            default -> marker;
        };
    }

    public boolean numbered() {
        return number > 0;
    }

    /** The number is the one its place calls for (the fourth heading is （四）). */
    public boolean inPlace() {
        return number == position;
    }

    public boolean first() {
        return previousNumber == 0;
    }

    /** The number this heading should carry after its previous sibling. */
    public int expectedNumber() {
        return previousNumber + 1;
    }
}
