package org.sumcheck.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real documents made for the server tests, and a multipart body as a browser sends it. */
final class Samples {
    /** A 2023 summary with two placeholders (学习XX次, X次) and a repeated heading number. */
    static final List<String> DEFECTIVE = List.of(
            "第一党支部2023年度党建工作总结",
            "一、主要工作及成效",
            "（一）加强理论武装。全年组织集中学习XX次，开展专题研讨X次，支部书记讲党课3次。",
            "（二）夯实组织基础。严格落实“三会一课”制度，召开支委会12次、党员大会4次。",
            "（二）推进党建与业务融合。围绕中心工作开展“党员先锋岗”创建活动。",
            "二、存在的问题",
            "一是理论学习的系统性还不够强。二是支部活动形式比较单一。",
            "三、下一步工作打算",
            "（一）持续强化理论学习，全年开展集中学习不少于12次。");

    private Samples() {
    }

    static byte[] docx(List<String> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** About {@code pages} A4 pages of ordinary text around the defective sample (about 1,000 characters a page). */
    static byte[] longDocx(int pages) throws IOException {
        List<String> lines = new java.util.ArrayList<>(DEFECTIVE);
        String body = "支部坚持以习近平新时代中国特色社会主义思想为指导，认真落实全面从严治党主体责任，"
                + "扎实推进党支部标准化规范化建设，党员队伍的凝聚力和战斗力不断增强。";
        for (int i = 0; i < pages * 12; i++) {
            lines.add(body);
        }
        return docx(lines);
    }

    /** A multipart/form-data body: files as (name, bytes) pairs, then text fields. */
    record Multipart(String contentType, byte[] body) {
        static Multipart of(List<Part> parts) {
            String boundary = "----sumcheck" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Part p : parts) {
                StringBuilder h = new StringBuilder("--" + boundary + "\r\n");
                if (p.fileName() != null) {
                    h.append("Content-Disposition: form-data; name=\"").append(p.field()).append("\"; filename=\"")
                            .append(p.fileName()).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
                } else {
                    h.append("Content-Disposition: form-data; name=\"").append(p.field()).append("\"\r\n\r\n");
                }
                out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
                out.writeBytes(p.content());
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
        }
    }

    record Part(String field, String fileName, byte[] content) {
        static Part file(String name, byte[] content) {
            return new Part("file", name, content);
        }

        static Part field(String name, String value) {
            return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
