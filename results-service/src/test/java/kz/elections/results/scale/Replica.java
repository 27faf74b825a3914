package kz.elections.results.scale;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One more instance of this service: the packaged application ({@code target/quarkus-app}, as deployed) on a free
 * port, on the test database, in the test profile so that it trusts the test tokens and calls the upstream stubs of
 * the test application on {@code stubPort}. Stopped with SIGTERM, as Kubernetes and deploy/local/down.sh stop one.
 */
final class Replica implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path LOGS = Path.of("target/scale-out");

    final String name;
    final int port;
    private final int stubPort;
    private Process process;

    Replica(String name, int stubPort) {
        this.name = name;
        this.port = freePort();
        this.stubPort = stubPort;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Starts it and waits until it is ready (its readiness check answers 200). */
    Replica start() {
        var config = ConfigProvider.getConfig();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Dquarkus.profile=test", "-Dquarkus.http.port=" + port, "-Dtizim.test-port=" + stubPort,
                "-Dquarkus.datasource.jdbc.url=" + config.getValue("quarkus.datasource.jdbc.url", String.class),
                "-Dquarkus.datasource.username=" + config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                "-Dquarkus.datasource.password=" + config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""),
                "-jar", JAR.toString()));
        try {
            Files.createDirectories(LOGS);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient client = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped while starting; its log: " + log().toAbsolutePath());
            }
            try {
                return client.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notListeningYet) {
                return false;
            }
        });
        return this;
    }

    /** SIGTERM, and waits until it has drained and exited. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(name + " did not stop within 60 s of SIGTERM; its log: " + log().toAbsolutePath());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Path log() {
        return LOGS.resolve(name + ".log");
    }

    @Override
    public void close() {
        stop();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
