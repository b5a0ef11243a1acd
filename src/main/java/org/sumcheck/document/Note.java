package org.sumcheck.document;

import java.util.List;

/**
 * Something the reader of the report should know about a file that is not a finding (a mislabelled type, OCR),
 * as a message key and its arguments; the words are chosen when the report is rendered. An argument that is
 * itself a message key (a format name, {@code extract.format.pdf}) is put into words in the same language.
 *
 * @param key  bundle key, e.g. {@code extract.note.ocr}; text that is no key is shown as it is
 * @param args the {0}, {1} … of the message
 */
public record Note(String key, List<String> args) {
    public Note {
        args = List.copyOf(args == null ? List.of() : args);
    }

    public static Note of(String key, String... args) {
        return new Note(key, List.of(args));
    }
}
