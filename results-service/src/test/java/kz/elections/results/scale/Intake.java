package kz.elections.results.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.elections.results.stub.TestContest;
import kz.elections.results.stub.TestProtocols;

/**
 * Precinct protocols sent by concurrent clients, each with its own HTTP/1.1 keep-alive connection to each URL,
 * protocol i to URL i mod n. The votes of precinct i are {@link #votes(int)}, so the totals are known. Every answer
 * is counted by status; a request that got no answer at all counts as status 0.
 */
final class Intake {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final Queue<String> failures = new ConcurrentLinkedQueue<>();
    final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();
    private final TestContest contest;
    private final String token;
    private final List<String> urls;

    Intake(TestContest contest, String token, List<String> urls) {
        this.contest = contest;
        this.token = token;
        this.urls = urls;
    }

    /** Precinct i's votes per candidate: between 100 and 549 each, 1,050 at most with 30 invalid or against all. */
    static List<Long> votes(int precinct) {
        return List.of(300L + precinct % 250, 200L + precinct % 150, 100L + precinct % 50);
    }

    static long total(int precincts, int candidate) {
        long sum = 0;
        for (int p = 0; p < precincts; p++) {
            sum += votes(p).get(candidate);
        }
        return sum;
    }

    /**
     * Sends protocols from {@code clients} threads until {@code more} says stop or the contest's precincts run out;
     * the first {@code clients} leave together, so that the contest's first protocols arrive at every URL at once.
     * Returns how many were sent.
     */
    int run(int clients, BooleanSupplier more) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                ready.countDown();
                try {
                    go.await();
                    while (more.getAsBoolean()) {
                        int precinct = next.getAndIncrement();
                        if (precinct >= contest.precincts().size()) {
                            break;
                        }
                        send(http, precinct);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "intake-" + c);
            client.start();
        }
        ready.await();
        go.countDown();
        done.await();
        return Math.min(next.get(), contest.precincts().size());
    }

    private void send(HttpClient http, int precinct) {
        String url = urls.get(precinct % urls.size());
        int status;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/protocols"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body(precinct))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            if (status != 201) {
                failures.add(url + " precinct " + precinct + ": " + status + " " + response.body());
            }
        } catch (IOException e) {
            status = 0;
            failures.add(url + " precinct " + precinct + ": no answer (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status == 201) {
            accepted.incrementAndGet();
        }
    }

    private String body(int precinct) {
        try {
            return JSON.writeValueAsString(TestProtocols.protocol(contest, precinct, votes(precinct), 10, 20));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether every precinct of the contest has been sent. */
    boolean exhausted() {
        return next.get() >= contest.precincts().size();
    }

    /** Statuses and their counts, for messages. */
    Map<Integer, Integer> counts() {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }
}
