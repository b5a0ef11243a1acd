package org.sumcheck.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Writes bench/run's results ({@code key=value}) as tables into docs/performance.md, between the markers
 * {@value #BEGIN} and {@value #END}; the text around them (analysis, history) is kept.
 * {@code PerformanceDoc RESULTS DOC}.
 */
public final class PerformanceDoc {
    static final String BEGIN = "<!-- bench:begin (written by bench/run; edit outside these markers) -->";
    static final String END = "<!-- bench:end -->";

    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Path doc = Path.of(args[1]);
        String text = Files.exists(doc) ? Files.readString(doc) : "# Performance\n\n";
        // each part of the bench writes its own table, so running one part leaves the other's numbers as they were
        if (p.containsKey("batch.count")) {
            text = between(text, BEGIN, END, render(p));
        }
        if (p.containsKey("cross.docs")) {
            text = between(text, CROSS_BEGIN, CROSS_END, renderCross(p));
        }
        Files.writeString(doc, text);
    }

    static final String CROSS_BEGIN = "<!-- bench-cross:begin (written by bench/run --cross; edit outside these markers) -->";
    static final String CROSS_END = "<!-- bench-cross:end -->";

    private static String between(String old, String begin, String end, String body) {
        String table = begin + "\n" + body + end;
        int b = old.indexOf(begin.substring(0, begin.indexOf('(')));
        int e = old.indexOf(end);
        return b >= 0 && e > b ? old.substring(0, b) + table + old.substring(e + end.length()) : old + "\n" + table + "\n";
    }

    /** The cross-document pass at scale (CrossBench), its targets, and how it scored on the planted defects. */
    static String renderCross(Properties p) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("Measured %s on %s CPUs (%s), %s RAM, %s; load average at the end %s.%n",
                p.getProperty("run.date"), p.getProperty("machine.nproc"), p.getProperty("machine.cpu", "?"),
                p.getProperty("machine.memory"), p.getProperty("machine.java"), p.getProperty("machine.load")));
        s.append(String.format("Command: `%s`.%n%n", p.getProperty("run.command").strip()));
        s.append("| what | measured | target | met |\n|---|---|---|---|\n");
        for (String k : new String[] {"cross", "crossdocx"}) {
            if (!p.containsKey(k + ".docs")) {
                continue;
            }
            String what = String.format("%s %s documents (%s characters on average), %s threads, `-Xmx%s`",
                    p.getProperty(k + ".docs"), k.equals("cross") ? ".txt" : ".docx", p.getProperty(k + ".chars.avg"),
                    p.getProperty(k + ".jobs"), p.getProperty(k + ".xmx", "512m"));
            double run = d(p, k + ".run.s");
            double sign = d(p, k + ".sign.s");
            double wall = d(p, k + ".batch.wall.s");
            double cpu = d(p, k + ".batch.cpu.s");
            double shareWall = d(p, k + ".share.wall");
            double shareCpu = d(p, k + ".share.cpu");
            row(s, what + ": the whole batch completes (check of every file + cross pass + merge) within the heap",
                    String.format("yes: %.1f s wall, %.1f s CPU; heap in use when the pass starts (after a full GC) %.0f MB",
                            wall, cpu, d(p, k + ".heap.at.run.mb")), "≤ 512 MB", d(p, k + ".heap.at.run.mb") <= 512);
            row(s, "cross pass share of the batch: wall ((run + sign ÷ threads) ÷ batch wall); CPU ((run + sign) ÷ batch CPU)",
                    String.format("%.1f %%; CPU %.1f %% (run %.2f s once after the last file, sign %.2f s over all files)",
                            100 * shareWall, 100 * shareCpu, run, sign), "≤ 10 %", shareWall <= 0.10 && shareCpu <= 0.10);
            row(s, "cross pass alone on the kept signatures, warm, median of re-runs",
                    String.format("%.0f ms", d(p, k + ".run.rerun.ms")), "", null);
            s.append(String.format("| planted defects found: copied pairs %s of %s (%s exact, %s edited); foreign unit %s of %s; "
                            + "last year's file %s of %s | | | |%n",
                    p.getProperty(k + ".found.pairs"), p.getProperty(k + ".planted.pairs"), p.getProperty(k + ".planted.copy"),
                    p.getProperty(k + ".planted.edited"), p.getProperty(k + ".found.unit"), p.getProperty(k + ".planted.unit"),
                    p.getProperty(k + ".found.year"), p.getProperty(k + ".planted.year")));
            s.append(String.format("| findings where nothing was planted: CROSS-001 %s (of %s), CROSS-002 %s, CROSS-003 %s | | | |%n",
                    p.getProperty(k + ".findings.001.unplanted"), p.getProperty(k + ".findings.001"),
                    p.getProperty(k + ".findings.002.unplanted"), p.getProperty(k + ".findings.003.unplanted")));
        }
        if (p.containsKey("crosscli.wall")) {
            row(s, String.format("`SUMCHECK_JAVA_OPTS=-Xmx512m ./sumcheck check --no-isolate --format json` over the %s .txt "
                    + "documents (report rendered too)", p.getProperty("cross.docs")),
                    String.format("exit %s, %.1f s wall, %.1f s CPU, peak RSS %.0f MB", p.getProperty("crosscli.exit"),
                            d(p, "crosscli.wall"), d(p, "crosscli.cpu"), d(p, "crosscli.rss.mb")), "completes in 512 MB heap",
                    "0".equals(p.getProperty("crosscli.exit")) || "1".equals(p.getProperty("crosscli.exit")));
        }
        return s.toString();
    }

    static String render(Properties p) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("Measured %s on %s CPUs (%s), %s RAM, %s; load average at the end %s.%n",
                p.getProperty("run.date"), p.getProperty("machine.nproc"), p.getProperty("machine.cpu", "?"),
                p.getProperty("machine.memory"), p.getProperty("machine.java"), p.getProperty("machine.load")));
        s.append(String.format("Command: `%s`. Wall = elapsed time; CPU = user + system time of the process "
                + "(all threads), which a busy machine disturbs less.%n%n", p.getProperty("run.command").strip()));

        double scWall = d(p, "batch.sumcheck.wall");
        double tkWall = d(p, "batch.tika-default.wall");
        double tfWall = d(p, "batch.tika-flags.wall");
        double scCpu = d(p, "batch.sumcheck.cpu");
        double tkCpu = d(p, "batch.tika-default.cpu");
        double tfCpu = d(p, "batch.tika-flags.cpu");
        double best = Math.min(tkWall, tfWall);
        s.append("| what | measured | target | met |\n|---|---|---|---|\n");
        if (p.containsKey("batch.ratio.wall")) {
            double r = d(p, "batch.ratio.wall");
            row(s, String.format("batch of %s documents, %s threads: sumcheck ÷ Tika-only (launcher flags), wall, "
                    + "median of the rounds' ratios", p.getProperty("batch.count"), p.getProperty("batch.jobs")),
                    String.format("%.2f", r), "≤ 1.10", r <= 1.10);
        } else {
            row(s, String.format("batch of %s documents, %s threads: sumcheck ÷ Tika-only (wall, vs the faster baseline)",
                    p.getProperty("batch.count"), p.getProperty("batch.jobs")),
                    String.format("%.2f (%.1f s ÷ %.1f s)", scWall / best, scWall, best), "≤ 1.10", scWall / best <= 1.10);
        }
        row(s, "same, CPU time (vs the baseline with the launcher's JVM flags)",
                String.format("%.2f (%.1f s ÷ %.1f s)", scCpu / tfCpu, scCpu, tfCpu), "≤ 1.10", scCpu / tfCpu <= 1.10);
        if (p.containsKey("batch.sumcheck-inprocess.wall")) {
            double ipWall = d(p, "batch.sumcheck-inprocess.wall");
            double ipCpu = d(p, "batch.sumcheck-inprocess.cpu");
            double ipRatio = p.containsKey("batch.ratio.inprocess.wall") ? d(p, "batch.ratio.inprocess.wall") : ipWall / best;
            row(s, "same with parsing in-process (`--no-isolate`): wall ratio; CPU ratio", String.format(
                    "%.2f; CPU %.2f (%.1f s ÷ %.1f s)", ipRatio, ipCpu / tfCpu, ipCpu, tfCpu), "≤ 1.10",
                    ipRatio <= 1.10 && ipCpu / tfCpu <= 1.10);
        }
        double cold = d(p, "cold-launcher.wall");
        row(s, String.format("cold single check, %s-page .docx (%s characters), median of runs, wall",
                p.getProperty("cold.pages"), p.getProperty("cold.chars")),
                String.format("%.2f s (CPU %.2f s)", cold, d(p, "cold-launcher.cpu")), "≤ 1.0 s", cold <= 1.0);
        double rss1 = d(p, "batch.sumcheck.rss.mb");
        row(s, "peak RSS (whole process tree), " + p.getProperty("batch.count") + " documents", String.format("%.0f MB", rss1), "≤ 512 MB",
                rss1 <= 512);
        if (p.containsKey("big.sumcheck.rss.mb")) {
            double rss5 = d(p, "big.sumcheck.rss.mb");
            row(s, "peak RSS, 5,000 documents", String.format("%.0f MB (%+.0f %% vs 1,000)", rss5, 100 * (rss5 / rss1 - 1)),
                    "≤ 512 MB and ≤ 1,000 + 10 %", rss5 <= 512 && rss5 <= rss1 * 1.10);
            if (p.containsKey("big.inprocess.rss.mb")) {
                double ip1 = d(p, "batch.sumcheck-inprocess.rss.mb");
                double ip5 = d(p, "big.inprocess.rss.mb");
                row(s, "same, parsing in-process (`--no-isolate`): 1,000 → 5,000",
                        String.format("%.0f → %.0f MB (%+.0f %%)", ip1, ip5, 100 * (ip5 / ip1 - 1)),
                        "≤ 512 MB and ≤ 1,000 + 10 %", ip5 <= 512 && ip5 <= ip1 * 1.10);
            }
        } else {
            row(s, "peak RSS, 5,000 documents", "not run (bench/run --big)", "≤ 512 MB and ≤ 1,000 + 10 %", null);
        }
        double mb1 = d(p, "rules.text.1mb.ms");
        row(s, String.format("rule pass (analysis + rules) on a 1 MB text (%s characters, %s paragraphs)",
                p.getProperty("rules.text.1mb.chars"), p.getProperty("rules.text.1mb.paragraphs")),
                String.format("%.0f ms", mb1), "< 1 s", mb1 < 1000);
        s.append('\n');

        s.append("Batch details (medians of the runs):\n\n| run | wall | CPU | peak RSS |\n|---|---|---|---|\n");
        s.append(String.format("| `sumcheck check --jobs %s --format json` | %.1f s | %.1f s | %.0f MB |%n",
                p.getProperty("batch.jobs"), scWall, scCpu, rss1));
        if (p.containsKey("batch.sumcheck-inprocess.wall")) {
            s.append(String.format("| `sumcheck check --no-isolate …` (parsing in-process; same report: %s) | %.1f s | %.1f s | %.0f MB |%n",
                    p.getProperty("batch.reports.same", "?"), d(p, "batch.sumcheck-inprocess.wall"),
                    d(p, "batch.sumcheck-inprocess.cpu"), d(p, "batch.sumcheck-inprocess.rss.mb")));
        }
        s.append(String.format("| Tika-only, JVM defaults | %.1f s | %.1f s | %.0f MB |%n", tkWall, tkCpu,
                d(p, "batch.tika-default.rss.mb")));
        s.append(String.format("| Tika-only, the launcher's JVM flags (C1, serial GC) | %.1f s | %.1f s | %.0f MB |%n",
                tfWall, tfCpu, d(p, "batch.tika-flags.rss.mb")));
        if (p.containsKey("big.sumcheck.wall")) {
            s.append(String.format("| 5,000 documents: sumcheck | %.1f s | %.1f s | %.0f MB |%n", d(p, "big.sumcheck.wall"),
                    d(p, "big.sumcheck.cpu"), d(p, "big.sumcheck.rss.mb")));
            if (p.containsKey("big.inprocess.wall")) {
                s.append(String.format("| 5,000 documents: sumcheck `--no-isolate` | %.1f s | %.1f s | %.0f MB |%n",
                        d(p, "big.inprocess.wall"), d(p, "big.inprocess.cpu"), d(p, "big.inprocess.rss.mb")));
            }
            s.append(String.format("| 5,000 documents: Tika-only (launcher flags) | %.1f s | %s | %.0f MB |%n",
                    d(p, "big.tika.wall"), p.containsKey("big.tika.cpu") ? String.format("%.1f s", d(p, "big.tika.cpu")) : "",
                    d(p, "big.tika.rss.mb")));
        }
        s.append('\n');

        s.append("Cold single-file check, by start-up option (median wall / CPU):\n\n| variant | wall | CPU |\n|---|---|---|\n");
        String[][] variants = {
                {"jvm-floor", "JVM + picocli only (`--version`, launcher flags and archive)"},
                {"plain", "`java -jar` with no options"},
                {"c1", "C1 only (`-XX:TieredStopAtLevel=1`)"},
                {"cds", "class-data archive only"},
                {"c1-cds", "C1 + archive (G1)"},
                {"launcher-g1", "launcher with G1 instead of the serial collector"},
                {"launcher-drl", "launcher, bundled rules compiled from DRL at start"},
                {"launcher", "**launcher** (C1, serial GC, archive, precompiled rules)"}};
        for (String[] v : variants) {
            if (p.containsKey("cold-" + v[0] + ".wall")) {
                s.append(String.format("| %s | %.2f s | %.2f s |%n", v[1], d(p, "cold-" + v[0] + ".wall"),
                        d(p, "cold-" + v[0] + ".cpu")));
            }
        }
        s.append(String.format("| first run after a build (writes the archive) | %s s | |%n%n", p.getProperty("first.run.s")));

        s.append(String.format("Rule evaluation in a warm JVM (launcher flags), median of rounds: per corpus document "
                        + "(%s characters on average) %.2f ms, of which structure analysis %.2f ms.%n%n",
                p.getProperty("rules.doc.chars"), d(p, "rules.doc.total.ms"), d(p, "rules.doc.analyze.ms")));
        s.append("| text | characters | paragraphs | findings | analysis + rules |\n|---|---|---|---|---|\n");
        for (String k : new String[] {"0.25", "0.5", "1", "2"}) {
            String key = "rules.text." + k + "mb";
            s.append(String.format("| %s MB | %s | %s | %s | %.0f ms |%n", k, p.getProperty(key + ".chars"),
                    p.getProperty(key + ".paragraphs"), p.getProperty(key + ".findings"), d(p, key + ".ms")));
        }
        return s.toString();
    }

    private static void row(StringBuilder s, String what, String measured, String target, Boolean met) {
        s.append("| ").append(what).append(" | ").append(measured).append(" | ").append(target).append(" | ")
                .append(met == null ? "–" : met ? "yes" : "**no**").append(" |\n");
    }

    private static double d(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? Double.NaN : Double.parseDouble(v.strip().replace(',', '.'));
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
