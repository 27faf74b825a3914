package kz.elections.registry.mandate;

import static io.restassured.RestAssured.given;
import static kz.elections.registry.mandate.MandateFixtures.ELECTED_ON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.law.list.QuotaCategory;
import kz.elections.registry.TestTokens;
import kz.elections.registry.nomination.Nomination;

@QuarkusTest
class MandateResourceTest {

    @Inject
    MandateFixtures fixtures;

    /** Four names, two of them counting towards the quota. */
    private static final List<QuotaCategory> FOUR = Arrays.asList(QuotaCategory.WOMAN, QuotaCategory.YOUTH, null, null);

    @Test
    void eachElectedPersonReportedByResultsServiceGetsAMandateForTheBodysTerm() {
        String election = MandateFixtures.pastMazhilis();
        MandateFixtures.Party party = fixtures.partyWithList(election, FOUR);
        Nomination deputy = fixtures.selfNominated(election + ".smd-75-01");
        List<UUID> named = party.candidates().subList(0, 2).stream().map(n -> n.id).toList();

        MandateFixtures.report(MandateFixtures.resultsService(), election + ".list", ELECTED_ON, named)
                .statusCode(200).body("", hasSize(2))
                .body("[0].termStart", equalTo("2023-03-29"))
                .body("[0].plannedEnd", equalTo("2028-03-29"))
                .body("[0].partyId", equalTo(party.id().toString()))
                .body("[0].route", equalTo("PARTY"))
                .body("[0].contestKind", equalTo("PARTY_LIST"));
        MandateFixtures.report(MandateFixtures.resultsService(), election + ".smd-75-01", ELECTED_ON, List.of(deputy.id))
                .statusCode(200).body("[0].partyId", nullValue()).body("[0].route", equalTo("SELF"))
                .body("[0].districtNumber", equalTo(1)).body("[0].unitCode", equalTo("KZ-75"));

        given().when().get("/api/v1/bodies/MAZHILIS/members")
                .then().statusCode(200)
                .body("findAll { it.electionCode == '" + election + "' }", hasSize(3))
                .body("findAll { it.electionCode == '" + election + "' }.nominationId", hasItem(deputy.id.toString()));
    }

    @Test
    void theSameReportAgainChangesNothingAndAPersonNoLongerNamedIsWithdrawnWithoutAVacancy() {
        String election = MandateFixtures.pastMazhilis();
        MandateFixtures.Party party = fixtures.partyWithList(election, FOUR);
        List<Nomination> list = party.candidates();
        String contest = election + ".list";
        String first = MandateFixtures.report(MandateFixtures.resultsService(), contest, ELECTED_ON,
                List.of(list.get(0).id, list.get(1).id)).statusCode(200).extract().path("[0].id");

        MandateFixtures.report(MandateFixtures.resultsService(), contest, ELECTED_ON, List.of(list.get(0).id, list.get(1).id))
                .statusCode(200).body("", hasSize(2)).body("[0].id", equalTo(first));
        MandateFixtures.report(MandateFixtures.resultsService(), contest, ELECTED_ON, List.of(list.get(0).id, list.get(2).id))
                .statusCode(200).body("nominationId", not(hasItem(list.get(1).id.toString())));

        given().when().get("/api/v1/contests/{code}/mandates", contest)
                .then().statusCode(200)
                .body("mandates", hasSize(3))
                .body("mandates.find { it.nominationId == '" + list.get(1).id + "' }.status", equalTo("WITHDRAWN"))
                .body("vacancies", hasSize(0));
    }

    @Test
    void aReportShapedAsTheContractSampleIsTaken() throws java.io.IOException {
        String election = MandateFixtures.pastMazhilis();
        Nomination deputy = fixtures.selfNominated(election + ".smd-79-01");
        String sample = java.nio.file.Files.readString(java.nio.file.Path.of("..", "contracts", "registry",
                "elected-report.json")).replace("5b0c1f7e-3a51-4a51-9f0e-2d7d8c1f4a10", deputy.id.toString());

        given().auth().oauth2(MandateFixtures.resultsService()).contentType("application/json").body(sample)
                .when().put("/api/v1/contests/{code}/elected", election + ".smd-79-01")
                .then().statusCode(200).body("[0].nominationId", equalTo(deputy.id.toString()))
                .body("[0].termStart", equalTo("2023-03-29"));
    }

    @Test
    void onlyResultsServiceReportsTheElected() {
        String election = MandateFixtures.pastMazhilis();
        Nomination deputy = fixtures.selfNominated(election + ".smd-75-02");
        String contest = election + ".smd-75-02";

        MandateFixtures.report(MandateFixtures.ballotService(), contest, ELECTED_ON, List.of(deputy.id)).statusCode(403);
        MandateFixtures.report(TestTokens.centralCommission(), contest, ELECTED_ON, List.of(deputy.id)).statusCode(403);
        given().contentType("application/json").body("{}").when().put("/api/v1/contests/{code}/elected", contest)
                .then().statusCode(401);
        given().when().get("/api/v1/contests/{code}/mandates", contest).then().statusCode(200).body("mandates", hasSize(0));
    }

    @Test
    void refusesSomeoneNotRegisteredInTheContestAndWritesNothing() {
        String election = MandateFixtures.pastMazhilis();
        Nomination elsewhere = fixtures.selfNominated(election + ".smd-71-01");
        String contest = election + ".smd-75-03";

        MandateFixtures.report(MandateFixtures.resultsService(), contest, ELECTED_ON, List.of(elsewhere.id))
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("elected"))
                .body("violations[0].message", containsString("not a registered candidate of " + contest));
        given().when().get("/api/v1/contests/{code}/mandates", contest).then().statusCode(200).body("mandates", hasSize(0));
    }

    @Test
    void theCommissionOfTheSeatsTerritoryEndsAMandateWithGroundsAndTheEndOpensAnAuditedVacancy() {
        String election = MandateFixtures.pastMazhilis();
        String contest = election + ".smd-75-01";
        Nomination deputy = fixtures.selfNominated(contest);
        String mandate = MandateFixtures.report(MandateFixtures.resultsService(), contest, ELECTED_ON, List.of(deputy.id))
                .statusCode(200).extract().path("[0].id");
        UUID id = UUID.fromString(mandate);

        MandateFixtures.end(TestTokens.regionalCommission("KZ-71"), id, "RESIGNATION", LocalDate.of(2025, 6, 2))
                .statusCode(403);
        MandateFixtures.end(TestTokens.partyAgent(UUID.randomUUID()), id, "RESIGNATION", LocalDate.of(2025, 6, 2))
                .statusCode(403);
        MandateFixtures.end(TestTokens.regionalCommission("KZ-75"), id, "RESIGNATION", LocalDate.of(2023, 3, 1))
                .statusCode(400).body("violations[0].field", equalTo("endedOn"));
        String vacancy = MandateFixtures.end(TestTokens.regionalCommission("KZ-75"), id, "RESIGNATION", LocalDate.of(2025, 6, 2))
                .statusCode(200)
                .body("mandate.status", equalTo("ENDED"))
                .body("mandate.endGround", equalTo("RESIGNATION"))
                .body("mandate.endedOn", equalTo("2025-06-02"))
                .body("vacancy.kind", equalTo("SINGLE_SEAT"))
                .body("vacancy.status", equalTo("OPEN"))
                .extract().path("vacancy.id");
        MandateFixtures.end(TestTokens.regionalCommission("KZ-75"), id, "DEATH", LocalDate.of(2025, 6, 3))
                .statusCode(409);

        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", mandate)
                .when().get("/api/v1/audit")
                .then().statusCode(200).body("action", hasItem("mandate.ended"));
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", vacancy)
                .when().get("/api/v1/audit")
                .then().statusCode(200).body("action", hasItem("vacancy.opened"));
        given().when().get("/api/v1/mandates/{id}", id).then().statusCode(200).body("status", equalTo("ENDED"));
    }

    @Test
    void endingAListSeatGivesThePartyItsDaysToNameTheNextOfItsList() {
        String election = MandateFixtures.pastMazhilis();
        MandateFixtures.Party party = fixtures.partyWithList(election, FOUR);
        String contest = election + ".list";
        String mandate = MandateFixtures.report(MandateFixtures.resultsService(), contest, ELECTED_ON,
                List.of(party.candidates().get(0).id)).statusCode(200).extract().path("[0].id");

        MandateFixtures.end(TestTokens.regionalCommission("KZ-75"), UUID.fromString(mandate), "DEATH",
                LocalDate.of(2025, 6, 2)).statusCode(403);
        MandateFixtures.end(TestTokens.centralCommission(), UUID.fromString(mandate), "DEATH", LocalDate.of(2025, 6, 2))
                .statusCode(200)
                .body("vacancy.kind", equalTo("LIST_SEAT"))
                .body("vacancy.partyId", equalTo(party.id().toString()))
                .body("vacancy.namingLastDay", equalTo("2025-06-12"));
    }
}
