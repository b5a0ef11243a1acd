package org.sumcheck.crossdoc;

import java.util.List;
import org.sumcheck.check.BatchPass;

/**
 * What the cross pass keeps of one file: its passages (text, place and MinHash band keys), its unit and the places
 * where it names an organisation, its years. A few kilobytes for a usual document, never the document itself.
 *
 * @param submission files with the same submission key are one submission in several formats (seed.docx and
 *                   seed.pdf in one folder): never compared with each other
 */
public record DocSignature(String path, boolean archive, String submission, String unit, List<String> unitAliases,
                           int titleParagraph, int titlePage, String titleText, Integer reportYear, Integer planYear,
                           List<Passage> passages, List<OrgMention> mentions) implements BatchPass.Signature {
    public DocSignature {
        unitAliases = List.copyOf(unitAliases);
        passages = List.copyOf(passages);
        mentions = List.copyOf(mentions);
    }

    /**
     * A paragraph or long sentence compared with the other files.
     *
     * @param bands the MinHash band keys of its compared text (docs/crossdoc.md)
     */
    public record Passage(int paragraph, int page, int offset, int length, String text, boolean sentence, int[] bands) {
    }

    /**
     * Where the text names an organisation: the words up to the end of an organisation word (党委, 局 …), at most
     * {@link CrossPass#MENTION_WINDOW} characters within one sentence.
     *
     * @param end      end of the organisation word in the paragraph
     * @param together the sentence names the other unit on purpose (共建, 交流 …)
     */
    public record OrgMention(int paragraph, int page, int end, String window, boolean together) {
    }
}
