package jp.kyodo.itests.browser;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx in front of running Kyodo nodes, configured with the files the README gives city IT
 * ({@code docs/cluster/kyodo-http.conf}, {@code kyodo-proxy.conf} and the upstreams {@code kyodo-upstreams.sh}
 * writes from the nodes' readiness), listening on a free loopback port. Its folder is under
 * {@code target/nginx/} for the logs.
 */
final class Nginx implements AutoCloseable {

    static final String BINARY = System.getProperty("kyodo.nginx", "/usr/sbin/nginx");

    private final Path dir;
    private final int port;
    private final Process process;

    private Nginx(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The access log: each request with the node that answered it. */
    String accessLog() throws IOException {
        Path log = dir.resolve("access.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    static Nginx start(List<RunningKyodo> nodes) throws Exception {
        if (!Files.isExecutable(Paths.get(BINARY))) {
            throw new IllegalStateException(BINARY + " is missing: apt-get install nginx-light (.ci/run does)");
        }
        Path cluster = Paths.get("..", "docs", "cluster").toAbsolutePath().normalize();
        Path dir = Paths.get("target", "nginx").toAbsolutePath();
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir.resolve("temp"));
        StringBuilder list = new StringBuilder();
        for (RunningKyodo node : nodes) {
            list.append(node.nodeName())
                    .append(" 127.0.0.1:")
                    .append(node.httpPort())
                    .append('\n');
        }
        Files.writeString(dir.resolve("nodes"), list.toString());
        // the upstreams, as city IT has the script write them (nginx is not running yet: no reload)
        ProcessBuilder upstreams = new ProcessBuilder(
                        "bash", cluster.resolve("kyodo-upstreams.sh").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("kyodo-upstreams.log").toFile());
        upstreams.environment().put("KYODO_NODES", dir.resolve("nodes").toString());
        upstreams
                .environment()
                .put("KYODO_UPSTREAMS", dir.resolve("upstreams.conf").toString());
        upstreams.environment().put("KYODO_STATE", dir.resolve("state").toString());
        upstreams.environment().put("KYODO_NGINX_TEST", "true");
        upstreams.environment().put("KYODO_NGINX_RELOAD", "true");
        Process written = upstreams.start();
        if (!written.waitFor(60, TimeUnit.SECONDS) || !Files.exists(dir.resolve("upstreams.conf"))) {
            throw new IllegalStateException("kyodo-upstreams.sh wrote no upstreams; see " + dir);
        }
        int port = 20_000 + ThreadLocalRandom.current().nextInt(12_000);
        String temp = dir.resolve("temp").toString();
        Files.writeString(
                dir.resolve("nginx.conf"),
                String.join(
                        "\n",
                        "daemon off;",
                        "worker_processes 1;",
                        "pid " + dir.resolve("nginx.pid") + ";",
                        "error_log " + dir.resolve("error.log") + " notice;",
                        "events { worker_connections 512; }",
                        "http {",
                        "    client_body_temp_path " + temp + "/body;",
                        "    proxy_temp_path " + temp + "/proxy;",
                        "    fastcgi_temp_path " + temp + "/fastcgi;",
                        "    uwsgi_temp_path " + temp + "/uwsgi;",
                        "    scgi_temp_path " + temp + "/scgi;",
                        "    include " + dir.resolve("upstreams.conf") + ";",
                        "    include " + cluster.resolve("kyodo-http.conf") + ";",
                        "    server {",
                        "        listen 127.0.0.1:" + port + ";",
                        "        client_max_body_size 55m;",
                        "        access_log " + dir.resolve("access.log") + " kyodo;",
                        "        include " + cluster.resolve("kyodo-proxy.conf") + ";",
                        "    }",
                        "}",
                        ""));
        Process process = new ProcessBuilder(
                        BINARY,
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.log").toFile())
                .start();
        Nginx nginx = new Nginx(dir, port, process);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("console.log")));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        nginx.close();
        throw new IllegalStateException("nginx did not listen on " + port + "; see " + dir);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
