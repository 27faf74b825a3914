package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static kz.elections.registry.nomination.NominationFixtures.person;
import static kz.elections.registry.nomination.NominationFixtures.self;
import static kz.elections.registry.nomination.NominationFixtures.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import kz.elections.common.security.VerifiedTokenCache;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

/** A party agent's token taken from the cache of verified tokens acts for its party only, as a freshly verified one. */
@QuarkusTest
class NominationTokenCacheTest {

    @Inject
    MeterRegistry metrics;

    @Test
    void aPartyAgentsCachedTokenStillNominatesOnlyForItsOwnPartyAndIsAuditedAsItsSubject() {
        String election = ElectionFixtures.openMazhilis();
        UUID mine = PartyClient.registered(PartyFixtures.members(250));
        String subject = "agent-" + UUID.randomUUID();
        String agent = TestTokens.token().subject(subject).roles("party-agent").claim("party", mine.toString()).sign();
        given().auth().oauth2(agent).when().get("/api/v1/parties/applications").then().statusCode(200);
        double hits = hits();

        Map<String, Object> body = self(election + ".smd-75-01", person());
        body.put("route", "PARTY");
        body.put("partyId", UUID.randomUUID().toString());
        submit(agent, body).statusCode(403);
        body.put("partyId", mine.toString());
        String id = submit(agent, body).statusCode(201).body("partyId", equalTo(mine.toString())).extract().path("id");
        assertEquals(hits + 2, hits(), "the agent's two nominations took its token from the cache");

        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", id).when().get("/api/v1/audit")
                .then().statusCode(200).body("[0].actor", equalTo(subject));
    }

    private double hits() {
        Counter counter = metrics.find(VerifiedTokenCache.REQUESTS).tag("result", "hit").counter();
        return counter == null ? 0 : counter.count();
    }
}
