/**
 * Fixed copies for authors: {@link org.sumcheck.fix.DocxFixer} writes every deterministic suggestion of a .docx as a
 * Word tracked change (the author accepts or rejects each) and every other finding as a comment. Originals are never
 * written; a PDF cannot be fixed.
 */
package org.sumcheck.fix;
