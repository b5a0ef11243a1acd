package org.sumcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sumcheck.structure.ChineseNumerals;
import org.sumcheck.testkit.FixtureWriter;

/**
 * A batch of submissions for measuring the cross-document pass (issue 15 item 7): one year's summaries from
 * thousands of distinct units, written from the clauses and run-in headings of the genre corpus's development
 * texts ({@code fixtures/genre/dev/*.txt}) recombined, so that two independent documents share stock phrases
 * and the template's headings and opening sentence but no passage, and a few controlled defects of the batch:
 * <ul>
 *   <li>{@code copy}: one body paragraph of an earlier document pasted unchanged;</li>
 *   <li>{@code edited}: the same, lightly edited (numbers changed, words swapped, one clause dropped);</li>
 *   <li>{@code unit}: the body names an earlier document's unit where its own belongs;</li>
 *   <li>{@code year}: the file is last year's (title and body one year before the batch's);</li>
 *   <li>{@code shared}: one of a few passages from a superior's circular that a large share of the batch
 *       quotes, by right (template text, must not be reported as a copy).</li>
 * </ul>
 * Document {@code i} depends only on the seed and {@code i}; a copy's source is regenerated, not read back.
 * Files go in folders of 1,000 ({@code part-0/x00000.txt} …) with {@code manifest.csv} listing each document's
 * unit, year and planted defects (the source document of a copy or a unit).
 *
 * <p>Command line: {@code CrossCorpus --out DIR --count N [--seed S] [--dev DIR] [--docx]} ({@code --docx} writes
 * .docx instead of .txt: the same lines, typed numbering).
 */
public final class CrossCorpus {
    public static final int PART_SIZE = 1000;
    public static final long DEFAULT_SEED = 20241231L;
    /** The batch's year: every document reports on it except the {@code year} plants. */
    public static final int YEAR = 2024;

    /** Shares of the batch, in per mille, of each planted defect. */
    static final int COPY_PERMILLE = 20;
    static final int EDITED_PERMILLE = 20;
    static final int UNIT_PERMILLE = 10;
    static final int YEAR_PERMILLE = 10;
    /** Each of the circular's passages is quoted by this share of the batch (above the default template share, 30 %). */
    static final int SHARED_PERCENT = 40;

    /** A planted defect: its kind, the document it came from (or -1) and an exact substring of the planted text. */
    public record Plant(String kind, int source, String key) {
    }

    /** One generated document. */
    public record Doc(int index, String unit, int year, List<String> lines, List<Plant> plants) {
        public String fileName(String ext) {
            return String.format("x%05d.%s", index, ext);
        }

        public int characters() {
            return lines.stream().mapToInt(String::length).sum();
        }
    }

    private static final String[] PLACE_A = {"青", "柳", "东", "西", "南", "北", "白", "石", "清", "新", "长", "永", "安",
            "金", "银", "红", "黄", "碧", "桃", "杏", "松", "竹", "梅", "兰", "凤", "龙", "云", "霞", "丰", "宁", "和",
            "泰", "福", "瑞", "明", "光", "华", "兴", "荣", "盛"};
    private static final String[] PLACE_B = {"山", "河", "湖", "溪", "林", "岭", "桥", "塘", "坪", "湾", "口", "源",
            "川", "峰", "田", "园", "洲", "港", "原", "庄", "岗", "坝", "泉", "滩", "亭", "台", "门", "阳", "江", "浦",
            "堡", "寨", "营", "铺", "圩", "埠", "岙", "垭", "冲", "坳"};
    private static final String[] UNIT_TYPE = {"村党支部", "社区党委", "中学党支部", "小学党支部", "卫生院党支部",
            "镇机关党支部", "街道党工委", "供电所党支部", "中心学校党总支", "派出所党支部", "税务分局党支部",
            "市场监管所党支部"};

    private static final String[] LEVEL1_WORK = {"主要工作及成效", "主要工作开展情况", "工作开展情况及成效"};
    private static final String[] LEVEL1_PROBLEMS = {"存在的问题和不足", "存在的主要问题", "问题与不足"};
    private static final String[] LEVEL1_NEXT = {"下一步工作打算", "下步工作思路", "下一步工作计划"};
    /** Light edits a copier makes: a word for another of the same meaning. */
    private static final String[][] SYNONYMS = {{"进一步", "更加"}, {"不断", "持续"}, {"扎实", "认真"}, {"全面", "深入"},
            {"加强", "强化"}, {"开展", "组织"}, {"推动", "推进"}, {"有效", "切实"}, {"积极", "主动"}, {"明显", "显著"}};
    private static final String[] CIRCULAR = {
            "按照上级党组织关于加强基层党组织建设的统一部署，对标对表年度目标任务，逐项细化分解责任清单，"
                    + "建立健全定期调度、跟踪问效、考核评价的工作机制，确保各项任务落地见效。",
            "严格执行基层党组织按期换届提醒督促机制，规范党员发展程序，坚持把政治标准放在首位，"
                    + "严把入口关，注重从青年和生产工作一线发展党员，不断优化党员队伍结构。",
            "认真落实意识形态工作责任制，定期分析研判意识形态领域情况，加强对宣传阵地和网络平台的管理，"
                    + "旗帜鲜明地反对和抵制各种错误观点，牢牢掌握意识形态工作的领导权。"};

    private final List<String> clauses;
    private final List<String> subheadings;
    private final List<String> problems;
    private final long seed;

    CrossCorpus(Path devDir, long seed) throws IOException {
        this.seed = seed;
        Set<String> cl = new LinkedHashSet<>();
        Set<String> sub = new LinkedHashSet<>();
        Set<String> prob = new LinkedHashSet<>();
        List<Path> texts;
        try (Stream<Path> s = Files.list(devDir)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no .txt in " + devDir);
        }
        Pattern runIn = Pattern.compile("^（[一二三四五六七八九十]+）([^。：，]{4,16})[。：](.*)$");
        for (Path t : texts) {
            List<String> lines = Files.readAllLines(t, StandardCharsets.UTF_8);
            for (int n = 1; n < lines.size(); n++) {
                String line = lines.get(n).strip();
                Matcher m = runIn.matcher(line);
                if (m.matches()) {
                    if (clean(m.group(1))) {
                        sub.add(m.group(1));
                    }
                    line = m.group(2);
                }
                if (line.length() < 40) {
                    continue; // headings, signatures, dates: not body text
                }
                boolean problemsLine = line.contains("不足") || line.contains("问题");
                for (String c : line.split("[，。；：！？]")) {
                    String x = c.strip().replaceAll("^(一是|二是|三是|四是|五是|同时|此外|另外)", "");
                    if (x.length() >= 6 && x.length() <= 36 && clean(x)) {
                        cl.add(x);
                        if (problemsLine && x.length() >= 8) {
                            prob.add(x);
                        }
                    }
                }
            }
        }
        this.clauses = List.copyOf(cl);
        this.subheadings = List.copyOf(sub);
        this.problems = List.copyOf(prob);
    }

    /**
     * Leaves out what would put another rule's finding into every document (the dev texts carry planted defects
     * and look-alikes) or tie a clause to its source: years, placeholders, quotes and brackets, Latin letters,
     * formulations, units' own names.
     */
    private static boolean clean(String s) {
        return !s.matches(".*(19|20)\\d\\d.*") && !s.matches(".*[A-Za-zＡ-Ｚａ-ｚ×＊*○_#@【】“”\"《》（）()<>,.;:!?].*")
                && !s.contains("某") && !s.contains("习") && !s.contains("党的") && !s.contains("总书记")
                && !s.matches(".*(村|镇|县|市|区|街道|社区|公司|学校|医院|局)党.*") && !s.contains("本人")
                && !s.contains("我") && !s.matches(".*(党支部|党委|党总支|党工委|现将|如下|同志|感谢|各位|代表).*")
                && !s.contains("上半年") && !s.contains("季度") && !s.contains("月");
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        Path dev = Path.of("fixtures/genre/dev");
        int count = 1000;
        long seed = DEFAULT_SEED;
        boolean docx = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--dev" -> dev = Path.of(args[++i]);
                case "--docx" -> docx = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--out DIR --count N [--seed S] [--dev DIR] [--docx])");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        long t0 = System.nanoTime();
        CrossCorpus c = new CrossCorpus(dev, seed);
        int written = c.write(out, count, docx);
        System.err.printf("cross corpus: %d documents in %s (%d written now, %d clauses, %.1f s)%n", count, out,
                written, c.clauses.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** Writes documents 0 … count-1 (skipping files already there from the same seed) and manifest.csv. */
    public int write(Path dir, int count, boolean docx) throws IOException {
        Files.createDirectories(dir);
        String ext = docx ? "docx" : "txt";
        Path stamp = dir.resolve("corpus.stamp");
        String want = "seed=" + seed + " ext=" + ext + " clauses=" + clauses.size() + " generator=1";
        boolean reuse = Files.exists(stamp) && Files.readString(stamp).strip().equals(want);
        Files.writeString(stamp, want + "\n");
        List<Doc> docs = IntStream.range(0, count).parallel().mapToObj(this::generate).toList();
        int written = (int) docs.parallelStream().filter(d -> {
            Path file = pathOf(dir, d, ext);
            if (reuse && Files.exists(file)) {
                return false;
            }
            try {
                Files.createDirectories(file.getParent());
                if (docx) {
                    List<String> spec = new ArrayList<>(d.lines());
                    spec.set(0, "# " + spec.get(0));
                    FixtureWriter.writeDocx(file, spec, FixtureWriter.DocxOptions.PLAIN);
                } else {
                    Files.write(file, d.lines(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }).count();
        List<String> manifest = new ArrayList<>();
        manifest.add("file,unit,year,characters,plants");
        for (Doc d : docs) {
            StringBuilder p = new StringBuilder();
            for (Plant x : d.plants()) {
                p.append(p.length() == 0 ? "" : ";").append(x.kind()).append(':').append(x.source());
            }
            manifest.add(dir.relativize(pathOf(dir, d, ext)) + "," + d.unit() + "," + d.year() + "," + d.characters()
                    + "," + p);
        }
        Files.write(dir.resolve("manifest.csv"), manifest, StandardCharsets.UTF_8);
        return written;
    }

    public static Path pathOf(Path dir, Doc d, String ext) {
        return dir.resolve("part-" + d.index() / PART_SIZE).resolve(d.fileName(ext));
    }

    /** The unit of document {@code i}: distinct for every i below 19,200 (a bijection on the name space). */
    static String unit(int i) {
        int space = PLACE_A.length * PLACE_B.length * UNIT_TYPE.length;
        int k = (int) ((i * 7919L + 13) % space); // 7919 is prime and does not divide the space: a permutation
        String a = PLACE_A[k % PLACE_A.length];
        k /= PLACE_A.length;
        String b = PLACE_B[k % PLACE_B.length];
        k /= PLACE_B.length;
        return a + b + UNIT_TYPE[k % UNIT_TYPE.length];
    }

    /** Document {@code index} with its planted defects. */
    public Doc generate(int index) {
        return build(index).doc;
    }

    /** A document and where its body paragraphs are; {@code pastedAt} is the one a copy replaced (or -1). */
    private record Built(Doc doc, List<Integer> bodyAt, int pastedAt) {
    }

    private Built build(int index) {
        SplittableRandom plan = new SplittableRandom(seed * 31 + index * 1_000_003L);
        int roll = plan.nextInt(1000);
        int source = index == 0 ? -1 : plan.nextInt(index);
        String kind = source < 0 ? "" : roll < COPY_PERMILLE ? "copy" : roll < COPY_PERMILLE + EDITED_PERMILLE ? "edited"
                : roll < COPY_PERMILLE + EDITED_PERMILLE + UNIT_PERMILLE ? "unit"
                : roll < COPY_PERMILLE + EDITED_PERMILLE + UNIT_PERMILLE + YEAR_PERMILLE ? "year" : "";
        Base base = base(index, kind.equals("year") ? YEAR - 1 : YEAR);
        List<Plant> plants = new ArrayList<>();
        List<String> lines = new ArrayList<>(base.lines);
        int pastedAt = -1;
        switch (kind) {
            case "copy", "edited" -> {
                // from the source as written (a paragraph it did not paste itself), so the pair is exactly this one
                Built from = build(source);
                List<Integer> own = new ArrayList<>(from.bodyAt);
                own.remove(Integer.valueOf(from.pastedAt));
                String copied = from.doc.lines().get(own.get(plan.nextInt(own.size())));
                String pasted = kind.equals("copy") ? copied : lightlyEdited(copied, plan);
                pastedAt = base.bodyAt.get(plan.nextInt(base.bodyAt.size()));
                lines.set(pastedAt, pasted);
                plants.add(new Plant(kind, source, pasted.substring(0, Math.min(15, pasted.length()))));
            }
            case "unit" -> {
                String other = unit(source);
                lines.set(base.nextAt, lines.get(base.nextAt).replace(base.unit, other));
                plants.add(new Plant("unit", source, other));
            }
            case "year" -> plants.add(new Plant("year", -1, (YEAR - 1) + "年"));
            default -> {
            }
        }
        for (int k : base.circular) {
            plants.add(new Plant("shared", k, CIRCULAR[k].substring(0, 15)));
        }
        return new Built(new Doc(index, base.unit, base.year, List.copyOf(lines), List.copyOf(plants)), base.bodyAt,
                pastedAt);
    }

    /** A document before any plant: its lines, where its body paragraphs are, and its next-steps paragraph. */
    private record Base(String unit, int year, List<String> lines, List<Integer> bodyAt, int nextAt, List<Integer> circular) {
    }

    private Base base(int index, int year) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + index);
        String unit = unit(index);
        List<String> lines = new ArrayList<>();
        List<Integer> bodyAt = new ArrayList<>();
        lines.add(unit + year + "年度党建工作总结");
        lines.add(year + "年，" + unit + "在上级党组织的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，"
                + "全面贯彻落实党的二十大精神，" + sentenceBody(rnd) + "，各项工作取得了新的成效。现将全年党建工作总结如下。");
        lines.add("一、" + pick(rnd, LEVEL1_WORK));
        int subs = 4 + rnd.nextInt(2);
        List<String> used = new ArrayList<>();
        // each passage of the circular independently, in a sub-section of its own
        int[] circularIn = new int[CIRCULAR.length];
        List<Integer> circular = new ArrayList<>();
        for (int k = 0; k < CIRCULAR.length; k++) {
            circularIn[k] = rnd.nextInt(100) < SHARED_PERCENT ? rnd.nextInt(subs) : -1;
            if (circularIn[k] >= 0) {
                circular.add(k);
            }
        }
        for (int s = 0; s < subs; s++) {
            String h = pick(rnd, subheadings);
            while (used.contains(h)) {
                h = pick(rnd, subheadings);
            }
            used.add(h);
            bodyAt.add(lines.size());
            lines.add("（" + ChineseNumerals.format(s + 1) + "）" + h + "。" + paragraph(rnd, 3 + rnd.nextInt(3)));
            if (rnd.nextBoolean()) {
                bodyAt.add(lines.size());
                lines.add(paragraph(rnd, 3 + rnd.nextInt(3)));
            }
            for (int k = 0; k < CIRCULAR.length; k++) {
                if (circularIn[k] == s) {
                    lines.add(CIRCULAR[k]);
                }
            }
        }
        lines.add("二、" + pick(rnd, LEVEL1_PROBLEMS));
        StringBuilder p = new StringBuilder("对照上级要求和群众期盼，工作中还存在一些不足：");
        List<String> pool = new ArrayList<>(problems);
        for (int i = 1; i <= 3; i++) {
            p.append(ChineseNumerals.format(i)).append("是").append(pool.remove(rnd.nextInt(pool.size()))).append("，")
                    .append(pick(rnd, clauses)).append("。");
        }
        lines.add(p.toString());
        lines.add("三、" + pick(rnd, LEVEL1_NEXT));
        int nextAt = lines.size();
        lines.add((year + 1) + "年，" + unit + "将坚持问题导向，" + sentenceBody(rnd) + "，重点抓好以下工作。"
                + paragraph(rnd, 2));
        for (int s = 0; s < 3; s++) {
            String h = pick(rnd, subheadings);
            while (used.contains(h)) {
                h = pick(rnd, subheadings);
            }
            used.add(h);
            bodyAt.add(lines.size());
            lines.add("（" + ChineseNumerals.format(s + 1) + "）" + h + "。" + paragraph(rnd, 2 + rnd.nextInt(2)));
        }
        lines.add(unit);
        lines.add((year + 1) + "年1月" + (5 + rnd.nextInt(20)) + "日");
        return new Base(unit, year, lines, bodyAt, nextAt, List.copyOf(circular));
    }

    /** Sentences of two to four clauses each, numbers drawn afresh (a clause's own count is not the point). */
    private String paragraph(SplittableRandom rnd, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            b.append(sentenceBody(rnd)).append("。");
        }
        return b.toString();
    }

    /**
     * Three to five clauses: two authors then write the same sentence about as rarely as in real submissions (two
     * clauses drawn from a pool of some 700 would meet by chance thousands of times in a batch of 10,000).
     */
    private String sentenceBody(SplittableRandom rnd) {
        int n = 3 + rnd.nextInt(3);
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < n; c++) {
            if (c > 0) {
                b.append("，");
            }
            b.append(renumber(pick(rnd, clauses), rnd));
        }
        return b.toString();
    }

    private static String renumber(String clause, SplittableRandom rnd) {
        Matcher m = Pattern.compile("\\d+").matcher(clause);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, String.valueOf(2 + rnd.nextInt(60)));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** What a copier changes: the counts, two or three words, and one clause left out. */
    static String lightlyEdited(String paragraph, SplittableRandom rnd) {
        String s = renumber(paragraph, rnd);
        int swapped = 0;
        for (int i = 0; i < SYNONYMS.length && swapped < 3; i++) {
            String[] pair = SYNONYMS[(i + rnd.nextInt(SYNONYMS.length)) % SYNONYMS.length];
            if (s.contains(pair[0])) {
                s = s.replaceFirst(Pattern.quote(pair[0]), pair[1]);
                swapped++;
            }
        }
        // drop one clause from the middle (between two commas), as a copier trimming a sentence does
        int a = s.indexOf('，', s.length() / 3);
        int b = a < 0 ? -1 : s.indexOf('，', a + 1);
        if (a > 0 && b > a && b - a < s.length() / 4) {
            s = s.substring(0, a) + s.substring(b);
        }
        return s;
    }

    private static <T> T pick(SplittableRandom rnd, T[] from) {
        return from[rnd.nextInt(from.length)];
    }

    private static String pick(SplittableRandom rnd, List<String> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
