package org.sumcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over a real socket: a server on an ephemeral loopback port, java.net.http as the client, real .docx
 * files. One server for the class: 1 check at a time, no queue, 512 KB uploads, so that limits are reachable.
 */
class ServerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_UPLOAD = 512 * 1024;

    @TempDir
    static Path temp;
    static Path uploads;
    static SumcheckServer server;
    static HttpClient client;
    /** When set, the next check waits here after taking its slot (to fill the slots deterministically). */
    static final AtomicReference<Gate> GATE = new AtomicReference<>();

    record Gate(CountDownLatch entered, CountDownLatch release) {
    }

    @BeforeAll
    static void start() throws IOException {
        uploads = Files.createDirectories(temp.resolve("uploads"));
        ServerConfig config = ServerConfig.defaults().withPort(0).withLimits(MAX_UPLOAD, 1, 0).withTempRoot(uploads);
        server = SumcheckServer.start(config, "test", names -> {
            Gate g = GATE.getAndSet(null);
            if (g != null) {
                g.entered().countDown();
                try {
                    g.release().await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Privacy: whatever a request uploaded is gone when it has been answered. */
    @AfterEach
    void uploadsAreRemoved() throws IOException {
        try (Stream<Path> left = Files.list(uploads)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    static HttpResponse<byte[]> post(String pathAndQuery, List<Samples.Part> parts) throws Exception {
        Samples.Multipart m = Samples.Multipart.of(parts);
        HttpRequest req = HttpRequest.newBuilder(server.uri().resolve(pathAndQuery))
                .header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build();
        return client.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends only the headers of an upload declaring {@code length} bytes and returns the status line. */
    static String refusalByDeclaredLength(long length) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Test
    void checkFindsThePlaceholderAndGivesAVerdict() throws Exception {
        HttpResponse<byte[]> r = post("api/v1/check?include=text",
                List.of(Samples.Part.file("支部总结.docx", Samples.docx(Samples.DEFECTIVE))));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode report = json(r);
        assertThat(report.at("/tool/name").asText()).isEqualTo("sumcheck");
        JsonNode file = report.at("/files/0");
        assertThat(file.get("path").asText()).isEqualTo("支部总结.docx");
        assertThat(file.get("status").asText()).isEqualTo("ok");
        assertThat(file.get("verdict").asText()).isEqualTo("needs-changes");
        assertThat(file.get("verdictLabel").asText()).isEqualTo("需修改");
        JsonNode xx = null;
        for (JsonNode f : file.get("findings")) {
            if (f.get("category").asText().equals("placeholder") && f.get("match").asText().equals("XX")) {
                xx = f;
            }
        }
        assertThat(xx).as("a placeholder finding on XX in %s", file.get("findings")).isNotNull();
        assertThat(xx.get("excerpt").asText()).contains("学习XX次");
        assertThat(file.at("/counts/category/placeholder").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(file.at("/counts/severity/error").asInt()).isGreaterThanOrEqualTo(1);
        // include=text: the finding's paragraph and offset point at its words
        int n = xx.at("/location/paragraph").asInt();
        JsonNode para = file.get("text").get(n - 1);
        assertThat(para.get("n").asInt()).isEqualTo(n);
        int off = xx.at("/location/offset").asInt();
        assertThat(para.get("text").asText().substring(off, off + xx.at("/location/length").asInt())).isEqualTo("XX");
        assertThat(report.at("/summary/verdicts/needs-changes").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/findings/error").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void severalFilesAndOptionsAsFormFields() throws Exception {
        byte[] clean = Samples.docx(List.of("第一党支部2023年度党建工作总结",
                "一、主要工作及成效", "全年组织集中学习12次。",
                "二、存在的问题", "理论学习的系统性还不够强。",
                "三、下一步工作打算", "持续强化理论学习。"));
        HttpResponse<byte[]> r = post("api/v1/check", List.of(
                Samples.Part.file("a.docx", Samples.docx(Samples.DEFECTIVE)),
                Samples.Part.file("b.docx", clean),
                Samples.Part.field("lang", "en"),
                Samples.Part.field("fail-on", "none")));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.get("lang").asText()).isEqualTo("en");
        assertThat(report.get("failOn").asText()).isEqualTo("none");
        assertThat(report.get("files")).hasSize(2);
        assertThat(report.at("/files/0/path").asText()).isEqualTo("a.docx");
        assertThat(report.at("/files/1/path").asText()).isEqualTo("b.docx");
        // fail-on none: findings never make a file need changes
        assertThat(report.at("/files/0/verdict").asText()).isEqualTo("pass");
        assertThat(report.at("/files/0/findings/0/message").asText()).matches("[\\x20-\\x7E“”‘’…]+");
        assertThat(report.at("/files/1/text").isMissingNode()).isTrue();
    }

    @Test
    void aCorruptFileIsAFailedEntryNotAServerError() throws Exception {
        byte[] corrupt = "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<byte[]> r = post("api/v1/check", List.of(Samples.Part.file("坏文件.docx", corrupt),
                Samples.Part.file("good.docx", Samples.docx(Samples.DEFECTIVE))));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.at("/files/0/status").asText()).isEqualTo("failed");
        assertThat(report.at("/files/0/error/code").asText()).isEqualTo("corrupt");
        assertThat(report.at("/files/0/error/message").asText()).isNotBlank();
        assertThat(report.at("/files/0/verdict").asText()).isEqualTo("cannot-check");
        assertThat(report.at("/files/1/status").asText()).isEqualTo("ok");
        assertThat(report.at("/summary/failed").asInt()).isEqualTo(1);
    }

    @Test
    void reportDownloadsInOtherFormats() throws Exception {
        byte[] doc = Samples.docx(Samples.DEFECTIVE);
        HttpResponse<byte[]> html = post("api/v1/check?format=html", List.of(Samples.Part.file("a.docx", doc)));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.headers().firstValue("Content-Disposition").orElse("")).contains("sumcheck-report.html");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("<html", "XX");

        HttpResponse<byte[]> sarif = post("api/v1/check?format=sarif", List.of(Samples.Part.file("a.docx", doc)));
        JsonNode s = json(sarif);
        assertThat(s.get("version").asText()).isEqualTo("2.1.0");
        assertThat(s.at("/runs/0/results").size()).isGreaterThan(0);

        HttpResponse<byte[]> csv = post("api/v1/check?format=csv", List.of(Samples.Part.file("a.docx", doc)));
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("a.docx", "XX");
    }

    @Test
    void annotateReturnsTheDocxWithACommentPerFinding() throws Exception {
        byte[] doc = Samples.docx(Samples.DEFECTIVE);
        JsonNode report = json(post("api/v1/check", List.of(Samples.Part.file("总结.docx", doc))));
        int findings = report.at("/files/0/findings").size();
        assertThat(findings).isGreaterThan(0);

        HttpResponse<byte[]> r = post("api/v1/annotate", List.of(Samples.Part.file("总结.docx", doc)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "filename*=UTF-8''%E6%80%BB%E7%BB%93.sumcheck.docx");
        try (XWPFDocument annotated = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
            XWPFComment[] comments = annotated.getComments();
            assertThat(comments).hasSize(findings);
            assertThat(comments).allSatisfy(c -> assertThat(c.getAuthor()).isEqualTo("sumcheck"));
            assertThat(List.of(comments).stream().map(XWPFComment::getText)).anyMatch(t -> t.contains("XX"));
        }
    }

    /** A PDF of the shared measuring corpus (read, not copied), where it is beside the project. */
    @Test
    void aPdfIsCheckedAndAnnotatedWithHighlights() throws Exception {
        Path pdf = Path.of("..", "shared", "corpus", "seed002.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(pdf), "../shared/corpus is not beside the project");
        byte[] bytes = Files.readAllBytes(pdf);
        JsonNode file = json(post("api/v1/check", List.of(Samples.Part.file("seed002.pdf", bytes)))).at("/files/0");
        assertThat(file.get("status").asText()).isEqualTo("ok");
        assertThat(file.at("/document/format").asText()).isEqualTo("pdf");
        assertThat(file.at("/document/pages").asInt()).isGreaterThan(0);
        int findings = file.get("findings").size();
        assertThat(findings).isGreaterThan(0);
        int places = 0; // a grouped finding (one placeholder name used throughout) is marked at each of its places
        for (JsonNode f : file.get("findings")) {
            places += 1 + f.path("occurrences").size();
        }

        HttpResponse<byte[]> r = post("api/v1/annotate", List.of(Samples.Part.file("seed002.pdf", bytes)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(r.body())) {
            int annotations = 0;
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                annotations += page.getAnnotations().size();
            }
            assertThat(annotations).isEqualTo(places);
        }
    }

    @Test
    void annotateRefusesAFileThatCannotBeChecked() throws Exception {
        HttpResponse<byte[]> r = post("api/v1/annotate", List.of(Samples.Part.file("empty.docx", new byte[0])));
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode e = json(r).get("error");
        assertThat(e.get("code").asText()).isEqualTo("cannot-check");
        assertThat(e.get("message").asText()).contains("empty.docx");
    }

    @Test
    void rulesHealthAndOpenApi() throws Exception {
        JsonNode rules = json(get("api/v1/rules?lang=en"));
        assertThat(rules.get("rules").size()).isGreaterThan(5);
        assertThat(rules.findValuesAsText("id")).contains("PLACEHOLDER-001");
        assertThat(rules.at("/rules/0/descriptionZh").asText()).isNotBlank();

        HttpResponse<byte[]> h = get("healthz");
        assertThat(h.statusCode()).isEqualTo(200);
        JsonNode health = json(h);
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.at("/rules/count").asInt()).isEqualTo(rules.get("rules").size());
        assertThat(health.at("/checks/maxConcurrent").asInt()).isEqualTo(1);

        JsonNode api = json(get("openapi.json"));
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").fieldNames()).toIterable()
                .contains("/api/v1/check", "/api/v1/annotate", "/api/v1/rules", "/healthz");
        // every $ref resolves inside the document
        for (JsonNode ref : api.findValues("$ref")) {
            assertThat(api.at(ref.asText().substring(1)).isMissingNode()).as(ref.asText()).isFalse();
        }
    }

    @Test
    void thePageIsServedWithItsWordsFilledIn() throws Exception {
        HttpResponse<byte[]> r = get("");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(page).contains("文档审阅", "Document review", "需修改").doesNotContain("{{");
        // works offline: nothing is fetched from another host
        assertThat(page).doesNotContain("src=\"http", "href=\"http", "url(http", "@import", "//cdn");
        // and the browser is told so: the page may talk to this server only
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'", "connect-src 'self'");
    }

    @Test
    void anUploadOverTheLimitIs413() throws Exception {
        byte[] big = new byte[(int) MAX_UPLOAD + 50_000];
        HttpResponse<byte[]> r;
        try {
            r = post("api/v1/check", List.of(Samples.Part.file("big.docx", big)));
        } catch (IOException refusedMidUpload) {
            // the server answers by the declared length without reading the body; a client still writing it
            // may see the connection closed first. Ask again the way careful clients do: headers only.
            assertThat(refusalByDeclaredLength(MAX_UPLOAD + 50_000)).startsWith("HTTP/1.1 413");
            return;
        }
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).at("/error/code").asText()).isEqualTo("too-large");
    }

    @Test
    void badRequestsAreRefusedWithACode() throws Exception {
        assertThat(post("api/v1/check?lang=fr", List.of(Samples.Part.file("a.docx", new byte[] {1}))).statusCode())
                .isEqualTo(400);
        assertThat(json(post("api/v1/check?format=pdf", List.of(Samples.Part.file("a.docx", new byte[] {1}))))
                .at("/error/code").asText()).isEqualTo("bad-format");
        assertThat(json(post("api/v1/check", List.of(Samples.Part.field("lang", "zh")))).at("/error/code").asText())
                .isEqualTo("no-file");
        assertThat(get("api/v1/nothing").statusCode()).isEqualTo(404);
        assertThat(get("api/v1/check").statusCode()).isEqualTo(405);
        HttpResponse<byte[]> notMultipart = client.send(HttpRequest.newBuilder(server.uri().resolve("api/v1/check"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(notMultipart.statusCode()).isEqualTo(415);
    }

    /** One slot, no queue: while a check holds the slot, the next is refused with 429 and Retry-After. */
    @Test
    void whenEverySlotIsTakenTheNextCheckIs429() throws Exception {
        Gate gate = new Gate(new CountDownLatch(1), new CountDownLatch(1));
        GATE.set(gate);
        byte[] doc = Samples.docx(Samples.DEFECTIVE);
        CompletableFuture<HttpResponse<byte[]>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return post("api/v1/check", List.of(Samples.Part.file("first.docx", doc)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(gate.entered().await(30, TimeUnit.SECONDS)).isTrue();
            HttpResponse<byte[]> second = post("api/v1/check", List.of(Samples.Part.file("second.docx", doc)));
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(json(second).at("/error/code").asText()).isEqualTo("busy");
            assertThat(json(get("healthz")).at("/checks/inFlight").asInt()).isEqualTo(1);
        } finally {
            gate.release().countDown();
        }
        HttpResponse<byte[]> r = first.get(60, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).at("/files/0/path").asText()).isEqualTo("first.docx");
        assertThat(post("api/v1/check", List.of(Samples.Part.file("third.docx", doc))).statusCode()).isEqualTo(200);
    }
}
