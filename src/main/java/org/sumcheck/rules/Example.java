package org.sumcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's example: document text (one paragraph a line; the first line is the title) in which a wrong
 * example marks each span its rule must report as {@code <marker>…</marker>}. A finding with no span (a
 * missing section) is expected through {@code match} instead.
 *
 * @param source the text as written in the metadata, markers included
 * @param match  for findings with no span: the expected match (e.g. the missing part's name); else null
 */
public record Example(String source, String match) {
    private static final Pattern MARKER = Pattern.compile("<marker>(.*?)</marker>");

    /** A line that separates the documents of a batch example (cross-document rules). */
    public static final String DOCUMENT_SEPARATOR = "---";

    /**
     * The documents of the example: one, or for a batch example (cross-document rules) those separated by a line
     * {@value #DOCUMENT_SEPARATOR}, each with its own title line and markers.
     */
    public List<Example> documents() {
        List<Example> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : source.split("\\R", -1)) {
            if (line.strip().equals(DOCUMENT_SEPARATOR)) {
                out.add(new Example(current.toString(), match));
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        out.add(new Example(current.toString(), match));
        return out.size() == 1 ? List.of(this) : List.copyOf(out);
    }

    /** The text with the markers removed. */
    public String text() {
        return MARKER.matcher(source).replaceAll("$1");
    }

    /** A marked span: paragraph index (among non-blank lines), offset, and the text. */
    public record Span(int paragraph, int offset, String text) {
    }

    public List<Span> spans() {
        List<Span> out = new ArrayList<>();
        int paragraph = 0;
        for (String line : source.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            Matcher m = MARKER.matcher(t);
            int removed = 0;
            while (m.find()) {
                out.add(new Span(paragraph, m.start() - removed, m.group(1)));
                removed += "<marker></marker>".length();
            }
            paragraph++;
        }
        return out;
    }
}
