package kz.elections.registry.party;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.nomination.NominationFixtures;

/** A registered party's joiners and leavers; one person, one party; membership on the filing date. */
@QuarkusTest
class MembershipChangesTest {

    private static ValidatableResponse upload(String token, UUID party, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv)
                .when().post("/api/v1/parties/applications/{id}/membership-changes", party).then();
    }

    private static String today() {
        return LocalDate.now().toString();
    }

    private static ValidatableResponse nominateInAkimContest(UUID party, String iin) {
        String contest = ElectionFixtures.openAkimContest("KZ-19", 4321, 3);
        Map<String, Object> body = NominationFixtures.self(contest, NominationFixtures.person(iin));
        body.put("route", "PARTY");
        body.put("partyId", party.toString());
        return NominationFixtures.submit(TestTokens.partyAgent(party), body);
    }

    @Test
    void aJoinerIsAMemberFromTheFilingDateAndALeaverNoLonger() {
        List<String> members = PartyFixtures.members(250);
        UUID party = PartyClient.registered(members);
        String joiner = PartyFixtures.iin();
        String leaver = members.get(0);

        nominateInAkimContest(party, joiner).statusCode(422).body("failedRules.rule", hasItem("PARTY_MEMBERSHIP"));
        upload(TestTokens.partyAgent(party), party, "iin;unit_code;change;date\n"
                + joiner + ";KZ-75;JOIN;" + today() + "\n" + leaver + ";KZ-10;LEAVE;" + today() + "\n")
                .statusCode(200).body("joined", equalTo(1)).body("left", equalTo(1));

        nominateInAkimContest(party, joiner).statusCode(201);
        nominateInAkimContest(party, leaver).statusCode(422).body("failedRules.rule", hasItem("PARTY_MEMBERSHIP"));
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", party.toString())
                .get("/api/v1/audit").then().statusCode(200)
                .body("action", hasItem("party.membership-changed"))
                .body(not(containsString(joiner)));
    }

    @Test
    void aJoinerCountedForAnotherPartyIsRefusedWithItsLineAndNothingIsStored() {
        List<String> others = PartyFixtures.members(250);
        PartyClient.registered(others);
        UUID party = PartyClient.registered(PartyFixtures.members(250));
        String newcomer = PartyFixtures.iin();

        upload(TestTokens.partyAgent(party), party, "iin,unit_code,change,date\n"
                + newcomer + ",KZ-75,JOIN," + today() + "\n"
                + others.get(3) + ",KZ-75,JOIN," + today() + "\n")
                .statusCode(422).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("line 3")))
                .body("violations[0].message", containsString("another party"));
        nominateInAkimContest(party, newcomer).statusCode(422).body("failedRules.rule", hasItem("PARTY_MEMBERSHIP"));

        upload(TestTokens.partyAgent(party), party, newcomer + ",KZ-75,LEAVE," + today() + "\n")
                .statusCode(422).body("violations[0].message", containsString("not a member"));
        upload(TestTokens.partyAgent(party), party, newcomer + ",KZ-75,JOIN,2001-01-01\n")
                .statusCode(422).body("violations[0].field", equalTo("line 1"));
        upload(TestTokens.partyAgent(party), party, newcomer + ",KZ-75,ARRIVE," + today() + "\n")
                .statusCode(400).body("violations[0].message", containsString("JOIN or LEAVE"));
    }

    @Test
    void onlyTheRegisteredPartysOwnAgentOrTheCentralCommissionUploadsChanges() {
        UUID party = PartyClient.registered(PartyFixtures.members(250));
        String csv = PartyFixtures.iin() + ",KZ-75,JOIN," + today() + "\n";

        given().contentType("text/csv").body(csv).post("/api/v1/parties/applications/{id}/membership-changes", party)
                .then().statusCode(401);
        upload(TestTokens.partyAgent(UUID.randomUUID()), party, csv).statusCode(404);
        upload(TestTokens.regionalCommission("KZ-75"), party, csv).statusCode(403);
        upload(TestTokens.citizen(), party, csv).statusCode(403);
        upload(TestTokens.observer(), party, csv).statusCode(403);
        upload(TestTokens.centralCommission(), party, csv).statusCode(200).body("joined", equalTo(1));

        UUID applied = PartyClient.appliedWithMembers(PartyFixtures.members(1));
        upload(TestTokens.partyAgent(applied), applied, csv).statusCode(409).body("currentState", equalTo("APPLIED"));
    }
}
