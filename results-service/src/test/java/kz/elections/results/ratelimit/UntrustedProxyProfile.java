package kz.elections.results.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The same small limit, with the default proxy settings: no forwarded header is trusted. */
public class UntrustedProxyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tizim.rate-limit.limits.allocations.requests", String.valueOf(SmallAllocationLimit.REQUESTS),
                "tizim.rate-limit.limits.allocations.window", "PT1M");
    }
}
