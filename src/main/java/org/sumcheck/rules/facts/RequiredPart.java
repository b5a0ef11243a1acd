package org.sumcheck.rules.facts;

/**
 * A part the document's kind calls for (parts.yaml's requirements).
 *
 * @param part  the part's id (problems)
 * @param name  its canonical name (存在问题), reported as the finding's match when missing
 * @param level how strongly the kind calls for it
 */
public record RequiredPart(String part, String name, Level level) {
    /** The levels of parts.yaml's requirements (besides {@code order}); one rule each (section.drl). */
    public enum Level {
        REQUIRED, RECOMMENDED;

        /** The level a parts.yaml key names ({@code required}, {@code recommended}), or null. */
        public static Level of(String key) {
            for (Level l : values()) {
                if (l.name().equalsIgnoreCase(key)) {
                    return l;
                }
            }
            return null;
        }
    }
}
