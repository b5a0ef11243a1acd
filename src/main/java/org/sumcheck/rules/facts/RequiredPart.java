package org.sumcheck.rules.facts;

/**
 * A part the document's kind calls for (parts.yaml's requirements).
 *
 * @param part  the part's id (problems)
 * @param name  its canonical name (存在问题), reported as the finding's match when missing
 * @param level "required" or "recommended"
 */
public record RequiredPart(String part, String name, String level) {
}
