package org.sumcheck.structure;

/**
 * A part (section) of the document recognised by meaning: 主要工作, 存在问题, 下一步打算 ….
 *
 * @param id        the part's id in the parts table (problems, next-steps …)
 * @param name      the part's canonical name (存在问题)
 * @param paragraph the paragraph that opens it (its heading), or -1 when the part is implied by body text
 * @param written   the words that named it in the document
 */
public record Part(String id, String name, int paragraph, String written) {
}
