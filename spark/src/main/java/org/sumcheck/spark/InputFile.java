package org.sumcheck.spark;

import java.io.Serializable;

/**
 * One listed input: where it is, its length as listed (-1 when not known yet, as for manifest lines), and why it
 * is skipped (null when it is to be checked). Only this small row travels to the executors, never file content:
 * a file that vanishes after listing then fails its own row instead of the task (SCALEOUT-NOTES §4).
 */
public class InputFile implements Serializable {
    private static final long serialVersionUID = 1L;

    private String path;
    private long length = -1;
    private String skipReason;

    public InputFile() {
    }

    public InputFile(String path, long length, String skipReason) {
        this.path = path;
        this.length = length;
        this.skipReason = skipReason;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public long getLength() {
        return length;
    }

    public void setLength(long length) {
        this.length = length;
    }

    public String getSkipReason() {
        return skipReason;
    }

    public void setSkipReason(String skipReason) {
        this.skipReason = skipReason;
    }

    @Override
    public String toString() {
        return path + (skipReason == null ? "" : " (" + skipReason + ")");
    }
}
