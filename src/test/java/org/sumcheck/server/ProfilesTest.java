package org.sumcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --profiles DIR}: a request picks a named sumcheck.yaml with {@code profile=NAME}. */
class ProfilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aProfileSwitchesRulesOffForThatRequestOnly() throws Exception {
        Path profiles = Files.createDirectories(temp.resolve("profiles"));
        Files.writeString(profiles.resolve("lenient.yaml"), "rules:\n  PLACEHOLDER-001: off\n  NUMBERING-001: info\n");
        ServerConfig config = ServerConfig.defaults().withPort(0).withProfiles(profiles)
                .withTempRoot(Files.createDirectories(temp.resolve("uploads")));
        HttpClient client = HttpClient.newHttpClient();
        byte[] doc = Samples.docx(Samples.DEFECTIVE);
        try (SumcheckServer server = SumcheckServer.start(config, "test")) {
            JsonNode plain = check(client, server, "", doc);
            assertThat(plain.at("/files/0/findings").findValuesAsText("rule")).contains("PLACEHOLDER-001");

            JsonNode lenient = check(client, server, "profile=lenient", doc);
            assertThat(lenient.at("/files/0/findings").findValuesAsText("rule")).doesNotContain("PLACEHOLDER-001");
            JsonNode numbering = lenient.at("/files/0/findings").findParents("rule").stream()
                    .filter(f -> f.get("rule").asText().equals("NUMBERING-001")).findFirst().orElseThrow();
            assertThat(numbering.get("severity").asText()).isEqualTo("info");

            JsonNode rules = JSON.readTree(client.send(HttpRequest.newBuilder(server.uri().resolve("api/v1/rules")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body());
            assertThat(rules.get("profiles").toString()).contains("default", "lenient");

            JsonNode unknown = check(client, server, "profile=nope", doc);
            assertThat(unknown.at("/error/code").asText()).isEqualTo("bad-profile");
            assertThat(unknown.at("/error/message").asText()).contains("lenient");
        }
    }

    @Test
    void aProfileWithAMisspelledRuleIdIsRefusedWithA400NamingFileLineAndId() throws Exception {
        Path profiles = Files.createDirectories(temp.resolve("profiles2"));
        Path typo = Files.writeString(profiles.resolve("typo.yaml"), "rules:\n  YAER-004: off\n");
        Files.writeString(profiles.resolve("lenient.yaml"), "rules:\n  PLACEHOLDER-001: off\n");
        ServerConfig config = ServerConfig.defaults().withPort(0).withProfiles(profiles)
                .withTempRoot(Files.createDirectories(temp.resolve("uploads2")));
        HttpClient client = HttpClient.newHttpClient();
        byte[] doc = Samples.docx(Samples.DEFECTIVE);
        try (SumcheckServer server = SumcheckServer.start(config, "test")) {
            JsonNode wrong = check(client, server, "profile=typo", doc);
            assertThat(wrong.at("/error/status").asInt()).isEqualTo(400);
            assertThat(wrong.at("/error/code").asText()).isEqualTo("bad-config");
            assertThat(wrong.at("/error/message").asText()).contains("YAER-004", typo + ":2");
            // the other profiles and the default still serve
            assertThat(check(client, server, "profile=lenient", doc).at("/files/0/findings").findValuesAsText("rule"))
                    .doesNotContain("PLACEHOLDER-001").isNotEmpty();
            assertThat(check(client, server, "", doc).at("/files/0/findings").findValuesAsText("rule"))
                    .contains("PLACEHOLDER-001");
        }
    }

    private static JsonNode check(HttpClient client, SumcheckServer server, String query, byte[] doc) throws Exception {
        Samples.Multipart m = Samples.Multipart.of(List.of(Samples.Part.file("a.docx", doc)));
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(server.uri().resolve("api/v1/check?" + query))
                .header("Content-Type", m.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return JSON.readTree(r.body());
    }
}
