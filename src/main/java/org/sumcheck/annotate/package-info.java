/**
 * Annotated copies for reviewers: Word comments on a .docx ({@link org.sumcheck.annotate.DocxAnnotator}), highlight
 * annotations on a PDF ({@link org.sumcheck.annotate.PdfAnnotator}); {@link org.sumcheck.annotate.Annotators} picks
 * by content. Originals are never written.
 */
package org.sumcheck.annotate;
