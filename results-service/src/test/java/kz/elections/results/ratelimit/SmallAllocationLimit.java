package kz.elections.results.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Three calculations a minute per client, behind a proxy the service trusts (loopback, where the tests
 * run): the X-Forwarded-For it sends is the client's address, as behind the ingress in production.
 */
public class SmallAllocationLimit implements QuarkusTestProfile {

    static final int REQUESTS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tizim.rate-limit.limits.allocations.requests", String.valueOf(REQUESTS),
                "tizim.rate-limit.limits.allocations.window", "PT1M",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
    }
}
