package org.sumcheck.crossdoc;

import org.sumcheck.structure.Located;

/** Fact of CROSS-002: a batch file's text names {@code unit}, the unit of another submission ({@code otherPath}). */
public record ForeignUnit(String path, int paragraph, int page, int offset, int length, String unit, String ownUnit,
                          String otherPath, boolean otherArchive) implements Located {
}
