package org.sumcheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumcheck.cli.Main;

/**
 * Issue 5's hostile batch: one folder holding every kind of bad input an office receives, checked by the real CLI
 * in one run. Each file has exactly one expected outcome; the batch must finish with every file reported once,
 * nothing read through the symlink loop, the local secret nowhere in the report, exit code 2, and the good files'
 * findings intact. Its wall time is printed (speed belongs to a benchmark, not an assertion).
 */
class HostileBatchTest {
    private static final String SECRET = "TOP-SECRET-HOSTILE-5d1e";
    private static final String PLACEHOLDER_RULE = "PLACEHOLDER-001";

    @TempDir
    Path tmp;

    /** What one file must come out as: status, error code (failed) or a finding of the placeholder rule (ok). */
    record Expected(String status, String code, boolean placeholderFinding, boolean mislabelledNote) {
        static Expected failed(String code) {
            return new Expected("failed", code, false, false);
        }

        static Expected ok(boolean finding) {
            return new Expected("ok", null, finding, false);
        }

        static Expected mislabelled() {
            return new Expected("ok", null, true, true);
        }
    }

    @Test
    void theWholeHostileBatchIsReportedFileByFile() throws Exception {
        Path batch = Files.createDirectories(tmp.resolve("batch"));
        Path scratch = Files.createDirectories(tmp.resolve("scratch"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), SECRET); // outside the batch folder
        Map<String, Expected> expected = new LinkedHashMap<>();
        long t0 = System.nanoTime();

        // good documents with a known finding
        HostileCorpus.goodDocx(batch.resolve("good.docx"));
        expected.put("good.docx", Expected.ok(true));
        HostileCorpus.goodPdf(batch.resolve("good.pdf"));
        expected.put("good.pdf", Expected.ok(true));
        HostileCorpus.goodText(batch.resolve("good.txt"), StandardCharsets.UTF_8);
        expected.put("good.txt", Expected.ok(true));
        HostileCorpus.goodText(batch.resolve("gbk.txt"), Charset.forName("GBK"));
        expected.put("gbk.txt", Expected.ok(true));
        HostileCorpus.goodDocx(batch.resolve("2023年 党建（终稿）[1].docx"));
        expected.put("2023年 党建（终稿）[1].docx", Expected.ok(true));

        // empty
        for (String name : List.of("empty.docx", "empty.pdf", "empty.txt")) {
            HostileCorpus.empty(batch.resolve(name));
            expected.put(name, Expected.failed("empty"));
        }
        // truncated and random
        HostileCorpus.truncatedInBody(HostileCorpus.goodDocx(scratch.resolve("t.docx")), batch.resolve("truncated.docx"));
        expected.put("truncated.docx", Expected.failed("corrupt"));
        HostileCorpus.truncated(HostileCorpus.goodPdf(scratch.resolve("t.pdf")), batch.resolve("truncated.pdf"), 0.5);
        expected.put("truncated.pdf", Expected.failed("corrupt"));
        HostileCorpus.randomBytes(batch.resolve("random.docx"), 1, 64 * 1024);
        expected.put("random.docx", Expected.failed("corrupt"));
        HostileCorpus.randomBytes(batch.resolve("random.pdf"), 2, 64 * 1024);
        expected.put("random.pdf", Expected.failed("corrupt"));
        // mislabelled: checked as what they are, with a note
        HostileCorpus.goodPdf(batch.resolve("really-a-pdf.docx"));
        expected.put("really-a-pdf.docx", Expected.mislabelled());
        HostileCorpus.goodText(batch.resolve("really-text.pdf"), StandardCharsets.UTF_8);
        expected.put("really-text.pdf", Expected.mislabelled());
        // XML attacks and a zip bomb
        HostileCorpus.xxeDocx(batch.resolve("xxe.docx"), secret);
        expected.put("xxe.docx", Expected.failed("corrupt"));
        HostileCorpus.billionLaughsDocx(batch.resolve("billion-laughs.docx"));
        expected.put("billion-laughs.docx", Expected.failed("corrupt"));
        HostileCorpus.deeplyNestedDocx(batch.resolve("nested.docx"), 200_000);
        // 200,000 nested empty wrappers: the streaming (SAX) docx path reads the text in bounded stack
        expected.put("nested.docx", Expected.ok(false));
        HostileCorpus.zipBombDocx(batch.resolve("zip-bomb.docx"), 1L << 30);
        expected.put("zip-bomb.docx", Expected.failed("too-large"));
        // enormous
        HostileCorpus.bigText(batch.resolve("big.txt"), 40);
        expected.put("big.txt", Expected.failed("too-large"));
        HostileCorpus.manyParagraphs(batch.resolve("20000-paragraphs.docx"), 20_000);
        expected.put("20000-paragraphs.docx", Expected.ok(false));
        // passwords
        HostileCorpus.encryptedDocx(batch.resolve("password.docx"), scratch.resolve("plain.docx"));
        expected.put("password.docx", Expected.failed("encrypted"));
        HostileCorpus.userPasswordPdf(batch.resolve("password.pdf"));
        expected.put("password.pdf", Expected.failed("encrypted"));
        HostileCorpus.ownerLockedPdf(batch.resolve("owner-locked.pdf"));
        expected.put("owner-locked.pdf", Expected.ok(true));
        // a folder with a link back to its parent, and one real file inside it
        Path loop = Files.createDirectories(batch.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("up"), batch);
        HostileCorpus.goodText(loop.resolve("inside.txt"), StandardCharsets.UTF_8);
        expected.put("loop/inside.txt", Expected.ok(true));

        long built = System.nanoTime();
        System.out.printf("hostile batch: corpus of %d files built in %.1f s%n", expected.size(), (built - t0) / 1e9);
        // a folder is parsed in worker processes by default; the same batch in-process must come out the same
        JsonNode isolated = checkBatch(batch, expected, "--isolate");
        JsonNode inProcess = checkBatch(batch, expected, "--no-isolate");
        assertThat(withoutErrorDetail(inProcess.get("files"))).isEqualTo(withoutErrorDetail(isolated.get("files")));
    }

    /** The files as a user sees them: an exception's wording in {@code error.detail} may differ between processes. */
    private static JsonNode withoutErrorDetail(JsonNode files) {
        JsonNode copy = files.deepCopy();
        for (JsonNode f : copy) {
            if (f.get("error") instanceof com.fasterxml.jackson.databind.node.ObjectNode e) {
                e.remove("detail");
            }
        }
        return copy;
    }

    private JsonNode checkBatch(Path batch, Map<String, Expected> expected, String isolation) throws Exception {
        Path out = tmp.resolve("report" + isolation + ".json");
        long started = System.nanoTime();
        int exit = Main.run("check", isolation, "--format", "json", "-q", "-o", out.toString(), batch.toString());
        System.out.printf("hostile batch %s: checked in %.1f s%n", isolation, (System.nanoTime() - started) / 1e9);

        String raw = Files.readString(out);
        JsonNode report = new ObjectMapper().readTree(raw);
        Map<String, JsonNode> byName = new TreeMap<>();
        List<String> reported = new ArrayList<>();
        for (JsonNode f : report.get("files")) {
            String rel = batch.relativize(Path.of(f.get("path").asText())).toString();
            reported.add(rel);
            byName.put(rel, f);
        }
        printTable(expected, byName);

        assertThat(exit).isEqualTo(2);
        assertThat(raw).doesNotContain(SECRET);
        assertThat(reported).as("every input exactly once").containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(reported).doesNotHaveDuplicates().noneMatch(p -> p.contains("up/"));
        assertThat(report.get("skipped").findValuesAsText("reason")).containsExactly("symlink-loop");
        for (Map.Entry<String, Expected> e : expected.entrySet()) {
            JsonNode f = byName.get(e.getKey());
            Expected x = e.getValue();
            String what = e.getKey() + ": " + f;
            assertThat(f.get("status").asText()).as(what).isEqualTo(x.status());
            if (x.code() != null) {
                assertThat(f.get("error").get("code").asText()).as(what).isEqualTo(x.code());
                assertThat(f.get("error").get("message").asText()).as(what).isNotBlank();
            }
            List<String> rules = f.get("findings").findValuesAsText("rule");
            if (x.placeholderFinding()) {
                assertThat(f.get("findings").findValues("match")).as(what)
                        .anySatisfy(m -> assertThat(m.asText()).isEqualTo("XX"));
                assertThat(rules).as(what).contains(PLACEHOLDER_RULE);
            }
            boolean hasNote = f.has("notes") && f.get("notes").toString().contains("已按");
            assertThat(hasNote).as("mislabelled note on " + what).isEqualTo(x.mislabelledNote());
        }
        assertThat(byName.get("20000-paragraphs.docx").get("document").get("paragraphs").asInt()).isEqualTo(20_000);
        assertThat(report.get("summary").get("files").asInt()).isEqualTo(expected.size());
        return report;
    }

    private static void printTable(Map<String, Expected> expected, Map<String, JsonNode> byName) {
        StringBuilder sb = new StringBuilder("| file | status | error.code | findings | notes |\n|---|---|---|---|---|\n");
        for (String name : expected.keySet()) {
            JsonNode f = byName.get(name);
            if (f == null) {
                sb.append("| ").append(name).append(" | MISSING | | | |\n");
                continue;
            }
            JsonNode err = f.get("error");
            sb.append("| ").append(name).append(" | ").append(f.get("status").asText()).append(" | ")
                    .append(err.isNull() ? "" : err.get("code").asText() + " (" + err.path("detail").asText("") + ")")
                    .append(" | ").append(f.get("findings").findValuesAsText("rule"))
                    .append(" | ").append(f.has("notes") ? f.get("notes").toString() : "").append(" |\n");
        }
        System.out.println(sb);
    }
}
