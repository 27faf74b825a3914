package kz.elections.registry.party;

import static io.restassured.RestAssured.given;
import static kz.elections.registry.party.PartyClient.apply;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.registry.TestTokens;

@QuarkusTest
class PartyApplicationResourceTest {

    private static final String APPLICATIONS = "/api/v1/parties/applications";

    @Test
    void agentFilesForThePartyInItsToken() {
        UUID party = UUID.randomUUID();
        Map<String, Object> body = PartyFixtures.application();

        apply(TestTokens.partyAgent(party), body)
                .statusCode(201)
                .header("Location", containsString(APPLICATIONS + "/" + party))
                .header("ETag", notNullValue())
                .body("id", equalTo(party.toString()))
                .body("status", equalTo("APPLIED"))
                .body("bin", equalTo(body.get("bin")))
                .body("initiativeGroup.size", equalTo(700))
                .body("initiativeGroup.units", hasSize(14));

        given().auth().oauth2(TestTokens.observer()).queryParam("entityId", party).when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("party.applied")))
                .body("[0].after.status", equalTo("APPLIED"));
    }

    @Test
    void centralCommissionFilesOnAPartysBehalf() {
        apply(TestTokens.centralCommission(), PartyFixtures.application())
                .statusCode(201).body("status", equalTo("APPLIED"));
    }

    @Test
    void regionalCommissionCannotFile() {
        apply(TestTokens.regionalCommission("KZ-75"), PartyFixtures.application())
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void agentWhoseTokenNamesNoPartyCannotFile() {
        apply(TestTokens.token().roles("party-agent").claim("party", "not-a-uuid").sign(), PartyFixtures.application())
                .statusCode(403).body("detail", containsString("party claim"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"citizen", "observer", "tabulator"})
    void otherRolesCannotFile(String role) {
        apply(TestTokens.token().roles(role).claim("territory", "KZ").sign(), PartyFixtures.application())
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anonymousFilingIs401WithABearerChallenge() {
        given().contentType(ContentType.JSON).body(PartyFixtures.application())
                .when().post(APPLICATIONS)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void malformedJsonIs400AndWritesNothing() {
        UUID party = UUID.randomUUID();
        given().auth().oauth2(TestTokens.partyAgent(party)).contentType(ContentType.JSON).body("{\"nameKk\": \"x\",")
                .when().post(APPLICATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("malformed-json"));
        assertNothingFiledFor(party);
    }

    @Test
    void wrongTypeNamesTheField() {
        UUID party = UUID.randomUUID();
        Map<String, Object> body = PartyFixtures.application();
        body.put("initiativeGroup", Map.of("size", "many", "units", List.of("KZ-10")));
        apply(TestTokens.partyAgent(party), body)
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("initiativeGroup.size"));
        assertNothingFiledFor(party);
    }

    @Test
    void badDateNamesTheField() {
        Map<String, Object> body = PartyFixtures.application();
        body.put("notifiedOn", "15.01.2023");
        apply(TestTokens.centralCommission(), body)
                .statusCode(400).body("violations.field", hasItem("notifiedOn"));
    }

    @Test
    void missingFieldsAreEachNamed() {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), Map.of("nameKk", "Тек атауы"))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("nameRu"))
                .body("violations.field", hasItem("bin"))
                .body("violations.field", hasItem("initiativeGroup"))
                .body("violations.field", hasItem("congressOn"));
        assertNothingFiledFor(party);
    }

    @Test
    void oversizedNameIsRefused() {
        Map<String, Object> body = PartyFixtures.application();
        body.put("nameEn", "N".repeat(301));
        apply(TestTokens.centralCommission(), body)
                .statusCode(400).body("violations.field", hasItem("nameEn"));
    }

    @Test
    void binWithAWrongCheckDigitIsRefused() {
        UUID party = UUID.randomUUID();
        Map<String, Object> body = PartyFixtures.application();
        String bin = (String) body.get("bin");
        body.put("bin", bin.substring(0, 11) + (char) ('0' + (bin.charAt(11) - '0' + 1) % 10));
        apply(TestTokens.partyAgent(party), body)
                .statusCode(400)
                .body("violations.field", hasItem("bin"))
                .body("violations.message", hasItem(containsString("check digit")));
        assertNothingFiledFor(party);
    }

    @Test
    void unknownUnitCodeIsRefused() {
        Map<String, Object> body = PartyFixtures.application();
        body.put("initiativeGroup", Map.of("size", 800, "units", List.of("KZ-10", "KZ-98")));
        apply(TestTokens.centralCommission(), body)
                .statusCode(400).body("violations.field", hasItem("initiativeGroup.units[1]"));
    }

    @Test
    void futureCongressIsRefused() {
        Map<String, Object> body = PartyFixtures.application();
        body.put("congressOn", "2999-01-01");
        apply(TestTokens.centralCommission(), body)
                .statusCode(400).body("violations.field", hasItem("congressOn"));
    }

    @Test
    void sameBinOrNameAsAnActivePartyIs409() {
        Map<String, Object> first = PartyFixtures.application();
        apply(TestTokens.centralCommission(), first).statusCode(201);

        Map<String, Object> sameBin = PartyFixtures.application();
        sameBin.put("bin", first.get("bin"));
        apply(TestTokens.centralCommission(), sameBin)
                .statusCode(409).contentType("application/problem+json")
                .body("violations.field", hasItem("bin"));

        Map<String, Object> sameName = PartyFixtures.application();
        sameName.put("nameRu", ((String) first.get("nameRu")).toUpperCase());
        apply(TestTokens.centralCommission(), sameName)
                .statusCode(409).body("violations.field", hasItem("nameRu"));
    }

    @Test
    void agentCannotFileTwiceForItsParty() {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);
        apply(TestTokens.partyAgent(party), PartyFixtures.application())
                .statusCode(409).body("currentState", equalTo("APPLIED"));
    }

    @Test
    void twoConcurrentApplicationsWithOneBinExactlyOneSucceeds() throws Exception {
        String bin = PartyFixtures.bin();
        List<Callable<Integer>> filings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> body = PartyFixtures.application();
            body.put("bin", bin);
            String token = TestTokens.partyAgent(UUID.randomUUID());
            filings.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post(APPLICATIONS).then().extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(filings.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(filings)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
    }

    @Test
    void agentSeesOnlyItsOwnApplication() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        apply(TestTokens.partyAgent(mine), PartyFixtures.application()).statusCode(201);
        apply(TestTokens.partyAgent(theirs), PartyFixtures.application()).statusCode(201);

        given().auth().oauth2(TestTokens.partyAgent(mine)).when().get(APPLICATIONS)
                .then().statusCode(200).body("id", equalTo(List.of(mine.toString())));
        given().auth().oauth2(TestTokens.partyAgent(mine)).when().get(APPLICATIONS + "/{id}", theirs)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partyAgent(mine)).when().get(APPLICATIONS + "/{id}/report", theirs)
                .then().statusCode(404);
        PartyClient.uploadMembers(TestTokens.partyAgent(mine), theirs, PartyFixtures.csv(List.of(PartyFixtures.iin())))
                .statusCode(404);
    }

    @Test
    void commissionListsApplicationsByStatus() {
        UUID party = UUID.randomUUID();
        apply(TestTokens.partyAgent(party), PartyFixtures.application()).statusCode(201);
        given().auth().oauth2(TestTokens.regionalCommission("KZ-75")).queryParam("status", "APPLIED")
                .when().get(APPLICATIONS)
                .then().statusCode(200).body("id", hasItem(party.toString()));
    }

    @Test
    void unknownStatusFilterIs400NamingTheValues() {
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("status", "PENDING")
                .when().get(APPLICATIONS)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"citizen", "observer", "tabulator"})
    void otherRolesCannotReadApplications(String role) {
        given().auth().oauth2(TestTokens.token().roles(role).sign()).when().get(APPLICATIONS)
                .then().statusCode(403);
    }

    @Test
    void unknownApplicationIs404AndMalformedIdToo() {
        given().auth().oauth2(TestTokens.centralCommission()).when().get(APPLICATIONS + "/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.centralCommission()).when().get(APPLICATIONS + "/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void assertNothingFiledFor(UUID party) {
        given().auth().oauth2(TestTokens.centralCommission()).when().get(APPLICATIONS + "/{id}", party)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.observer()).queryParam("entityId", party).when().get("/api/v1/audit")
                .then().statusCode(200).body("", hasSize(0));
    }
}
