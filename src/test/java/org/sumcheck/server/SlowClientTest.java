package org.sumcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that announces an upload and then stalls is answered 408 once the upload time runs out, and what it
 * had sent is removed. (The outcome is asserted, not how long it took.)
 */
class SlowClientTest {
    @TempDir
    Path temp;

    @Test
    void aStalledUploadIs408AndLeavesNothingBehind() throws Exception {
        Path uploads = Files.createDirectories(temp.resolve("uploads"));
        ServerConfig config = ServerConfig.defaults().withPort(0).withTempRoot(uploads)
                .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(1));
        try (SumcheckServer server = SumcheckServer.start(config, "test");
             Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            String boundary = "XyZ";
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.docx\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n" + "x".repeat(40_000);
            byte[] part = head.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                    + "Content-Length: " + (part.length + 100_000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(part); // then nothing more: the rest of the announced body never comes
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(response).isEqualTo("HTTP/1.1 408");
        }
        try (Stream<Path> left = Files.list(uploads)) {
            assertThat(left.toList()).isEmpty();
        }
    }
}
