package org.sumcheck.report;

import java.util.Objects;
import org.sumcheck.document.Location;

/**
 * A place in another file of the batch (or of the archive given with {@code --against}) that a finding points at:
 * the copied passage's other copy, the submission whose unit a file names. Immutable; no extractor types.
 *
 * @param path       the other file as the report shows it (its display path)
 * @param location   where in that file (paragraph, page, offset and length of the passage); paragraph -1 for a
 *                   reference to the file as a whole (the submission whose unit is named)
 * @param similarity 0–1: how close the two passages are (1 = the same letters and digits); 1 where not a measure
 * @param passage    the other file's text at that place (the shared passage as written there), or "" where none
 * @param archive    the other file is one of the earlier submissions ({@code --against DIR}), not of this batch
 */
public record CrossReference(String path, Location location, double similarity, String passage, boolean archive) {
    public CrossReference {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
        passage = passage == null ? "" : passage;
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be within 0–1: " + similarity);
        }
    }

    /** A reference to another file as a whole (no passage). */
    public static CrossReference toFile(String path, boolean archive) {
        return new CrossReference(path, new Location(-1, 0, 0, 0), 1, "", archive);
    }

    /** True for a reference to the whole file rather than a passage in it. */
    public boolean wholeFile() {
        return location.paragraph() < 0;
    }

    /** The similarity as a whole percentage (0–100), as reports show it. */
    public int percent() {
        return (int) Math.round(similarity * 100);
    }
}
