package kz.elections.results.observer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;

/** Accreditation by the commission the law names (CL Art. 20, 20-1), revocation with grounds, both audited. */
@QuarkusTest
class AccreditationResourceTest {

    private static final Instant FROM = Instant.parse("2023-03-18T00:00:00Z");
    private static final Instant TO = Instant.parse("2023-03-20T18:00:00Z");

    private static ValidatableResponse accredit(String token, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/observer-accreditations").then();
    }

    private static Map<String, Object> international(String territory) {
        Map<String, Object> body = TestObservers.request("osce-" + System.nanoTime(), territory, FROM, TO);
        body.put("kind", "INTERNATIONAL");
        body.put("organisation", "OSCE/ODIHR");
        body.remove("organisationKind");
        body.put("country", "PL");
        return body;
    }

    @Test
    void theCentralCommissionAccreditsAnInternationalObserverAndTheAccreditationIsAudited() {
        String id = accredit(TestTokens.commission("cec-member-1", "KZ"), international("KZ-75")).statusCode(201)
                .header("Location", containsString("/api/v1/observer-accreditations/"))
                .body("kind", equalTo("INTERNATIONAL")).body("country", equalTo("PL"))
                .body("organisationKind", nullValue()).body("territory", equalTo("KZ-75"))
                .body("accreditedBy", equalTo("cec-member-1")).extract().path("id");
        given().auth().oauth2(TestTokens.commission("KZ")).queryParam("entityId", id).when().get("/api/v1/audit")
                .then().statusCode(200).body("action", equalTo(List.of("observer.accredited")))
                .body("[0].actor", equalTo("cec-member-1")).body("[0].after.organisation", equalTo("OSCE/ODIHR"));
    }

    @Test
    void aTerritorialCommissionMayNotAccreditAnInternationalObserver() {
        accredit(TestTokens.commission("KZ-75"), international("KZ-75")).statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("Art. 20-1"));
    }

    @Test
    void aTerritorialCommissionAccreditsDomesticObserversOfItsOwnTerritoryOnly() {
        accredit(TestTokens.commission("KZ-75"), TestObservers.request("media-1-" + System.nanoTime(), "KZ-75", FROM, TO))
                .statusCode(201).body("organisationKind", equalTo("PUBLIC_ASSOCIATION"));
        accredit(TestTokens.commission("KZ-75"), TestObservers.request("media-2-" + System.nanoTime(), "KZ-71", FROM, TO))
                .statusCode(403);
        // the whole country, which reads everything, is the central commission's own accreditation
        accredit(TestTokens.commission("KZ-75"), TestObservers.request("media-3-" + System.nanoTime(), "KZ", FROM, TO))
                .statusCode(403);
    }

    @Test
    void nobodyElseAccredits() {
        Map<String, Object> body = TestObservers.request("x-" + System.nanoTime(), "KZ-75", FROM, TO);
        accredit(null, body).statusCode(401);
        for (String token : List.of(TestTokens.tabulator("KZ"), TestTokens.citizen(), TestObservers.national(),
                TestTokens.token().roles("party-agent").sign())) {
            accredit(token, body).statusCode(403);
        }
    }

    @Test
    void anIncompleteAccreditationIsRefusedNamingEachFieldAndNothingIsStored() {
        String username = "incomplete-" + System.nanoTime();
        Map<String, Object> body = TestObservers.request(username, "KZ-75", TO, FROM);
        body.remove("organisationKind");
        accredit(TestTokens.commission("KZ"), body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("validTo")).body("violations.field", hasItem("organisationKind"));
        Map<String, Object> international = international("KZ");
        international.remove("country");
        accredit(TestTokens.commission("KZ"), international).statusCode(400).body("violations.field", hasItem("country"));
        Map<String, Object> badTerritory = TestObservers.request(username, "Almaty", FROM, TO);
        accredit(TestTokens.commission("KZ"), badTerritory).statusCode(400);
        given().auth().oauth2(TestTokens.commission("KZ")).when().get("/api/v1/observer-accreditations").then()
                .statusCode(200).body("username", not(hasItem(username)));
    }

    @Test
    void revocationNeedsGroundsAndTheRightCommissionHappensOnceAndIsAudited() {
        String username = "revoked-" + System.nanoTime();
        String id = given().auth().oauth2(TestTokens.commission("KZ-75")).contentType(ContentType.JSON)
                .body(TestObservers.request(username, "KZ-75", Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(1))))
                .when().post("/api/v1/observer-accreditations").then().statusCode(201).extract().path("id");
        String path = "/api/v1/observer-accreditations/{id}/revocation";
        given().auth().oauth2(TestTokens.commission("KZ-75")).contentType(ContentType.JSON).body(Map.of("grounds", " "))
                .when().post(path, id).then().statusCode(400).body("violations.field", hasItem("grounds"));
        given().auth().oauth2(TestTokens.commission("KZ-71")).contentType(ContentType.JSON).body(Map.of("grounds", "x"))
                .when().post(path, id).then().statusCode(403);
        given().auth().oauth2(TestTokens.token().subject("almaty-member").roles("commission").claim("territory", "KZ-75")
                .sign()).contentType(ContentType.JSON).body(Map.of("grounds", "Interfered with the count"))
                .when().post(path, id).then().statusCode(200).body("revocationGrounds", equalTo("Interfered with the count"))
                .body("revokedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(TestTokens.commission("KZ")).contentType(ContentType.JSON).body(Map.of("grounds", "again"))
                .when().post(path, id).then().statusCode(409).body("currentState", equalTo("REVOKED"));
        given().auth().oauth2(TestTokens.commission("KZ")).queryParam("entityId", id).when().get("/api/v1/audit").then()
                .body("action", equalTo(List.of("observer.accredited", "observer.accreditation-revoked")))
                .body("[1].actor", equalTo("almaty-member")).body("[1].after.revocationGrounds", equalTo("Interfered with the count"));
    }

    @Test
    void anObserverSeesItsOwnAccreditationsAndNotAnothers() {
        String mine = TestObservers.accredited("KZ-75", FROM, TO);
        String other = TestObservers.accredited("KZ-75", FROM, TO);
        String otherId = given().auth().oauth2(TestTokens.observer(other)).when().get("/api/v1/observer-accreditations")
                .then().statusCode(200).body("username", equalTo(List.of(other))).extract().path("[0].id");
        given().auth().oauth2(TestTokens.observer(mine)).when().get("/api/v1/observer-accreditations").then()
                .statusCode(200).body("username", equalTo(List.of(mine)));
        given().auth().oauth2(TestTokens.observer(mine)).when().get("/api/v1/observer-accreditations/{id}", otherId)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.commission("KZ-71")).when().get("/api/v1/observer-accreditations/{id}", otherId)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.commission("KZ-75")).when().get("/api/v1/observer-accreditations/{id}", otherId)
                .then().statusCode(200).body("username", equalTo(other));
    }
}
