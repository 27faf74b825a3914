package kz.elections.registry.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestClock;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;

@QuarkusTest
@TestProfile(SmallSelfNominationLimit.class)
class SelfNominationRateLimitTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A nomination for a contest that does not exist: refused (404) after the limit has counted it. */
    private static ValidatableResponse nominateNowhere(String token) {
        return NominationFixtures.submit(token, NominationFixtures.self("no-such-contest", NominationFixtures.person()));
    }

    private static void useUp(String token) {
        for (int i = 0; i < SmallSelfNominationLimit.REQUESTS; i++) {
            nominateNowhere(token).statusCode(404);
        }
    }

    @Test
    void refusesTheThirdSelfNominationInAMinuteFromOneCitizenWithRetryAfter() {
        String citizen = TestTokens.citizen();
        useUp(citizen);

        nominateNowhere(citizen).statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", Integer::parseInt, allOf(greaterThan(0), lessThanOrEqualTo(30)))
                .body("type", equalTo("https://tizim.kz/problems/rate-limited"))
                .body("limit", equalTo("self-nomination"))
                .body("detail", containsString("Rate limit self-nomination allows 2 requests per 60 s"));
    }

    @Test
    void anotherCitizenIsNotLimited() {
        useUp(TestTokens.citizen());

        nominateNowhere(TestTokens.citizen()).statusCode(404);
    }

    @Test
    void partyAgentsAndCommissionStaffFilingForOthersAreNotLimited() {
        String agent = TestTokens.partyAgent(UUID.randomUUID());
        String commission = TestTokens.centralCommission();

        for (int i = 0; i <= SmallSelfNominationLimit.REQUESTS; i++) {
            nominateNowhere(agent).statusCode(404);
            nominateNowhere(commission).statusCode(404);
        }
    }

    @Test
    void allowsAgainOnceTheWindowHasPassed() {
        String citizen = TestTokens.citizen();
        useUp(citizen);
        nominateNowhere(citizen).statusCode(429);

        clock.advance(Duration.ofMinutes(1));

        useUp(citizen);
        nominateNowhere(citizen).statusCode(429);
    }

    @Test
    void theCitizensFormDrawsOnTheSameLimitAsTheApi() {
        String contest = ElectionFixtures.openMazhilis() + ".smd-75-01";
        String citizen = TestTokens.token().subject("citizen-" + UUID.randomUUID()).roles("citizen").sign();
        useUp(citizen);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contest", contest);
        form.put("idempotencyKey", UUID.randomUUID().toString());
        NominationFixtures.person().forEach((field, value) -> form.put("person." + field, String.valueOf(value)));

        given().auth().oauth2(citizen).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(form).post("/ui/citizen/nominations")
                .then().statusCode(429).contentType(startsWith("text/html"))
                .header("Retry-After", Integer::parseInt, greaterThan(0));
    }
}
