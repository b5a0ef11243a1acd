package org.sumcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several files in one upload are one batch (docs/server.md): over a real socket, real .docx files (POI) of four
 * community submissions ({@link BatchSamples}), one report with the cross-document findings in JSON, HTML and SARIF.
 */
class ServerBatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path uploads;
    static SumcheckServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        uploads = Files.createDirectories(temp.resolve("uploads"));
        ServerConfig config = ServerConfig.defaults().withPort(0).withLimits(4 * 1024 * 1024, 1, 2).withTempRoot(uploads);
        server = SumcheckServer.start(config, "test", names -> { });
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

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

    static List<Samples.Part> batch() throws IOException {
        return List.of(Samples.Part.file("东湖社区.docx", Samples.docx(BatchSamples.east())),
                Samples.Part.file("西湖社区.docx", Samples.docx(BatchSamples.west())),
                Samples.Part.file("南湖社区.docx", Samples.docx(BatchSamples.south())),
                Samples.Part.file("北湖社区.docx", Samples.docx(BatchSamples.north())));
    }

    static JsonNode file(JsonNode report, String path) {
        for (JsonNode f : report.get("files")) {
            if (f.get("path").asText().equals(path)) {
                return f;
            }
        }
        throw new AssertionError("no file " + path + " in " + report.get("files"));
    }

    static List<JsonNode> findings(JsonNode file, String rule) {
        List<JsonNode> out = new ArrayList<>();
        file.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals(rule)) {
                out.add(f);
            }
        });
        return out;
    }

    /** The paths a file's findings of {@code rule} name in their relatedFiles. */
    static List<String> named(JsonNode file, String rule) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings(file, rule)) {
            f.path("relatedFiles").forEach(r -> out.add(r.get("path").asText()));
        }
        return out;
    }

    @Test
    void aMultiFileUploadIsOneBatchWithTheCrossFindings() throws Exception {
        HttpResponse<byte[]> r = post("api/v1/check?include=text", batch());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.body());
        assertThat(report.get("files")).hasSize(4);
        JsonNode east = file(report, "东湖社区.docx");
        JsonNode west = file(report, "西湖社区.docx");
        // the copied paragraph and the edited one: each side names the other
        assertThat(named(east, "CROSS-001")).contains("西湖社区.docx").doesNotContain("南湖社区.docx", "北湖社区.docx");
        assertThat(named(west, "CROSS-001")).contains("东湖社区.docx");
        JsonNode exact = null;
        for (JsonNode f : findings(west, "CROSS-001")) {
            if (f.get("match").asText().contains("网格党小组")) {
                exact = f;
            }
        }
        assertThat(exact).as("the pasted paragraph in %s", west.get("findings")).isNotNull();
        JsonNode ref = exact.get("relatedFiles").get(0);
        assertThat(ref.get("passage").asText()).contains("居民点单、支部派单、党员接单");
        assertThat(ref.get("similarity").asDouble()).isGreaterThan(0.9);
        // include=text still comes with each file, and the finding points into it
        int n = exact.at("/location/paragraph").asInt();
        assertThat(west.get("text").get(n - 1).get("text").asText()).contains("网格党小组");
        // the edited copy is found too
        assertThat(findings(west, "CROSS-001")).anySatisfy(f -> assertThat(f.get("match").asText()).contains("红色物业联席会议"));
        // 西湖 names 东湖's committee where its own belongs
        assertThat(findings(west, "CROSS-002")).anySatisfy(f -> assertThat(f.get("match").asText()).contains("东湖社区"));
        // 南湖 is last year's file; 北湖 shares only the genre's standard wording
        assertThat(findings(file(report, "南湖社区.docx"), "CROSS-003")).hasSize(1);
        JsonNode north = file(report, "北湖社区.docx");
        assertThat(north.get("findings")).noneSatisfy(f -> assertThat(f.get("rule").asText()).startsWith("CROSS-"));
    }

    @Test
    void theBatchReportAsHtmlHasTheSimilarMaterialAndSarifPointsAtTheOtherFile() throws Exception {
        HttpResponse<byte[]> html = post("api/v1/check?format=html", batch());
        assertThat(html.statusCode()).isEqualTo(200);
        String page = new String(html.body(), StandardCharsets.UTF_8);
        assertThat(page).contains("<h2>相似材料</h2>", "居民点单、支部派单、党员接单", "东湖社区.docx", "西湖社区.docx");

        HttpResponse<byte[]> sarif = post("api/v1/check?format=sarif&lang=en", batch());
        assertThat(sarif.statusCode()).isEqualTo(200);
        JsonNode run = JSON.readTree(sarif.body()).at("/runs/0");
        List<String> relatedUris = new ArrayList<>();
        for (JsonNode res : run.get("results")) {
            if (res.get("ruleId").asText().equals("CROSS-001")
                    && res.at("/locations/0/physicalLocation/artifactLocation/uri").asText().contains("%E8%A5%BF")) { // 西
                res.get("relatedLocations").forEach(l -> relatedUris.add(l.at("/physicalLocation/artifactLocation/uri").asText()));
            }
        }
        assertThat(relatedUris).contains("%E4%B8%9C%E6%B9%96%E7%A4%BE%E5%8C%BA.docx"); // 东湖社区.docx
        Optional<Path> tool = org.sumcheck.render.SarifValidatorTest.multitool();
        if (tool.isPresent()) {
            Path file = temp.resolve("batch.sarif");
            Files.write(file, sarif.body());
            assertThat(org.sumcheck.render.SarifValidatorTest.validate(tool.get(), file, temp)).isEmpty();
        }
    }

    @Test
    void twoUploadsOfTheSameNameAreToldApart() throws Exception {
        HttpResponse<byte[]> r = post("api/v1/check", List.of(
                Samples.Part.file("总结.docx", Samples.docx(BatchSamples.east())),
                Samples.Part.file("总结.docx", Samples.docx(BatchSamples.west()))));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.body());
        assertThat(report.get("files").get(0).get("path").asText()).isEqualTo("总结.docx");
        assertThat(report.get("files").get(1).get("path").asText()).isEqualTo("总结 (2).docx");
        assertThat(named(file(report, "总结.docx"), "CROSS-001")).contains("总结 (2).docx");
        assertThat(named(file(report, "总结 (2).docx"), "CROSS-001")).contains("总结.docx");
    }

    @Test
    void oneFileAloneGetsNoCrossCheck() throws Exception {
        HttpResponse<byte[]> r = post("api/v1/check", List.of(Samples.Part.file("西湖社区.docx", Samples.docx(BatchSamples.west()))));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode west = JSON.readTree(r.body()).at("/files/0");
        assertThat(west.get("status").asText()).isEqualTo("ok");
        assertThat(west.get("findings")).noneSatisfy(f -> assertThat(f.get("rule").asText()).startsWith("CROSS-"));
    }

    @Test
    void distinctNamesKeepUploadOrder() {
        assertThat(ApiHandler.distinctNames(List.of("a.docx", "b.pdf", "a.docx", "a (2).docx", "说明")))
                .containsExactly("a.docx", "b.pdf", "a (2).docx", "a (2) (2).docx", "说明");
    }
}
