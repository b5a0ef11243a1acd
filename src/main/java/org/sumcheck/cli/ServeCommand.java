package org.sumcheck.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import org.sumcheck.rules.RuleLoadException;
import org.sumcheck.server.ServerConfig;
import org.sumcheck.server.SumcheckServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sumcheck serve}: the review page and the HTTP API. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"启动审阅网页和 HTTP API（默认只监听本机 127.0.0.1:8080）。",
                "Serve the review page and the HTTP API (127.0.0.1:8080 unless told otherwise)."})
final class ServeCommand implements Callable<Integer> {
    private static final ServerConfig DEFAULTS = ServerConfig.defaults();

    @Option(names = "--port", paramLabel = "N", description = "端口（默认 8080；0 为任一空闲端口）/ TCP port")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDR",
            description = "监听地址（默认 127.0.0.1，仅本机可访问）/ bind address (loopback by default)")
    String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--rules", paramLabel = "DIR", description = "使用此规则目录代替内置规则 / use this rules folder")
    Path rulesDir;

    @Option(names = "--watch-rules", description = "规则目录有变化时重新加载（需 --rules）/ reload rules when the folder changes")
    boolean watchRules;

    @Option(names = "--profiles", paramLabel = "DIR",
            description = "规则配置目录：每个 NAME.yaml（sumcheck.yaml 格式）可用 profile=NAME 选用 / named rule profiles")
    Path profilesDir;

    @Option(names = "--max-upload-mb", paramLabel = "N", description = "单次上传上限，MB（默认 20；超出返回 413）/ max upload size")
    long maxUploadMb = ServerConfig.DEFAULT_MAX_UPLOAD_MB;

    @Option(names = "--max-concurrent", paramLabel = "N", description = "同时进行的检查数（默认 CPU 核数）/ concurrent checks")
    int maxConcurrent = DEFAULTS.maxConcurrent();

    @Option(names = "--queue", paramLabel = "N",
            description = "排队等待的检查数（默认核数×2；超出返回 429）/ checks allowed to wait")
    int queue = DEFAULTS.queue();

    @Option(names = "--queue-wait", paramLabel = "SECONDS", description = "排队最长等待，秒（默认 30；超出返回 503）/ max wait in queue")
    long queueWaitSeconds = DEFAULTS.queueWait().toSeconds();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "单文件解析时限，秒（默认 60）/ per-file time limit")
    long timeoutSeconds = DEFAULTS.fileTimeout().toSeconds();

    @Option(names = "--idle-timeout", paramLabel = "SECONDS",
            description = "连接空闲超时，秒（默认 30）/ close connections idle this long")
    long idleSeconds = DEFAULTS.idleTimeout().toSeconds();

    @Option(names = "--upload-timeout", paramLabel = "SECONDS",
            description = "上传须在此时间内完成，秒（默认 120；超出返回 408）/ whole upload must arrive within")
    long uploadSeconds = DEFAULTS.uploadTimeout().toSeconds();

    @Option(names = "--temp-dir", paramLabel = "DIR", description = "上传临时目录（请求结束即删除）/ where uploads live during a request")
    Path tempDir = DEFAULTS.tempRoot();

    @Option(names = {"-v", "--verbose"}, description = "显示处理过程 / show what happens")
    boolean verbose;

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        Logging.configure(verbose);
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx && !verbose) {
            // a server tells what it does: start, requests (file names and counts only), reloads
            ctx.getLogger("org.sumcheck.server").setLevel(Level.INFO);
        }
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, rulesDir, watchRules, profilesDir, maxUploadMb * 1024 * 1024,
                    maxConcurrent, queue, Duration.ofSeconds(queueWaitSeconds), Duration.ofSeconds(timeoutSeconds),
                    Duration.ofSeconds(idleSeconds), Duration.ofSeconds(uploadSeconds), tempDir);
        } catch (IllegalArgumentException e) {
            System.err.println("参数错误 / bad option: " + e.getMessage());
            return ExitCode.ERROR;
        }
        SumcheckServer server;
        try {
            server = SumcheckServer.start(config, Version.current());
        } catch (RuleLoadException e) {
            System.err.println("规则加载失败 / rules failed to load: " + e.getMessage());
            return ExitCode.ERROR;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("无法启动服务 / cannot start the server: " + e.getMessage());
            return ExitCode.ERROR;
        }
        System.err.println("sumcheck serve: " + server.uri() + "  （Ctrl+C 停止 / to stop）");
        if (!isLoopback(host)) {
            System.err.println("注意：服务对网络开放且没有身份验证，请置于反向代理或防火墙之后。"
                    + " / Note: reachable from the network with no authentication; put it behind a proxy or firewall.");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sumcheck-shutdown"));
        server.join();
        return ExitCode.OK;
    }
}
