package org.sumcheck.document;

/** What a file turned out to be, by its content (not its name). */
public enum SourceFormat {
    DOCX, DOC, PDF, TEXT, OTHER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
