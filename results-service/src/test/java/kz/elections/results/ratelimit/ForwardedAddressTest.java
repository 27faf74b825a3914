package kz.elections.results.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Unless quarkus.http.proxy.* trusts the sender, X-Forwarded-For is the client's say-so and changes nothing. */
@QuarkusTest
@TestProfile(UntrustedProxyProfile.class)
class ForwardedAddressTest {

    private static ValidatableResponse calculate(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body(Map.of("seats", 10, "thresholdPercent", 5, "againstAll", 0, "kind", "MAZHILIS",
                        "lists", List.of(Map.of("id", "A", "votes", 600), Map.of("id", "B", "votes", 400))))
                .when().post("/api/v1/allocations").then();
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedClientDoesNotEscapeTheLimit() {
        for (int i = 0; i < SmallAllocationLimit.REQUESTS; i++) {
            calculate("10.0.0." + i).statusCode(200);
        }

        calculate("10.0.1.1").statusCode(429).body("limit", equalTo("allocations"));
    }
}
