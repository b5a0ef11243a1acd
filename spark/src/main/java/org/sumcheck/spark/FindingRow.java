package org.sumcheck.spark;

import java.io.Serializable;

/** One finding as a row: the fields of the CLI's JSON finding, flat (bean for Spark's encoder). */
public class FindingRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String rule;
    private String category;
    private String severity;
    private String message;
    private String messageEn;
    private String match;
    private String excerpt;
    private int paragraph;
    private int page;
    private int offset;
    private int length;
    private String suggestion;
    private boolean ocr;

    public FindingRow() {
    }

    public String getRule() { return rule; }
    public void setRule(String v) { rule = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getSeverity() { return severity; }
    public void setSeverity(String v) { severity = v; }
    public String getMessage() { return message; }
    public void setMessage(String v) { message = v; }
    public String getMessageEn() { return messageEn; }
    public void setMessageEn(String v) { messageEn = v; }
    public String getMatch() { return match; }
    public void setMatch(String v) { match = v; }
    public String getExcerpt() { return excerpt; }
    public void setExcerpt(String v) { excerpt = v; }
    public int getParagraph() { return paragraph; }
    public void setParagraph(int v) { paragraph = v; }
    public int getPage() { return page; }
    public void setPage(int v) { page = v; }
    public int getOffset() { return offset; }
    public void setOffset(int v) { offset = v; }
    public int getLength() { return length; }
    public void setLength(int v) { length = v; }
    public String getSuggestion() { return suggestion; }
    public void setSuggestion(String v) { suggestion = v; }
    public boolean isOcr() { return ocr; }
    public void setOcr(boolean v) { ocr = v; }
}
