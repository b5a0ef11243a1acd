package org.sumcheck.report;

import java.util.List;
import org.sumcheck.document.Note;

/**
 * The outcome for one input file: either checked ({@code ok}, with document info and findings) or
 * {@code failed} with an error. Every input yields exactly one.
 *
 * @param notes things worth telling about the file that are not findings (e.g. "a PDF named .docx")
 */
public record FileResult(String path, DocumentInfo document, List<Finding> findings, FileError error,
                         List<Note> notes) {
    public FileResult {
        findings = List.copyOf(findings == null ? List.of() : findings);
        notes = List.copyOf(notes == null ? List.of() : notes);
        if ((document == null) == (error == null)) {
            throw new IllegalArgumentException("a file result has either a document or an error");
        }
    }

    public static FileResult ok(String path, DocumentInfo document, List<Finding> findings, List<Note> notes) {
        return new FileResult(path, document, findings, null, notes);
    }

    public static FileResult failed(String path, FileError error, List<Note> notes) {
        return new FileResult(path, null, List.of(), error, notes);
    }

    public boolean isOk() {
        return error == null;
    }

    public String status() {
        return isOk() ? "ok" : "failed";
    }

    /** Findings of severity {@code s}, waived ones left out (they are listed apart). */
    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s && !f.isWaived()).count();
    }

    /** The findings a reviewer still has to deal with: all but the waived. */
    public List<Finding> open() {
        return findings.stream().filter(f -> !f.isWaived()).toList();
    }

    public List<Finding> waived() {
        return findings.stream().filter(Finding::isWaived).toList();
    }

    public FileResult withFindings(List<Finding> replaced) {
        return new FileResult(path, document, replaced, error, notes);
    }
}
