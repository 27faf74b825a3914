package kz.elections.registry.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Two self-nominations a minute per citizen. */
public class SmallSelfNominationLimit implements QuarkusTestProfile {

    static final int REQUESTS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tizim.rate-limit.limits.self-nomination.requests", String.valueOf(REQUESTS),
                "tizim.rate-limit.limits.self-nomination.window", "PT1M");
    }
}
