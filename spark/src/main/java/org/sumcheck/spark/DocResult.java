package org.sumcheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The result row of one input: exactly one per listed file. {@code status} is {@code ok}, {@code failed} (with
 * sumcheck's error code in {@code code}, e.g. {@code corrupt}, {@code not-found}) or {@code skipped} (with the
 * CLI's skip reason in {@code code}, e.g. {@code not-a-document-extension}); {@code reason} says it in words.
 */
public class DocResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private String path;
    private String status;
    private String code;
    private String reason;
    private long bytes = -1;
    private String title;
    private String kind;
    private String format;
    private int pages;
    private int paragraphs;
    private boolean ocr;
    private int errors;
    private int warnings;
    private int infos;
    private List<FindingRow> findings = new ArrayList<>();
    private List<String> notes = new ArrayList<>();
    private long millis;

    public DocResult() {
    }

    public String getPath() { return path; }
    public void setPath(String v) { path = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public long getBytes() { return bytes; }
    public void setBytes(long v) { bytes = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getFormat() { return format; }
    public void setFormat(String v) { format = v; }
    public int getPages() { return pages; }
    public void setPages(int v) { pages = v; }
    public int getParagraphs() { return paragraphs; }
    public void setParagraphs(int v) { paragraphs = v; }
    public boolean isOcr() { return ocr; }
    public void setOcr(boolean v) { ocr = v; }
    public int getErrors() { return errors; }
    public void setErrors(int v) { errors = v; }
    public int getWarnings() { return warnings; }
    public void setWarnings(int v) { warnings = v; }
    public int getInfos() { return infos; }
    public void setInfos(int v) { infos = v; }
    public List<FindingRow> getFindings() { return findings; }
    public void setFindings(List<FindingRow> v) { findings = v; }
    public List<String> getNotes() { return notes; }
    public void setNotes(List<String> v) { notes = v; }
    /** Wall time of this file's check in the task (extraction + rules), for the per-document cost. */
    public long getMillis() { return millis; }
    public void setMillis(long v) { millis = v; }
}
