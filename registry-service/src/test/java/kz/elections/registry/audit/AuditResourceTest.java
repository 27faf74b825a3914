package kz.elections.registry.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.registry.TestTokens;
import kz.elections.registry.party.PartyFixtures;

@QuarkusTest
class AuditResourceTest {

    @Test
    void recordsWhoChangedWhatAndWhen() {
        UUID party = UUID.randomUUID();
        String agent = TestTokens.token().subject("agent-of-" + party).roles("party-agent").claim("party", party.toString()).sign();
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(PartyFixtures.application())
                .when().post("/api/v1/parties/applications").then().statusCode(201);

        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", party)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].actor", equalTo("agent-of-" + party))
                .body("[0].entityType", equalTo("party"))
                .body("[0].at", notNullValue())
                .body("[0].before", equalTo(null))
                .body("[0].after.id", equalTo(party.toString()));
    }

    @Test
    void listsRecentChangesOfOneKind() {
        given().auth().oauth2(TestTokens.observer()).queryParam("entityType", "party").queryParam("limit", 5)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("size()", lessThanOrEqualTo(5))
                .body("entityType", everyItem(equalTo("party")));
    }

    @Test
    void onlyCommissionAndObserversReadIt() {
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.partyAgent(UUID.randomUUID())).when().get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.tabulator("KZ-75")).when().get("/api/v1/audit").then().statusCode(403);
        given().when().get("/api/v1/audit").then().statusCode(401);
    }

    @Test
    void limitOutOfRangeIs400() {
        given().auth().oauth2(TestTokens.observer()).queryParam("limit", 100000)
                .when().get("/api/v1/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"));
    }
}
