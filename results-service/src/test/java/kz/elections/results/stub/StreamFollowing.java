package kz.elections.results.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.restassured.path.json.JsonPath;

/** A connection to an election's results stream: the versions it announced, in order, read by a thread of its own. */
public record StreamFollowing(HttpResponse<Stream<String>> response, BlockingQueue<JsonPath> versions) implements AutoCloseable {

    private static final long WAIT_SECONDS = 30;

    /** Connects to {@code base}{@code api/v1/elections/{election}/results/stream} ({@code base} ends with a slash). */
    public static StreamFollowing of(String base, String election) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/elections/" + election + "/results/stream"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        BlockingQueue<JsonPath> versions = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            String event = null;
            Iterator<String> lines = response.body().iterator();
            try {
                while (lines.hasNext()) {
                    String line = lines.next();
                    if (line.startsWith("event:")) {
                        event = line.substring("event:".length()).strip();
                    } else if (line.startsWith("data:") && "version".equals(event)) {
                        versions.add(JsonPath.from(line.substring("data:".length()).strip()));
                    } else if (line.isEmpty()) {
                        event = null;
                    }
                }
            } catch (UncheckedIOException closedByTheTest) {
                // the test is done with the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new StreamFollowing(response, versions);
    }

    /** The next version announced, waiting for it up to 30 s. */
    public JsonPath next() throws InterruptedException {
        JsonPath version = versions.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(version, "no version announced within " + WAIT_SECONDS + " s");
        return version;
    }

    @Override
    public void close() {
        response.body().close();
    }
}
