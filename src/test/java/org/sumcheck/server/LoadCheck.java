package org.sumcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * The load check of issue 7 (run by scripts/loadtest): sends N concurrent uploads of a 3-page .docx to a sumcheck
 * server on this machine and prints p50/p95 latency, throughput, the count of each status, and the server's RSS
 * before and after. Exit 1 when any request failed with 500, was lost, or was answered wrongly.
 *
 * <pre>java -cp target/test-classes:target/sumcheck-VERSION.jar org.sumcheck.server.LoadCheck URL [REQUESTS] [PID]</pre>
 * Only loopback addresses are accepted; one bounded batch is sent.
 */
public final class LoadCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Outcome(int status, long nanos, String problem) {
    }

    private LoadCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LoadCheck URL [REQUESTS=50] [SERVER_PID]");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int requests = args.length > 1 ? Math.min(500, Integer.parseInt(args[1])) : 50;
        String pid = args.length > 2 ? args[2] : null;
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            System.err.println("LoadCheck only sends to this machine (loopback), not " + base.getHost());
            System.exit(2);
        }
        byte[] docx = Samples.longDocx(3);
        Samples.Multipart body = Samples.Multipart.of(List.of(Samples.Part.file("三页总结.docx", docx)));
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8))
                .connectTimeout(Duration.ofSeconds(10)).build();
        // warm-up: one request so the first parse's class loading is not in the numbers
        send(client, base, body).join();

        String rssBefore = rss(pid);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Outcome>> all = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            all.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }).thenCompose(x -> send(client, base, body)));
        }
        long t0 = System.nanoTime();
        start.countDown();
        List<Outcome> outcomes = all.stream().map(CompletableFuture::join).toList();
        double wall = (System.nanoTime() - t0) / 1e9;
        String rssAfter = rss(pid);

        Map<String, Integer> byStatus = new TreeMap<>();
        List<Long> okNanos = new ArrayList<>();
        List<Long> allNanos = new ArrayList<>();
        int wrong = 0;
        for (Outcome o : outcomes) {
            byStatus.merge(o.status() == 0 ? "lost" : Integer.toString(o.status()), 1, Integer::sum);
            allNanos.add(o.nanos());
            if (o.status() == 200) {
                okNanos.add(o.nanos());
            }
            if (o.problem() != null) {
                wrong++;
                System.err.println("wrong answer: " + o.problem());
            }
        }
        System.out.printf("requests: %d concurrent uploads of a 3-page .docx (%d bytes) to %s%n", requests, docx.length, base);
        System.out.printf("status: %s%n", byStatus);
        System.out.printf("200/429/503/500: %d/%d/%d/%d, lost: %d, wrong answers: %d%n", byStatus.getOrDefault("200", 0),
                byStatus.getOrDefault("429", 0), byStatus.getOrDefault("503", 0), byStatus.getOrDefault("500", 0),
                byStatus.getOrDefault("lost", 0), wrong);
        System.out.printf("latency of 200s: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", pct(okNanos, 50), pct(okNanos, 95),
                pct(okNanos, 100));
        System.out.printf("latency of all answers: p50 %.0f ms, p95 %.0f ms%n", pct(allNanos, 50), pct(allNanos, 95));
        System.out.printf("wall %.2f s, throughput %.1f checked docs/s (%.1f answers/s)%n", wall, okNanos.size() / wall,
                outcomes.size() / wall);
        if (pid != null) {
            System.out.printf("server RSS: before %s, after %s%n", rssBefore, rssAfter);
        }
        boolean bad = byStatus.containsKey("500") || byStatus.containsKey("lost") || wrong > 0
                || byStatus.keySet().stream().anyMatch(s -> !List.of("200", "429", "503").contains(s));
        System.exit(bad ? 1 : 0);
    }

    private static CompletableFuture<Outcome> send(HttpClient client, URI base, Samples.Multipart body) {
        HttpRequest req = HttpRequest.newBuilder(base.resolve("api/v1/check")).timeout(Duration.ofSeconds(180))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.body())).build();
        long t = System.nanoTime();
        return client.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(r -> new Outcome(r.statusCode(), System.nanoTime() - t, check(r)))
                .exceptionally(e -> new Outcome(0, System.nanoTime() - t, "no answer: " + e));
    }

    /** A 200 must be the report of that file with its placeholder found; a refusal must say when to retry. */
    private static String check(HttpResponse<byte[]> r) {
        try {
            if (r.statusCode() == 200) {
                JsonNode file = JSON.readTree(r.body()).at("/files/0");
                boolean ok = "三页总结.docx".equals(file.path("path").asText()) && "ok".equals(file.path("status").asText())
                        && file.path("findings").findValuesAsText("match").contains("XX");
                return ok ? null : "200 without the expected finding: " + file;
            }
            if (r.statusCode() == 429 || r.statusCode() == 503) {
                return r.headers().firstValue("Retry-After").isPresent() ? null : r.statusCode() + " without Retry-After";
            }
            return "status " + r.statusCode() + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "unreadable body: " + e;
        }
    }

    private static double pct(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i))) / 1e6;
    }

    private static String rss(String pid) throws IOException {
        if (pid == null) {
            return "?";
        }
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format("%.0f MB", kb / 1024.0);
            }
        }
        return "?";
    }
}
