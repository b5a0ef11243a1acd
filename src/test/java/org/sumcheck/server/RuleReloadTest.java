package org.sumcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --watch-rules}: an edit to the rules folder reloads it; a DRL error keeps the previous rule base, and
 * checks go on with it. Waits for the watcher's reload by polling /healthz (no timing is asserted).
 */
class RuleReloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aBrokenEditKeepsTheOldRulesAndAFixedOneIsLoaded() throws Exception {
        Path rules = temp.resolve("rules");
        copyTree(Path.of("rules"), rules);
        ServerConfig config = ServerConfig.defaults().withPort(0).withRules(rules, true)
                .withTempRoot(Files.createDirectories(temp.resolve("uploads")));
        HttpClient client = HttpClient.newHttpClient();
        try (SumcheckServer server = SumcheckServer.start(config, "test")) {
            JsonNode h = health(client, server);
            assertThat(h.at("/rules/generation").asLong()).isEqualTo(1);

            Path drl = rules.resolve("placeholder.drl");
            String original = Files.readString(drl);
            Files.writeString(drl, original + "\nrule \"broken\" when then this is not DRL\n");
            h = waitFor(client, server, x -> x.at("/rules/reloadFailures").asLong() >= 1);
            assertThat(h.at("/rules/generation").asLong()).isEqualTo(1);
            assertThat(h.at("/rules/lastReloadError").asText()).contains("placeholder.drl");

            // still checking, with the old rules
            Samples.Multipart m = Samples.Multipart.of(List.of(Samples.Part.file("a.docx", Samples.docx(Samples.DEFECTIVE))));
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(server.uri().resolve("api/v1/check"))
                    .header("Content-Type", m.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).at("/files/0/findings").findValuesAsText("category")).contains("placeholder");

            Files.writeString(drl, original);
            h = waitFor(client, server, x -> x.at("/rules/generation").asLong() >= 2);
            assertThat(h.at("/rules/count").asInt()).isGreaterThan(5);
        }
    }

    private static JsonNode health(HttpClient client, SumcheckServer server) throws Exception {
        return JSON.readTree(client.send(HttpRequest.newBuilder(server.uri().resolve("healthz")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body());
    }

    /** Polls until the condition holds; gives up after a minute (a watcher that never fires fails the test). */
    private static JsonNode waitFor(HttpClient client, SumcheckServer server, Predicate<JsonNode> condition)
            throws Exception {
        JsonNode h = health(client, server);
        for (int i = 0; i < 600 && !condition.test(h); i++) {
            Thread.sleep(100);
            h = health(client, server);
        }
        assertThat(condition.test(h)).as("health %s", h).isTrue();
        return h;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
