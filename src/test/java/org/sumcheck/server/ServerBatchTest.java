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
 * Several files in one upload are one batch: over a real socket, real .docx files (POI) of community submissions
 * ({@link BatchSamples}), one report in upload order, names told apart.
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
    void twoUploadsOfTheSameNameAreToldApart() throws Exception {
        HttpResponse<byte[]> r = post("api/v1/check", List.of(
                Samples.Part.file("总结.docx", Samples.docx(BatchSamples.east())),
                Samples.Part.file("总结.docx", Samples.docx(BatchSamples.west()))));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.body());
        assertThat(report.get("files").get(0).get("path").asText()).isEqualTo("总结.docx");
        assertThat(report.get("files").get(1).get("path").asText()).isEqualTo("总结 (2).docx");
        assertThat(report.get("files").get(1).get("status").asText()).isEqualTo("ok");
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
