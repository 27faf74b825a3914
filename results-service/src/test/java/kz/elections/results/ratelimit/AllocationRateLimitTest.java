package kz.elections.results.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.results.TestClock;
import kz.elections.results.TestTokens;

@QuarkusTest
@TestProfile(SmallAllocationLimit.class)
class AllocationRateLimitTest {

    private static final Map<String, Object> SMALL_CONTEST = Map.of("seats", 10, "thresholdPercent", 5, "againstAll", 0,
            "kind", "MAZHILIS", "lists", List.of(Map.of("id", "A", "votes", 600), Map.of("id", "B", "votes", 400)));

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A client address of its own for each test, so that the tests do not draw on each other's allowance. */
    private static String newAddress() {
        UUID random = UUID.randomUUID();
        return "10." + (random.hashCode() & 0xff) + "." + ((random.hashCode() >> 8) & 0xff) + "." + ((random.hashCode() >> 16) & 0xff);
    }

    private static ValidatableResponse calculate(String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(SMALL_CONTEST)
                .when().post("/api/v1/allocations").then();
    }

    private static ValidatableResponse calculate(String address, String token) {
        return given().auth().oauth2(token).header("X-Forwarded-For", address).contentType(ContentType.JSON).body(SMALL_CONTEST)
                .when().post("/api/v1/allocations").then();
    }

    private static void useUp(String address) {
        for (int i = 0; i < SmallAllocationLimit.REQUESTS; i++) {
            calculate(address).statusCode(200);
        }
    }

    @Test
    void refusesTheFourthCalculationInAMinuteFromOneAddressWithRetryAfter() {
        String address = newAddress();
        useUp(address);

        calculate(address).statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", Integer::parseInt, allOf(greaterThan(0), lessThanOrEqualTo(20)))
                .body("type", equalTo("https://tizim.kz/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("limit", equalTo("allocations"))
                .body("requests", equalTo(SmallAllocationLimit.REQUESTS))
                .body("windowSeconds", equalTo(60))
                .body("detail", containsString("Rate limit allocations allows 3 requests per 60 s"));
    }

    @Test
    void anotherAddressIsNotLimited() {
        useUp(newAddress());

        calculate(newAddress()).statusCode(200);
    }

    @Test
    void aSignedInCallerIsCountedBySubjectNotByAddress() {
        String address = newAddress();
        useUp(address);
        String first = TestTokens.citizen();

        for (int i = 0; i < SmallAllocationLimit.REQUESTS; i++) {
            calculate(address, first).statusCode(200);
        }
        calculate(address, first).statusCode(429).body("limit", equalTo("allocations"));
        calculate(address, TestTokens.citizen()).statusCode(200);
    }

    @Test
    void allowsAgainOnceTheWindowHasPassed() {
        String address = newAddress();
        useUp(address);
        calculate(address).statusCode(429);

        clock.moveTo(Instant.now().plus(Duration.ofMinutes(1)));

        useUp(address);
        calculate(address).statusCode(429);
    }

    @Test
    void countsRefusalsByLimitWithoutNamingTheClient() {
        String address = newAddress();
        useUp(address);
        calculate(address).statusCode(429);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("tizim_rate_limit_hits_total{client=\"address\",limit=\"allocations\""))
                .body(org.hamcrest.Matchers.not(containsString(address)));
    }
}
