package org.sumcheck.rules.facts;

/**
 * A part the document's kind calls for (parts.yaml's requirements).
 *
 * @param part  the part's id (problems)
 * @param name  its canonical name (存在问题), reported as the finding's match when missing
 * @param level how strongly the kind calls for it
 */
public record RequiredPart(String part, String name, Level level) {
    /** How strongly the kind calls for the part (kinds.yaml); one rule each (section.drl). */
    public enum Level { REQUIRED, RECOMMENDED }
}
