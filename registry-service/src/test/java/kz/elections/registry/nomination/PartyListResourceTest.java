package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;

@QuarkusTest
class PartyListResourceTest {

    /** A registered party whose first {@code names} members make up a list with {@code quota} women. */
    private record PartyWithMembers(UUID id, List<String> members) {
        List<Map<String, Object>> candidates(int names, int women) {
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (int i = 0; i < names; i++) {
                Map<String, Object> person = NominationFixtures.person(members.get(i));
                if (i < women) {
                    person.put("sex", "FEMALE");
                    person.put("quotaCategory", "WOMAN");
                }
                candidates.add(person);
            }
            return candidates;
        }
    }

    private static PartyWithMembers registeredParty() {
        List<String> members = PartyFixtures.members(250);
        return new PartyWithMembers(PartyClient.registered(members), members);
    }

    private static ValidatableResponse submit(UUID agentParty, String contest, UUID party, List<Map<String, Object>> candidates) {
        return given().auth().oauth2(TestTokens.partyAgent(agentParty)).contentType(ContentType.JSON)
                .body(Map.of("contest", contest, "partyId", party.toString(), "candidates", candidates))
                .when().post("/api/v1/party-lists").then();
    }

    @Test
    void aListAtTheCapWithExactly30PercentQuotaIsFiledRegisteredAndPublic() {
        String election = ElectionFixtures.openMazhilis();
        PartyWithMembers party = registeredParty();

        String id = submit(party.id(), election + ".list", party.id(), party.candidates(90, 27))
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("candidates", hasSize(90))
                .body("candidates[89].listPosition", equalTo(90))
                .body("rules.find { it.rule == 'LIST_LENGTH' }.required", equalTo("1 – 90"))
                .body("rules.find { it.rule == 'LIST_QUOTA' }.required", equalTo("≥ 27"))
                .body("rules.find { it.rule == 'LIST_QUOTA' }.outcome", equalTo("PASS"))
                .body("depositDue", equalTo(90 * 15 * 85000))
                .extract().path("id");

        decide(id, "REGISTER", null).statusCode(422).body("failedRules.rule", equalTo(List.of("DEPOSIT")));
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(Map.of("amount", 90L * 15 * 85000))
                .when().post("/api/v1/party-lists/{id}/deposit", id).then().statusCode(200);
        decide(id, "REGISTER", null).statusCode(200).body("status", equalTo("REGISTERED"))
                .body("candidates.status", org.hamcrest.Matchers.everyItem(equalTo("REGISTERED")));

        given().when().get("/api/v1/contests/{code}/candidates", election + ".list")
                .then().statusCode(200)
                .body("lists", hasSize(1))
                .body("lists[0].partyId", equalTo(party.id().toString()))
                .body("lists[0].candidates", hasSize(90))
                .body("lists[0].candidates[0].listPosition", equalTo(1));
    }

    @Test
    void aListOverTheCapOrUnderTheQuotaIsRefusedWithEveryRule() {
        String election = ElectionFixtures.openMazhilis();
        PartyWithMembers party = registeredParty();

        submit(party.id(), election + ".list", party.id(), party.candidates(91, 28))
                .statusCode(422).body("rules.find { it.rule == 'LIST_LENGTH' }.outcome", equalTo("FAIL"));
        submit(party.id(), election + ".list", party.id(), party.candidates(10, 2))
                .statusCode(422)
                .body("rules.find { it.rule == 'LIST_QUOTA' }.outcome", equalTo("FAIL"))
                .body("rules.find { it.rule == 'LIST_QUOTA' }.actual", equalTo("2"));
        List<Map<String, Object>> repeated = party.candidates(10, 3);
        repeated.set(9, NominationFixtures.person(party.members().get(0)));
        submit(party.id(), election + ".list", party.id(), repeated)
                .statusCode(422).body("rules.find { it.rule == 'EACH_PERSON_ONCE' }.actual", equalTo("position 10 repeats position 1"));
        given().auth().oauth2(TestTokens.partyAgent(party.id())).when().get("/api/v1/party-lists").then().body("", hasSize(0));
    }

    @Test
    void aQuotaCategoryIsCheckedAgainstWhatThePersonDeclaredAndNamedByPosition() {
        String election = ElectionFixtures.openMazhilis();
        PartyWithMembers party = registeredParty();
        List<Map<String, Object>> candidates = party.candidates(10, 1);
        candidates.get(1).put("quotaCategory", "WOMAN"); // declared MALE
        candidates.get(2).put("quotaCategory", "YOUTH"); // born 1980: over 35
        candidates.get(3).put("quotaCategory", "DISABILITY"); // no certificate

        submit(party.id(), election + ".list", party.id(), candidates).statusCode(422)
                .body("rules.find { it.rule == 'QUOTA_CATEGORY' }.outcome", equalTo("FAIL"))
                .body("rules.find { it.rule == 'QUOTA_CATEGORY' }.actual", equalTo("position 2: WOMAN, declared sex is "
                        + "not female; position 3: YOUTH, " + age(LocalDate.of(1980, 5, 17)) + " on election day, youth "
                        + "are under 35; position 4: DISABILITY, no disability certificate (number and date) recorded"))
                .body("rules.find { it.rule == 'LIST_QUOTA' }.actual", equalTo("1"));

        candidates.get(1).put("sex", "FEMALE");
        candidates.get(2).put("birthDate", electionDay(election).minusYears(35).plusDays(1).toString());
        candidates.get(3).put("disabilityCertificate", Map.of("number", "МСЭ-2021-004512", "issuedOn", "2021-04-02"));
        submit(party.id(), election + ".list", party.id(), candidates).statusCode(201)
                .body("rules.find { it.rule == 'QUOTA_CATEGORY' }.actual", equalTo("none"))
                .body("rules.find { it.rule == 'LIST_QUOTA' }.actual", equalTo("4"))
                .body("candidates[3].person.disabilityCertificate.number", equalTo("МСЭ-2021-004512"))
                .body("candidates[3].person.disabilityCertificate.issuedOn", equalTo("2021-04-02"));
    }

    @Test
    void aYouthCandidateTurning35OnElectionDayIsNoLongerYouth() {
        String election = ElectionFixtures.openMazhilis();
        PartyWithMembers party = registeredParty();
        List<Map<String, Object>> candidates = party.candidates(10, 2);
        candidates.get(2).put("quotaCategory", "YOUTH");
        candidates.get(2).put("birthDate", electionDay(election).minusYears(35).toString());

        submit(party.id(), election + ".list", party.id(), candidates).statusCode(422)
                .body("rules.find { it.rule == 'QUOTA_CATEGORY' }.actual",
                        equalTo("position 3: YOUTH, 35 on election day, youth are under 35"));
    }

    @Test
    void aMaslikhatListsDepositFollowsThePartysShareAtThatMaslikhatsPreviousElection() {
        PartyWithMembers party = registeredParty();
        Map<String, Object> request = ElectionFixtures.openRequest("MASLIKHAT", "KZ-75");
        request.put("seats", 10);
        request.put("maslikhatLevel", "REGIONAL");
        request.put("previousShares", Map.of(party.id().toString(), 3.0));
        String election = ElectionFixtures.create(request).getString("code");

        // Half of 5 minimum wages per name, from 3 % at this maslikhat's previous election (CL Art. 104 p.1).
        submit(party.id(), election + ".list", party.id(), party.candidates(3, 1)).statusCode(201)
                .body("depositDue", equalTo(3 * 212_500));
    }

    @Test
    void anAkimElectionTakesNoPreviousShares() {
        Map<String, Object> request = ElectionFixtures.openRequest("AKIM", "KZ-19");
        request.put("previousShares", Map.of(UUID.randomUUID().toString(), 10));
        given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/elections").then().statusCode(400).body("violations.field", hasItem("previousShares"));
    }

    private static LocalDate electionDay(String election) {
        return LocalDate.parse(given().when().get("/api/v1/elections/{code}", election).then().statusCode(200)
                .extract().path("electionDay"));
    }

    private static int age(LocalDate born) {
        return java.time.Period.between(born, LocalDate.now().plusDays(30)).getYears();
    }

    @Test
    void listCandidatesMustBeMembersOfTheParty() {
        String election = ElectionFixtures.openMazhilis();
        PartyWithMembers party = registeredParty();
        List<Map<String, Object>> candidates = party.candidates(10, 3);
        candidates.set(4, NominationFixtures.person(PartyFixtures.iin()));

        submit(party.id(), election + ".list", party.id(), candidates)
                .statusCode(422)
                .body("candidateFailures", hasKey("5"))
                .body("candidateFailures.'5'.rule", hasItem("PARTY_MEMBERSHIP"));
    }

    @Test
    void anAgentSubmitsOnlyItsOwnPartysListAndSeesOnlyItsOwn() {
        String election = ElectionFixtures.openMazhilis();
        PartyWithMembers party = registeredParty();
        UUID other = UUID.randomUUID();
        submit(other, election + ".list", party.id(), party.candidates(10, 3)).statusCode(403);
        String id = submit(party.id(), election + ".list", party.id(), party.candidates(10, 3)).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.partyAgent(other)).when().get("/api/v1/party-lists/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/v1/party-lists").then().statusCode(403);
        given().auth().oauth2(TestTokens.regionalCommission("KZ-75")).contentType(ContentType.JSON).body(Map.of("action", "REFUSE", "grounds", "x"))
                .when().post("/api/v1/party-lists/{id}/decisions", id).then().statusCode(403);
    }

    @Test
    void aListCandidateCannotAlsoStandInADistrict() {
        String election = ElectionFixtures.openMazhilis();
        PartyWithMembers party = registeredParty();
        submit(party.id(), election + ".list", party.id(), party.candidates(10, 3)).statusCode(201);

        NominationFixtures.submit(TestTokens.token().roles("citizen").sign(),
                NominationFixtures.self(election + ".smd-75-01", NominationFixtures.person(party.members().get(0))))
                .statusCode(422).body("failedRules.rule", equalTo(List.of("NOT_LIST_AND_DISTRICT")));
    }

    private static ValidatableResponse decide(String id, String action, String grounds) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("action", action));
        if (grounds != null) {
            body.put("grounds", grounds);
        }
        return given().auth().oauth2(TestTokens.centralCommission()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/party-lists/{id}/decisions", id).then();
    }
}
