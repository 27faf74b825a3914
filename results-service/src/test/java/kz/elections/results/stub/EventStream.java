package kz.elections.results.stub;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.restassured.path.json.JsonPath;

/**
 * A connection to a Server-Sent Events stream of the service: the data of each event of one name, in order, read by a
 * thread of its own until the test closes it.
 */
public final class EventStream implements AutoCloseable {

    public static final long WAIT_SECONDS = 30;

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<JsonPath> events = new LinkedBlockingQueue<>();

    private EventStream(HttpResponse<Stream<String>> response, String name) {
        this.response = response;
        Thread reader = new Thread(() -> {
            String event = null;
            Iterator<String> lines = response.body().iterator();
            try {
                while (lines.hasNext()) {
                    String line = lines.next();
                    if (line.startsWith("event:")) {
                        event = line.substring("event:".length()).strip();
                    } else if (line.startsWith("data:") && name.equals(event)) {
                        events.add(JsonPath.from(line.substring("data:".length()).strip()));
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
    }

    /** Opens {@code path} below {@code root} and collects the events named {@code name}. */
    public static EventStream open(URL root, String path, String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "text/event-stream").build();
        return new EventStream(HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(WAIT_SECONDS, TimeUnit.SECONDS), name);
    }

    public HttpResponse<Stream<String>> response() {
        return response;
    }

    /** The next event's data, waiting for it at most {@link #WAIT_SECONDS}. */
    public JsonPath next() throws InterruptedException {
        JsonPath event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(event, "no event within " + WAIT_SECONDS + " s");
        return event;
    }

    @Override
    public void close() {
        response.body().close();
    }
}
