package kz.elections.system;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.restassured.path.json.JsonPath;

/**
 * A consumer of the election-night push feed as a newsroom would write one: it connects to {@code …/results/stream}
 * with plain HTTP (no token), and keeps the data of each {@code version} event, in order, for the test to take.
 */
final class ResultsStreamConsumer implements AutoCloseable {

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<JsonPath> versions = new LinkedBlockingQueue<>();

    private ResultsStreamConsumer(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "results-stream-consumer");
        reader.setDaemon(true);
        reader.start();
    }

    static ResultsStreamConsumer subscribe(String results, String election) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(results + "/api/v1/elections/" + election + "/results/stream"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the stream answered " + response.statusCode());
        }
        return new ResultsStreamConsumer(response);
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next version announced, or null if none came within {@code seconds}. */
    JsonPath nextVersion(long seconds) throws InterruptedException {
        return versions.poll(seconds, TimeUnit.SECONDS);
    }

    private void read() {
        String event = null;
        Iterator<String> lines = response.body().iterator();
        try {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isEmpty()) {
                    event = null;
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "version".equals(event)) {
                    versions.add(JsonPath.from(line.substring(5).strip()));
                }
            }
        } catch (UncheckedIOException closed) {
            // the consumer was closed
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
