package kz.elections.results.scale;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx in front of the replicas with the local stack's own configuration ({@code deploy/local/nginx}, as
 * {@code TIZIM_REPLICAS=2 deploy/local/up.sh} renders it), on a free port.
 */
final class Balancer implements AutoCloseable {

    private static final Path TEMPLATES = Path.of("..", "deploy", "local", "nginx");
    private static final Path STATE = Path.of("target", "scale-out", "balancer").toAbsolutePath();

    final int port = Replica.freePort();
    private final Process process;

    Balancer(List<Replica> replicas) {
        String servers = replicas.stream().map(r -> "        server 127.0.0.1:" + r.port + " max_fails=1 fail_timeout=2s;")
                .collect(Collectors.joining("\n"));
        try {
            for (String dir : List.of("nginx/body", "nginx/proxy", "nginx/fastcgi", "nginx/uwsgi", "nginx/scgi", "logs")) {
                Files.createDirectories(STATE.resolve(dir));
                Files.setPosixFilePermissions(STATE.resolve(dir), PosixFilePermissions.fromString("rwxrwxrwx"));
            }
            String service = Files.readString(TEMPLATES.resolve("service.conf.template")).replace("@NAME@", "results-service")
                    .replace("@PORT@", String.valueOf(port)).replace("@SERVERS@", servers);
            String conf = Files.readString(TEMPLATES.resolve("nginx.conf.template")).replace("@STATE@", STATE.toString())
                    .replace("@SERVICES@", service);
            Path file = STATE.resolve("nginx/nginx.conf");
            Files.writeString(file, conf);
            Files.deleteIfExists(errorLog());
            String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
            process = new ProcessBuilder(nginx, "-p", STATE.resolve("nginx").toString(), "-e", errorLog().toString(), "-c",
                    file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(STATE.resolve("logs/nginx.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("nginx (Debian's nginx-light) is needed for the load balancer", e);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("nginx stopped; see " + STATE.resolve("logs"));
            }
            try (Socket ignored = new Socket("localhost", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    String url() {
        return "http://localhost:" + port;
    }

    private Path errorLog() {
        return STATE.resolve("logs/nginx-error.log");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
