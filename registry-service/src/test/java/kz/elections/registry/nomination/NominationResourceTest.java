package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static kz.elections.registry.nomination.NominationFixtures.person;
import static kz.elections.registry.nomination.NominationFixtures.self;
import static kz.elections.registry.nomination.NominationFixtures.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

@QuarkusTest
class NominationResourceTest {

    private static String citizen(String subject) {
        return TestTokens.token().subject(subject).roles("citizen").sign();
    }

    @Test
    void citizenNominatesThemselfAndSeesTheReport() {
        String election = ElectionFixtures.openMazhilis();
        String token = citizen("citizen-" + UUID.randomUUID());

        String id = submit(token, self(election + ".smd-75-01", person()))
                .statusCode(201).contentType(ContentType.JSON)
                .body("status", equalTo("PENDING"))
                .body("route", equalTo("SELF"))
                .body("depositDue", equalTo(15 * 85000))
                .body("report.find { it.rule == 'DEPOSIT' }.outcome", equalTo("PENDING"))
                .body("report.find { it.rule == 'AGE' }.outcome", equalTo("PASS"))
                .body("person.iinMasked", containsString("******"))
                .extract().path("id");

        given().auth().oauth2(token).when().get("/api/v1/nominations").then().statusCode(200).body("id", equalTo(List.of(id)));
    }

    @Test
    void theFilingIsAuditedWithTheNominationAsAnsweredAndSealedIntoTheChain() {
        String election = ElectionFixtures.openMazhilis();
        String subject = "citizen-" + UUID.randomUUID();
        Map<String, Object> answered = submit(citizen(subject), self(election + ".smd-75-01", person()))
                .statusCode(201).extract().path("");

        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", answered.get("id"))
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("action", equalTo(List.of("nomination.submitted")))
                .body("[0].entityType", equalTo("nomination"))
                .body("[0].actor", equalTo(subject))
                .body("[0].before", nullValue())
                .body("[0].after", equalTo(answered));
        given().auth().oauth2(TestTokens.observer()).when().get("/api/v1/audit/verification").then().statusCode(200)
                .body("firstBrokenLink", nullValue());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() {
        String election = ElectionFixtures.openMazhilis();
        String token = citizen("citizen-" + UUID.randomUUID());
        Map<String, Object> body = self(election + ".smd-75-01", person());

        String first = given().auth().oauth2(token).header("Idempotency-Key", "k-1").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        String again = given().auth().oauth2(token).header("Idempotency-Key", "k-1").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/nominations").then().statusCode(200).extract().path("id");

        assertEquals(first, again);
        given().auth().oauth2(token).when().get("/api/v1/nominations").then().body("", hasSize(1));
    }

    @Test
    void aCitizenCannotSeeOrWithdrawAnothersNomination() {
        String election = ElectionFixtures.openMazhilis();
        String alice = citizen("alice-" + UUID.randomUUID());
        String bob = citizen("bob-" + UUID.randomUUID());
        String id = submit(alice, self(election + ".smd-75-01", person())).statusCode(201).extract().path("id");

        given().auth().oauth2(bob).when().get("/api/v1/nominations/{id}", id).then().statusCode(404);
        given().auth().oauth2(bob).when().post("/api/v1/nominations/{id}/withdrawal", id).then().statusCode(404);
        given().auth().oauth2(bob).when().get("/api/v1/nominations").then().body("id", not(hasItem(id)));

        given().auth().oauth2(alice).when().post("/api/v1/nominations/{id}/withdrawal", id)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(alice).when().post("/api/v1/nominations/{id}/withdrawal", id)
                .then().statusCode(409).body("currentState", equalTo("WITHDRAWN"));
    }

    @Test
    void everyFailedRuleIsNamedAndNothingIsStored() {
        String election = ElectionFixtures.openMazhilis();
        String token = citizen("citizen-" + UUID.randomUUID());
        Map<String, Object> young = person();
        young.put("birthDate", LocalDate.now().plusDays(30).minusYears(25).plusDays(1).toString());
        young.put("residenceYears", 9);
        young.put("noCriminalRecord", false);

        submit(token, self(election + ".smd-75-01", young))
                .statusCode(422).contentType("application/problem+json")
                .body("failedRules.rule", equalTo(List.of("AGE", "RESIDENCE", "NO_CRIMINAL_RECORD")))
                .body("failedRules.find { it.rule == 'AGE' }.actual", equalTo("24"));
        given().auth().oauth2(token).when().get("/api/v1/nominations").then().body("", hasSize(0));
    }

    @Test
    void turningTwentyFiveOnElectionDayIsOldEnough() {
        String election = ElectionFixtures.openMazhilis();
        Map<String, Object> person = person();
        person.put("birthDate", LocalDate.now().plusDays(30).minusYears(25).toString());
        submit(citizen("c-" + UUID.randomUUID()), self(election + ".smd-75-01", person)).statusCode(201);
    }

    @Test
    void badInputIsA400NamingTheField() {
        String election = ElectionFixtures.openMazhilis();
        Map<String, Object> person = person("791028302729");
        person.remove("surnameKk");
        submit(citizen("c-" + UUID.randomUUID()), self(election + ".smd-75-01", person))
                .statusCode(400).body("violations.field", hasItem("person.surnameKk"));
        submit(citizen("c-" + UUID.randomUUID()), self(election + ".smd-75-01", person("791028302729")))
                .statusCode(400).body("violations.field", hasItem("person.iin"));
        submit(citizen("c-" + UUID.randomUUID()), self("no-such-contest", person())).statusCode(404);
        submit(citizen("c-" + UUID.randomUUID()), self(election + ".list", person()))
                .statusCode(400).body("violations.field", hasItem("contest"));
    }

    @Test
    void closedNominationWindowRefusesFiling() {
        Map<String, Object> body = ElectionFixtures.request("MAZHILIS", null, LocalDate.now().plusDays(90));
        String election = ElectionFixtures.create(body).getString("code");
        submit(citizen("c-" + UUID.randomUUID()), self(election + ".smd-75-01", person()))
                .statusCode(422).body("failedRules.rule", equalTo(List.of("NOMINATION_WINDOW")));
    }

    @Test
    void aPersonStandsInOneConstituencyAndConcurrentFilingsLetExactlyOneThrough() throws Exception {
        String election = ElectionFixtures.openMazhilis();
        String iin = PartyFixtures.iin();
        List<Callable<Integer>> filings = new ArrayList<>();
        for (String district : List.of("smd-75-01", "smd-75-02", "smd-71-01", "smd-79-01")) {
            String token = citizen("c-" + UUID.randomUUID());
            Map<String, Object> body = self(election + "." + district, person(iin));
            filings.add(() -> submit(token, body).extract().statusCode());
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
        assertEquals(3, statuses.stream().filter(s -> s == 409 || s == 422).count(), "statuses " + statuses);

        submit(citizen("c-" + UUID.randomUUID()), self(election + ".smd-10-01", person(iin)))
                .statusCode(422).body("failedRules.rule", equalTo(List.of("ONE_CONSTITUENCY")));
    }

    @Test
    void aPartyAgentNominatesOnlyForItsOwnParty() {
        String election = ElectionFixtures.openMazhilis();
        UUID mine = PartyClient.registered(PartyFixtures.members(250));
        UUID theirs = UUID.randomUUID();
        Map<String, Object> body = self(election + ".smd-75-01", person());
        body.put("route", "PARTY");
        body.put("partyId", theirs.toString());
        submit(TestTokens.partyAgent(mine), body).statusCode(403);

        body.put("partyId", mine.toString());
        submit(TestTokens.partyAgent(mine), body).statusCode(201).body("partyId", equalTo(mine.toString()));
        Map<String, Object> second = self(election + ".smd-75-01", person());
        second.put("route", "PARTY");
        second.put("partyId", mine.toString());
        submit(TestTokens.partyAgent(mine), second).statusCode(422).body("failedRules.rule", equalTo(List.of("ONE_PER_PARTY")));
    }

    @Test
    void aPublicAssociationNominatesOneCandidatePerDistrict() {
        String election = ElectionFixtures.openMazhilis();
        String token = TestTokens.regionalCommission("KZ-75");
        submit(token, association(election + ".smd-75-01", "Жастар одағы")).statusCode(201);

        submit(token, association(election + ".smd-75-01", "  жастар ОДАҒЫ ")).statusCode(422)
                .body("failedRules.rule", equalTo(List.of("ONE_PER_ASSOCIATION")))
                .body("failedRules[0].actual", equalTo("2"));
        submit(token, association(election + ".smd-75-01", "Ардагерлер кеңесі")).statusCode(201);
        submit(token, association(election + ".smd-75-02", "Жастар одағы")).statusCode(201);
    }

    @Test
    void aPartysDistrictCandidatePaysTheFullDepositWhateverThePartysPreviousShare() {
        UUID party = PartyClient.registered(PartyFixtures.members(250));
        Map<String, Object> request = ElectionFixtures.openRequest("MAZHILIS", null);
        request.put("previousShares", Map.of(party.toString(), 12.5));
        String election = ElectionFixtures.create(request).getString("code");
        Map<String, Object> body = self(election + ".smd-75-01", person());
        body.put("route", "PARTY");
        body.put("partyId", party.toString());

        submit(TestTokens.partyAgent(party), body).statusCode(201).body("depositDue", equalTo(15 * 85000));
    }

    private static Map<String, Object> association(String contest, String name) {
        Map<String, Object> body = self(contest, person());
        body.put("route", "PUBLIC_ASSOCIATION");
        body.put("associationName", name);
        return body;
    }

    @Test
    void registrationNeedsTheDepositAndTheRightTerritoryThenTheCandidateIsPublic() {
        String election = ElectionFixtures.openMazhilis();
        String contest = election + ".smd-75-01";
        Map<String, Object> person = person();
        String id = submit(citizen("c-" + UUID.randomUUID()), self(contest, person)).statusCode(201).extract().path("id");

        decide(TestTokens.regionalCommission("KZ-71"), id, "REGISTER", null).statusCode(403);
        decide(TestTokens.regionalCommission("KZ-75"), id, "REGISTER", null)
                .statusCode(422).body("failedRules.rule", equalTo(List.of("DEPOSIT")));
        given().auth().oauth2(TestTokens.regionalCommission("KZ-75")).contentType(ContentType.JSON).body(Map.of("amount", 1_275_000))
                .when().post("/api/v1/nominations/{id}/deposit", id).then().statusCode(200).body("depositPaid", equalTo(1_275_000));
        decide(TestTokens.regionalCommission("KZ-75"), id, "REGISTER", null).statusCode(200).body("status", equalTo("REGISTERED"));
        decide(TestTokens.regionalCommission("KZ-75"), id, "REGISTER", null).statusCode(409).body("currentState", equalTo("REGISTERED"));

        given().when().get("/api/v1/contests/{code}/candidates", contest)
                .then().statusCode(200)
                .body("candidates", hasSize(1))
                .body("candidates[0].surnameKk", equalTo("Әбілов"))
                .body("candidates[0].yearOfBirth", equalTo(1980))
                .body("candidates[0].nominatedBy", equalTo("self-nominated"))
                .body(not(containsString((String) person.get("iin"))))
                .body(not(containsString("1980-05-17")))
                .body(not(containsString("iin")))
                .body(not(containsString("quotaCategory")));

        decide(TestTokens.regionalCommission("KZ-75"), id, "CANCEL", null).statusCode(400).body("violations.field", hasItem("grounds"));
        decide(TestTokens.regionalCommission("KZ-75"), id, "CANCEL", "Court ruling").statusCode(200).body("status", equalTo("CANCELLED"));
        given().when().get("/api/v1/contests/{code}/candidates", contest).then().body("candidates", hasSize(0));
        given().auth().oauth2(TestTokens.observer()).queryParam("entityId", id).when().get("/api/v1/audit")
                .then().body("action", equalTo(List.of("nomination.submitted", "nomination.deposit-recorded",
                        "nomination.registered", "nomination.cancelled")));
    }

    @Test
    void aSelfNominatedAkimNeedsOnePercentOfVotersRoundedUp() {
        String contest = ElectionFixtures.openAkimContest("KZ-19", 4321, 3);
        Map<String, Object> body = self(contest, person());
        body.put("signatures", 43);
        body.put("signatureSettlements", 2);
        submit(citizen("c-" + UUID.randomUUID()), body)
                .statusCode(422).body("failedRules.rule", equalTo(List.of("SIGNATURES")))
                .body("failedRules[0].required", equalTo("≥ 44"));
        body.put("signatures", 44);
        submit(citizen("c-" + UUID.randomUUID()), body).statusCode(201).body("depositDue", equalTo(85000));
    }

    @Test
    void aPartysAkimCandidatePaysTheFullDeposit() {
        List<String> members = PartyFixtures.members(250);
        UUID party = PartyClient.registered(members);
        String contest = ElectionFixtures.openAkimContest("KZ-19", 4321, 3);
        Map<String, Object> body = self(contest, person(members.get(0)));
        body.put("route", "PARTY");
        body.put("partyId", party.toString());

        submit(TestTokens.partyAgent(party), body).statusCode(201).body("depositDue", equalTo(85000));
    }

    @Test
    void rolesThatMayNotNominateAreRefused() {
        String election = ElectionFixtures.openMazhilis();
        Map<String, Object> body = self(election + ".smd-75-01", person());
        submit(TestTokens.observer(), body).statusCode(403);
        submit(TestTokens.tabulator("KZ-75"), body).statusCode(403);
        submit(TestTokens.partyAgent(UUID.randomUUID()), body).statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/nominations").then().statusCode(401);
        given().auth().oauth2(TestTokens.observer()).when().get("/api/v1/nominations").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse decide(String token, String id, String action, String grounds) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("action", action));
        if (grounds != null) {
            body.put("grounds", grounds);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/nominations/{id}/decisions", id).then();
    }
}
