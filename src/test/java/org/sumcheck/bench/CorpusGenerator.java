package org.sumcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.sumcheck.report.Category;
import org.sumcheck.structure.ChineseNumerals;
import org.sumcheck.testkit.FixtureWriter;
import org.sumcheck.testkit.PdfFixture;

/**
 * Writes a deterministic corpus of realistic work documents for the benchmark: titles such as
 * 2023年度党建工作总结和2024年工作打算, sections numbered 一、 and （一）, body paragraphs assembled from the
 * {@link PhraseBank}, about three printed pages each, and a few injected defects per document (XX次 placeholders,
 * numbering gaps, ##paidbegin## residue, year contradictions), as .docx and .pdf.
 *
 * <p>Document {@code i} depends only on the seed and {@code i}, so a corpus of 5,000 starts with the corpus of
 * 1,000. Files go in folders of {@value #PART_SIZE} ({@code part-0/doc00000.docx} …) so that the first folder
 * is the 1,000-document batch and the whole tree the 5,000 one. A {@code manifest.csv} beside them lists each
 * file's kind, length and injected defects.
 *
 * <p>Command line: {@code CorpusGenerator --out DIR [--count N] [--seed S] [--pdf-percent P]}.
 */
public final class CorpusGenerator {
    public static final int PART_SIZE = 1000;
    public static final long DEFAULT_SEED = 20231231L;

    /** One defect put into a document on purpose: its category and an exact substring around it. */
    public record Defect(Category category, String key) {
    }

    /** One generated document: its spec lines (see {@code FixtureSpec}), format and defects. */
    public record Generated(int index, String kind, String title, List<String> lines, boolean pdf, boolean wordNumbering,
                            List<Defect> defects) {
        public int characters() {
            return lines.stream().mapToInt(String::length).sum();
        }

        public String fileName() {
            return String.format("doc%05d.%s", index, pdf ? "pdf" : "docx");
        }
    }

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        int count = 1000;
        long seed = DEFAULT_SEED;
        int pdfPercent = 30;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--pdf-percent" -> pdfPercent = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--out DIR [--count N] [--seed S] [--pdf-percent P])");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        long t0 = System.nanoTime();
        int written = write(out, count, seed, pdfPercent);
        System.err.printf("corpus: %d documents in %s (%d written now, %.1f s)%n", count, out, written,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Writes documents 0 … count-1 under {@code dir}, skipping files already there from the same seed (the stamp
     * file {@code corpus.stamp} records it), and rewrites manifest.csv. Returns how many files were written.
     */
    public static int write(Path dir, int count, long seed, int pdfPercent) throws IOException {
        Files.createDirectories(dir);
        Path stamp = dir.resolve("corpus.stamp");
        String want = "seed=" + seed + " pdf-percent=" + pdfPercent + " generator=1";
        boolean reuse = Files.exists(stamp) && Files.readString(stamp).strip().equals(want);
        Files.writeString(stamp, want + "\n");
        List<Generated> docs = IntStream.range(0, count).mapToObj(i -> generate(seed, i, pdfPercent)).toList();
        int written = (int) docs.parallelStream().filter(d -> {
            Path file = pathOf(dir, d);
            if (reuse && Files.exists(file)) {
                return false;
            }
            writeFile(file, d);
            return true;
        }).count();
        List<String> manifest = new ArrayList<>();
        manifest.add("file,kind,characters,defects");
        for (Generated d : docs) {
            StringBuilder defects = new StringBuilder();
            for (Defect x : d.defects()) {
                defects.append(defects.length() == 0 ? "" : ";").append(x.category().id()).append(':').append(x.key());
            }
            manifest.add(dir.relativize(pathOf(dir, d)) + "," + d.kind() + "," + d.characters() + "," + defects);
        }
        Files.write(dir.resolve("manifest.csv"), manifest, StandardCharsets.UTF_8);
        return written;
    }

    public static Path pathOf(Path dir, Generated d) {
        return dir.resolve("part-" + d.index() / PART_SIZE).resolve(d.fileName());
    }

    /** Writes one document as .docx or .pdf. */
    public static void writeFile(Path file, Generated d) {
        try {
            Files.createDirectories(file.getParent());
            if (d.pdf()) {
                FixtureWriter.writePdf(file, d.lines(), PdfFixture.Options.DEFAULT);
            } else {
                FixtureWriter.writeDocx(file, d.lines(), FixtureWriter.DocxOptions.PLAIN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document {@code index} of the corpus with this seed. */
    public static Generated generate(long seed, int index, int pdfPercent) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + index);
        boolean pdf = rnd.nextInt(100) < pdfPercent;
        return new DocumentPlan(rnd, index, pdf).build();
    }

    /** Assembles one document from the phrase bank and decides its defects. */
    private static final class DocumentPlan {
        private final SplittableRandom rnd;
        private final int index;
        private final boolean pdf;
        private final List<String> lines = new ArrayList<>();
        private final List<Defect> defects = new ArrayList<>();
        private final int year;
        private final String org;
        private boolean wantPlaceholder;
        private boolean wantGap;
        private boolean wantResidue;
        private boolean wantYear;
        /** Word's automatic numbering on the 一、/（一） headings instead of typed markers (no gap possible then). */
        private final boolean wordNumbering;

        DocumentPlan(SplittableRandom rnd, int index, boolean pdf) {
            this.rnd = rnd;
            this.index = index;
            this.pdf = pdf;
            this.year = 2019 + rnd.nextInt(6);
            this.org = PhraseBank.pick(rnd, PhraseBank.ORGS);
            this.wordNumbering = !pdf && rnd.nextInt(100) < 15;
            // about four documents in five carry at least one defect
            this.wantPlaceholder = rnd.nextInt(100) < 45;
            this.wantGap = !wordNumbering && rnd.nextInt(100) < 30;
            this.wantResidue = rnd.nextInt(100) < 20;
            this.wantYear = rnd.nextInt(100) < 25;
        }

        Generated build() {
            String kind = PhraseBank.pick(rnd, new String[] {"summary", "summary", "summary+plan", "summary+plan",
                    "duty-report", "half-year", "plan"});
            String title = switch (kind) {
                case "summary" -> org + year + "年度党建工作总结";
                case "summary+plan" -> year + "年党建工作总结和" + (year + 1) + "年工作打算";
                case "duty-report" -> org + "书记" + year + "年度抓基层党建工作述职报告";
                case "half-year" -> org + year + "年上半年党建工作总结";
                default -> org + (year + 1) + "年党建工作要点";
            };
            lines.add("# " + title);
            if (!kind.equals("summary+plan")) {
                lines.add("");
            } else {
                lines.add(org);
            }
            preface(kind);
            List<String[]> sections = sections(kind);
            int residueAt = wantResidue ? rnd.nextInt(sections.size()) : -1;
            for (int s = 0; s < sections.size(); s++) {
                String[] sec = sections.get(s);
                heading(1, s + 1, sec[0]);
                switch (sec[1]) {
                    case "work" -> workSection(sec[0]);
                    case "problems" -> problems();
                    case "reasons" -> reasons();
                    case "next" -> nextSteps(kind);
                    default -> workSection(sec[0]);
                }
                if (s == residueAt) {
                    String residue = PhraseBank.pick(rnd, PhraseBank.RESIDUE);
                    lines.add(residue);
                    defects.add(new Defect(Category.RESIDUE, "##paidbegin##"));
                    wantResidue = false;
                }
            }
            lines.add("");
            lines.add(org);
            lines.add((kind.equals("plan") ? year : kind.equals("half-year") ? year : year + 1) + "年"
                    + (kind.equals("half-year") ? 7 : 1 + rnd.nextInt(2)) + "月" + (1 + rnd.nextInt(28)) + "日");
            return new Generated(index, kind, title, List.copyOf(lines), pdf, wordNumbering, List.copyOf(defects));
        }

        private void preface(String kind) {
            String period = kind.equals("half-year") ? year + "年上半年" : year + "年";
            String reported = period;
            if (wantYear && !kind.equals("plan")) {
                reported = (year - 1) + "年";
                defects.add(new Defect(Category.YEAR, "现将" + reported));
                wantYear = false;
            }
            String p = switch (kind) {
                case "plan" -> (year + 1) + "年是" + PhraseBank.pick(rnd, PhraseBank.YEAR_MEANING)
                        + "。为做好全年党建工作，结合" + org + "实际，制定本工作要点。";
                case "duty-report" -> period + "，本人认真履行党建工作第一责任人职责，" + PhraseBank.sentence(rnd)
                        + "现将" + reported + "抓基层党建工作情况报告如下。";
                default -> period + "，" + org + "在上级党组织的坚强领导下，" + PhraseBank.sentence(rnd)
                        + PhraseBank.sentence(rnd) + "现将" + reported + "工作总结如下。";
            };
            lines.add(p);
        }

        private List<String[]> sections(String kind) {
            List<String[]> out = new ArrayList<>();
            switch (kind) {
                case "duty-report" -> {
                    out.add(new String[] {"履职情况", "work"});
                    out.add(new String[] {"存在问题", "problems"});
                    out.add(new String[] {"原因分析", "reasons"});
                    out.add(new String[] {"下一步工作思路", "next"});
                }
                case "plan" -> {
                    out.add(new String[] {"总体要求", "guide"});
                    out.add(new String[] {"重点任务", "work"});
                    out.add(new String[] {"主要措施", "work"});
                    out.add(new String[] {"保障措施", "guide"});
                }
                default -> {
                    List<String> topics = new ArrayList<>(List.of(PhraseBank.TOPIC_HEADINGS));
                    int n = 2 + rnd.nextInt(2);
                    for (int i = 0; i < n; i++) {
                        out.add(new String[] {topics.remove(rnd.nextInt(topics.size())), "work"});
                    }
                    out.add(new String[] {PhraseBank.pick(rnd, PhraseBank.PROBLEM_HEADINGS), "problems"});
                    out.add(new String[] {kind.equals("summary+plan") ? (year + 1) + "年工作打算"
                            : PhraseBank.pick(rnd, PhraseBank.NEXT_HEADINGS), "next"});
                }
            }
            return out;
        }

        private void heading(int level, int number, String text) {
            if (wordNumbering) {
                lines.add("[" + level + "] " + text);
            } else if (level == 1) {
                lines.add(ChineseNumerals.format(number) + "、" + text);
            } else {
                lines.add("（" + ChineseNumerals.format(number) + "）" + text);
            }
        }

        private void workSection(String name) {
            int subs = (name.equals("履职情况") ? 4 : 2) + rnd.nextInt(3);
            int gapAt = wantGap && subs >= 3 ? 1 + rnd.nextInt(subs - 1) : -1;
            List<String> used = new ArrayList<>();
            for (int i = 1; i <= subs; i++) {
                String sub = PhraseBank.pick(rnd, PhraseBank.SUBHEADINGS);
                while (used.contains(sub)) {
                    sub = PhraseBank.pick(rnd, PhraseBank.SUBHEADINGS);
                }
                used.add(sub);
                int number = i;
                if (gapAt > 0 && i > gapAt) {
                    number = i + 1; // （一）（二）（四）: one number skipped
                }
                if (gapAt > 0 && i == gapAt + 1) {
                    defects.add(new Defect(Category.NUMBERING, "（" + ChineseNumerals.format(number) + "）"));
                    wantGap = false;
                }
                heading(2, number, sub + "。");
                body(2 + rnd.nextInt(2));
            }
        }

        private void body(int paragraphs) {
            for (int p = 0; p < paragraphs; p++) {
                StringBuilder b = new StringBuilder();
                int sentences = 2 + rnd.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    b.append(PhraseBank.sentence(rnd));
                }
                if (wantPlaceholder && rnd.nextInt(3) == 0) {
                    String[] r = PhraseBank.pick(rnd, PhraseBank.COUNTED);
                    b.append(r[0]).append("XX").append(r[1]).append("。");
                    defects.add(new Defect(Category.PLACEHOLDER, "XX" + r[1]));
                    wantPlaceholder = false;
                } else {
                    String[] r = PhraseBank.pick(rnd, PhraseBank.COUNTED);
                    b.append(r[0]).append(2 + rnd.nextInt(40)).append(r[1]).append("。");
                }
                lines.add(b.toString());
            }
        }

        private void problems() {
            lines.add(PhraseBank.pick(rnd, PhraseBank.PROBLEM_OPENERS) + enumeration(PhraseBank.PROBLEMS, 3 + rnd.nextInt(2)));
            body(1);
        }

        private void reasons() {
            lines.add("究其原因，" + enumeration(PhraseBank.REASONS, 2 + rnd.nextInt(2)));
        }

        private void nextSteps(String kind) {
            String when = kind.equals("summary+plan") ? (year + 1) + "年，" : "下一步，";
            lines.add(when + org + "将" + PhraseBank.pick(rnd, PhraseBank.RESOLVE) + "，重点抓好以下工作：");
            int subs = 2 + rnd.nextInt(2);
            String[] names = PhraseBank.pick(rnd, PhraseBank.NEXT_SUBHEADINGS);
            for (int i = 1; i <= subs; i++) {
                heading(2, i, names[i - 1] + "。");
                body(1);
            }
            if (wantPlaceholder) {
                String[] r = PhraseBank.pick(rnd, PhraseBank.COUNTED);
                lines.add("全年计划" + r[0] + "XX" + r[1] + "。");
                defects.add(new Defect(Category.PLACEHOLDER, "XX" + r[1]));
                wantPlaceholder = false;
            }
        }

        /** 一是…。二是…。 over distinct items of the list. */
        private String enumeration(String[] items, int n) {
            List<String> pool = new ArrayList<>(List.of(items));
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n && !pool.isEmpty(); i++) {
                b.append(ChineseNumerals.format(i)).append("是")
                        .append(pool.remove(rnd.nextInt(pool.size()))).append("。");
            }
            return b.toString();
        }
    }
}
