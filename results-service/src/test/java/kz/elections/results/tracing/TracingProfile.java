package kz.elections.results.tracing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Tracing switched on as an operator switches it on, with the spans kept in memory ({@link SpansInMemory}) instead
 * of a collector; the OTLP exporter points at a closed port, so nothing leaves the machine.
 */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.bsp.schedule.delay", "PT0.05S",
                "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:9");
    }
}
