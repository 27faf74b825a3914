package kz.elections.results.tracing;

import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/**
 * With tracing on, a protocol's submission is one trace: results-service's server span, its client calls to
 * ballot-service and registry-service (here the stubs inside the test application, reached over real HTTP), and
 * the callees' server spans, which received the trace through the traceparent header.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class TracePropagationTest {

    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aProtocolsSubmissionAndTheCallsItMakesToBallotAndRegistryShareOneTrace() {
        spans.reset();
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));

        submit(TestTokens.tabulator("KZ-75"), protocol(contest, 0, List.of(700L, 600L), 50, 100)).statusCode(201);

        SpanData submission = await().atMost(Duration.ofSeconds(20)).until(
                () -> server("/api/v1/protocols"), Optional::isPresent).orElseThrow();
        String trace = submission.getTraceId();
        List<SpanData> inTrace = spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(trace)).toList();
        SpanData ballotCall = calleeServerSpan(inTrace, "/stub/ballot/");
        SpanData registryCall = calleeServerSpan(inTrace, "/stub/registry/");

        Set<String> clientSpans = inTrace.stream().filter(s -> s.getKind() == SpanKind.CLIENT).map(SpanData::getSpanId)
                .collect(Collectors.toSet());
        assertTrue(clientSpans.contains(ballotCall.getParentSpanId()), "ballot-service's span is a child of results' call");
        assertTrue(clientSpans.contains(registryCall.getParentSpanId()), "registry-service's span is a child of results' call");
        assertEquals(trace, ballotCall.getTraceId());
        assertEquals(trace, registryCall.getTraceId());
    }

    private Optional<SpanData> server(String route) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && route.equals(s.getAttributes().get(ROUTE))).findFirst();
    }

    private static SpanData calleeServerSpan(List<SpanData> trace, String pathPrefix) {
        return trace.stream().filter(s -> s.getKind() == SpanKind.SERVER)
                .filter(s -> String.valueOf(s.getAttributes().get(PATH)).startsWith(pathPrefix)
                        || String.valueOf(s.getAttributes().get(ROUTE)).startsWith(pathPrefix))
                .findFirst().orElseThrow(() -> new AssertionError("no server span under " + pathPrefix + " in the trace: "
                        + trace.stream().map(s -> s.getKind() + " " + s.getName() + " " + s.getAttributes()).toList()));
    }
}
