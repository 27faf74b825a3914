package kz.elections.registry.party;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestTokens;

/** The party registration steps as HTTP calls, for tests that need a party in some state. */
public final class PartyClient {

    private PartyClient() {
    }

    public static ValidatableResponse apply(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/parties/applications").then();
    }

    public static ValidatableResponse uploadMembers(String token, UUID party, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv)
                .when().put("/api/v1/parties/applications/{id}/members", party).then();
    }

    public static ValidatableResponse decide(UUID party, String action, String grounds) {
        return given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON)
                .body(grounds == null ? Map.of("action", action) : Map.of("action", action, "grounds", grounds))
                .when().post("/api/v1/parties/applications/{id}/decisions", party).then();
    }

    /** An applied party with a member list that passes every rule. */
    public static UUID appliedWithMembers(List<String> members) {
        UUID id = UUID.randomUUID();
        apply(TestTokens.partyAgent(id), PartyFixtures.application()).statusCode(201);
        uploadMembers(TestTokens.partyAgent(id), id, PartyFixtures.csv(members)).statusCode(200);
        return id;
    }

    public static UUID registered(List<String> members) {
        UUID id = appliedWithMembers(members);
        decide(id, "REGISTER", null).statusCode(200);
        return id;
    }
}
