package org.sumcheck.server;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request's uploaded files and form fields. The files live in a folder of their own under the server's temp
 * root and nowhere else; {@link #close()} (called in a finally when the request ends) deletes the folder.
 * The multipart parsing is Jetty's.
 */
final class Upload implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Upload.class);

    /** An uploaded file: the name the user gave it and where its bytes are for the length of the request. */
    record File(String name, Path path, long size) {
    }

    private final Path dir;
    private final List<File> files;
    private final Map<String, String> fields;

    private Upload(Path dir, List<File> files, Map<String, String> fields) {
        this.dir = dir;
        this.files = List.copyOf(files);
        this.fields = Map.copyOf(fields);
    }

    List<File> files() {
        return files;
    }

    /** A form field's value, or null. */
    String field(String name) {
        return fields.get(name);
    }

    /**
     * Reads the multipart body into a fresh folder under {@code tempRoot}.
     *
     * @throws HttpError 415 when the body is not multipart, 413 beyond {@code maxBytes}, 408 when the body does
     *                   not arrive within {@code timeout}, 400 when it is malformed or holds no file
     */
    static Upload read(Request request, Path tempRoot, long maxBytes, java.time.Duration timeout) throws IOException {
        String contentType = request.getHeaders().get("Content-Type");
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new HttpError(415, "not-multipart");
        }
        long declared = request.getLength();
        if (declared > maxBytes) {
            throw new HttpError(413, "too-large", maxBytes / (1024 * 1024));
        }
        Files.createDirectories(tempRoot);
        Path dir = Files.createTempDirectory(tempRoot, "sumcheck-upload-");
        boolean ok = false;
        MultiPartFormData.Parts parts = null;
        try {
            MultiPartConfig config = new MultiPartConfig.Builder()
                    .location(dir)
                    .maxSize(maxBytes)
                    .maxPartSize(maxBytes)
                    // parts over 16 KB go straight to the request's folder; form fields must fit in memory
                    .maxMemoryPartSize(16 * 1024)
                    .useFilesForPartsWithoutFileName(false)
                    .maxParts(100)
                    .build();
            CompletableFuture<MultiPartFormData.Parts> future =
                    MultiPartFormData.from(request, request, contentType, config);
            try {
                parts = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new HttpError(408, "upload-timeout", timeout.toSeconds());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HttpError(503, "interrupted");
            } catch (ExecutionException e) {
                throw refusal(e.getCause(), maxBytes);
            }
            List<File> files = new ArrayList<>();
            Map<String, String> fields = new HashMap<>();
            int n = 0;
            for (MultiPart.Part part : parts) {
                if (part.getFileName() == null) {
                    fields.put(part.getName(), part.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
                    continue;
                }
                String name = displayName(part.getFileName());
                Path target = dir.resolve(++n + "-" + safeFileName(name));
                part.writeTo(target);
                files.add(new File(name, target, Files.size(target)));
            }
            ok = true;
            return new Upload(dir, files, fields);
        } finally {
            if (parts != null) {
                parts.close();
            }
            if (!ok) {
                deleteTree(dir);
            }
        }
    }

    private static HttpError refusal(Throwable cause, long maxBytes) {
        String m = String.valueOf(cause == null ? null : cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("max") && (m.contains("size") || m.contains("length") || m.contains("exceed"))) {
            return new HttpError(413, "too-large", maxBytes / (1024 * 1024));
        }
        if (cause instanceof BadMessageException b && b.getCode() == 413) {
            return new HttpError(413, "too-large", maxBytes / (1024 * 1024));
        }
        LOG.debug("malformed multipart body: {}", String.valueOf(cause));
        return new HttpError(400, "bad-multipart");
    }

    /** The last path segment of what the browser sent (some send a full Windows path). */
    static String displayName(String sent) {
        String s = sent.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).strip();
        s = s.replaceAll("\\p{Cntrl}", "");
        return s.isEmpty() ? "upload" : s;
    }

    /** A name safe on any file system: letters (CJK too), digits, dot, dash, underscore; at most 80 chars. */
    static String safeFileName(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "_");
        if (s.length() > 80) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 8 ? s.substring(dot) : "";
            s = s.substring(0, 80 - ext.length()) + ext;
        }
        return s;
    }

    @Override
    public void close() {
        deleteTree(dir);
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("could not remove the upload folder {}: {}", root, e.toString());
        }
    }
}
