package kz.elections.results.elected;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kz.elections.results.TestClock;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;
import kz.elections.results.stub.TestProtocols;

@QuarkusTest
class ElectedResourceTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Two lists over a 10-seat contest; every precinct reported. A wins 7 seats, B 3. */
    private static TestContest counted() {
        return TestProtocols.reportedTwoLists();
    }

    /** One member publishes the complete results, a second certifies them: the parties' time to name their elected starts. */
    private static JsonPath certified(TestContest contest) {
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201);
        given().auth().oauth2(TestTokens.commission("bob", "KZ")).when()
                .post("/api/v1/elections/{code}/results/versions/1/certification", contest.election()).then().statusCode(201);
        return elected(contest);
    }

    private static String partyId(JsonPath elected, String party) {
        return elected.getString("parties.find { it.party == '" + party + "' }.partyId");
    }

    private static JsonPath elected(TestContest contest) {
        return given().when().get("/api/v1/contests/{code}/elected", contest.code()).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPartyNamesWhoTakesItsSeatsRespectingTheQuota() {
        TestContest contest = counted();
        JsonPath before = elected(contest);
        String partyB = before.getString("parties.find { it.party == 'B' }.partyId");
        org.junit.jupiter.api.Assertions.assertEquals(3, before.getInt("parties.find { it.party == 'B' }.seats"));
        org.junit.jupiter.api.Assertions.assertEquals("AWAITING_PARTY", before.getString("parties.find { it.party == 'B' }.status"));
        // every precinct reported, but no party has named its elected: the seats are not taken yet
        assertEquals("AWAITING_PARTIES", before.getString("status"));
        assertEquals("ALLOCATED", before.getString("outcome"));

        List<UUID> candidates = contest.listCandidates().get("B");
        // three men: no woman, youth or person with disabilities among 3 seats (1 required)
        given().auth().oauth2(TestTokens.token().roles("party-agent").claim("party", partyB).sign()).contentType(ContentType.JSON)
                .body(Map.of("candidates", candidates.subList(0, 3)))
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), partyB)
                .then().statusCode(400).body("violations.message", hasItem(org.hamcrest.Matchers.containsString("at least 1")));
        // Ысқақов, Әбілов and Бекова (a woman)
        given().auth().oauth2(TestTokens.token().roles("party-agent").claim("party", partyB).sign()).contentType(ContentType.JSON)
                .body(Map.of("candidates", List.of(candidates.get(0), candidates.get(1), candidates.get(4))))
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), partyB)
                .then().statusCode(200)
                .body("parties.find { it.party == 'B' }.status", equalTo("ASSIGNED"))
                .body("parties.find { it.party == 'B' }.elected", hasSize(3))
                .body("parties.find { it.party == 'B' }.elected[2].nominationId", equalTo(candidates.get(4).toString()))
                .body("parties.find { it.party == 'B' }.elected[2].yearOfBirth", equalTo(1962))
                .body("parties.find { it.party == 'B' }.elected[2].occupation", equalTo("депутат"))
                .body("parties.find { it.party == 'B' }.elected[2].residence", equalTo("Астана қаласы"))
                .body("parties.find { it.party == 'B' }.elected[2].nominatedBy", equalTo("B"));
    }

    @Test
    void anotherPartysAgentCannotNameItsElected() {
        TestContest contest = counted();
        String partyB = elected(contest).getString("parties.find { it.party == 'B' }.partyId");
        given().auth().oauth2(TestTokens.token().roles("party-agent").claim("party", UUID.randomUUID().toString()).sign())
                .contentType(ContentType.JSON).body(Map.of("candidates", List.of(UUID.randomUUID())))
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), partyB)
                .then().statusCode(403);
    }

    @Test
    void theCommissionAssignsInKazakhAlphabeticalOrderOfTheList() {
        TestContest contest = counted();
        JsonPath seats = certified(contest);
        String partyA = partyId(seats, "A");
        clock.moveTo(OffsetDateTime.parse(seats.getString("partyDeadline.endsAt")).toInstant());
        given().auth().oauth2(TestTokens.commission("KZ")).when()
                .post("/api/v1/contests/{code}/elected/{party}/by-list-order", contest.code(), partyA)
                .then().statusCode(200)
                .body("parties.find { it.party == 'A' }.byListOrder", equalTo(true))
                .body("parties.find { it.party == 'A' }.elected.nameKk.collect { it.split(' ')[0] }", equalTo(List.of("Абдуллин",
                        "Әбілов", "Бекова", "Қасымова", "Нұрланова", "Өтепов", "Серікбаев")));
        given().auth().oauth2(TestTokens.commission("KZ-75")).when()
                .post("/api/v1/contests/{code}/elected/{party}/by-list-order", contest.code(), partyA)
                .then().statusCode(403);
    }

    @Test
    void aPartyNamesItsElectedUntilMidnightAfterItsTenthDayAndOnlyThenTheCommissionAssigns() {
        TestContest contest = counted();
        String partyA = partyId(elected(contest), "A");
        given().auth().oauth2(TestTokens.commission("KZ")).when()
                .post("/api/v1/contests/{code}/elected/{party}/by-list-order", contest.code(), partyA)
                .then().statusCode(409).body("type", containsString("results-not-certified"));

        JsonPath seats = certified(contest);
        String partyB = partyId(seats, "B");
        OffsetDateTime certifiedAt = OffsetDateTime.parse(seats.getString("partyDeadline.certifiedAt"));
        OffsetDateTime endsAt = OffsetDateTime.parse(seats.getString("partyDeadline.endsAt"));
        LocalDate lastDay = certifiedAt.atZoneSameInstant(ALMATY).toLocalDate().plusDays(10);
        assertEquals(10, seats.getInt("partyDeadline.days"));
        assertEquals(lastDay.toString(), seats.getString("partyDeadline.lastDay"));
        assertTrue(endsAt.isEqual(lastDay.plusDays(1).atStartOfDay(ALMATY).toOffsetDateTime()), endsAt.toString());

        given().auth().oauth2(TestTokens.commission("KZ")).when()
                .post("/api/v1/contests/{code}/elected/{party}/by-list-order", contest.code(), partyA)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("party-deadline-running")).body("partyDeadline.lastDay", equalTo(lastDay.toString()));

        List<UUID> candidates = contest.listCandidates().get("B");
        Map<String, Object> choice = Map.of("candidates", List.of(candidates.get(0), candidates.get(1), candidates.get(4)));
        String agentB = TestTokens.token().roles("party-agent").claim("party", partyB).sign();
        clock.moveTo(endsAt.minusMinutes(1).toInstant()); // 23:59 on the last day
        given().auth().oauth2(agentB).contentType(ContentType.JSON).body(choice)
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), partyB)
                .then().statusCode(200).body("parties.find { it.party == 'B' }.status", equalTo("ASSIGNED"));

        clock.moveTo(endsAt.toInstant()); // midnight after it
        given().auth().oauth2(agentB).contentType(ContentType.JSON).body(choice)
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), partyB)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("party-deadline-passed"))
                .body("detail", containsString("within 10 calendar days of the certification"))
                .body("detail", containsString(lastDay.toString()))
                .body("partyDeadline.lastDay", equalTo(lastDay.toString()))
                .body("timeZone", equalTo("Asia/Almaty"));

        given().auth().oauth2(TestTokens.commission("KZ")).when()
                .post("/api/v1/contests/{code}/elected/{party}/by-list-order", contest.code(), partyA)
                .then().statusCode(200).body("parties.find { it.party == 'A' }.byListOrder", equalTo(true));
        given().auth().oauth2(TestTokens.commission("KZ")).when()
                .post("/api/v1/contests/{code}/elected/{party}/by-list-order", contest.code(), partyB)
                .then().statusCode(409).body("type", containsString("party-named"));
    }

    @Test
    void seatsAreTakenOnlyOnceEveryPrecinctHasReported() {
        TestContest contest = TestContest.partyList(10, List.of("A", "B"), List.of(1, 2));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(700L, 300L), 0, 0)).statusCode(201);
        String partyA = elected(contest).getString("parties.find { it.party == 'A' }.partyId");
        given().auth().oauth2(TestTokens.commission("KZ")).when()
                .post("/api/v1/contests/{code}/elected/{party}/by-list-order", contest.code(), partyA)
                .then().statusCode(409);
    }

    @Test
    void aSingleSeatContestElectsThePluralityWinner() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(500L, 400L), 10, 90)).statusCode(201);
        given().when().get("/api/v1/contests/{code}/elected", contest.code())
                .then().statusCode(200).body("status", equalTo("PROVISIONAL")).body("elected[0].nameKk", equalTo("Әбілов"));
    }

    @Test
    void theElectedArePublishedWithYearOfBirthOccupationResidenceAndWhoNominatedThem() {
        // Art. 44: what tells namesakes apart; never an IIN or a date of birth
        TestContest contest = TestContest.district(List.of("Ахметов Ерлан Серікұлы", "Ахметов Ерлан Серікұлы"));
        bothPrecincts(contest, List.of(100L, 300L));

        String elected = given().when().get("/api/v1/contests/{code}/elected", contest.code())
                .then().statusCode(200)
                .body("elected[0].nominationId", equalTo(contest.refs().get(1).toString()))
                .body("elected[0].yearOfBirth", equalTo(TestContest.BORN + 1))
                .body("elected[0].occupation", equalTo(TestContest.OCCUPATIONS.get(1)))
                .body("elected[0].residence", equalTo(TestContest.RESIDENCE))
                .body("elected[0].nominatedBy", equalTo("self-nominated"))
                .extract().asString();
        assertTrue(!elected.contains("iin") && !elected.contains("dateOfBirth"), elected);
    }

    private static void bothPrecincts(TestContest contest, List<Long> votes) {
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, votes, 0, 0)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, votes, 0, 0)).statusCode(201);
    }

    @Test
    void aNamesakeIsNotDeclaredElectedInsteadOfTheWinner() {
        // Art. 37, 95 p.3: candidates are told apart by their registration, never by name
        TestContest contest = TestContest.district(List.of("Ахметов Ерлан Серікұлы", "Ахметов Ерлан Серікұлы"));
        bothPrecincts(contest, List.of(100L, 300L));

        given().when().get("/api/v1/contests/{code}/elected", contest.code())
                .then().statusCode(200).body("status", equalTo("COMPLETE")).body("outcome", equalTo("ELECTED"))
                .body("elected", hasSize(1))
                .body("elected[0].nominationId", equalTo(contest.refs().get(1).toString()))
                .body("elected[0].nameKk", equalTo("Ахметов Ерлан Серікұлы"));
        given().auth().oauth2(TestTokens.commission("KZ")).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200).body("winner.winnerId", equalTo(contest.refs().get(1).toString()))
                .body("winner.winner", equalTo("Ахметов Ерлан Серікұлы"));
    }

    @Test
    void aTieAmongThreeCandidatesIsARepeatVoteAmongTheTwoTied() {
        // Art. 95 p.3, 109-1: more than two stood
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов", "Бекова"));
        bothPrecincts(contest, List.of(200L, 200L, 100L));

        given().when().get("/api/v1/contests/{code}/elected", contest.code())
                .then().statusCode(200).body("status", equalTo("UNDECIDED")).body("outcome", equalTo("REPEAT_VOTE_REQUIRED"))
                .body("elected", hasSize(0))
                .body("tied.nominationId", equalTo(List.of(contest.refs().get(0).toString(), contest.refs().get(1).toString())))
                .body("tied.nameKk", equalTo(List.of("Әбілов", "Ысқақов")))
                .body("note", containsString("Art. 95 p.3, 109-1"));
    }

    @Test
    void aTieBetweenTheOnlyTwoCandidatesIsARepeatElection() {
        // Art. 96, 110: exactly two stood
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        bothPrecincts(contest, List.of(250L, 250L));

        given().when().get("/api/v1/contests/{code}/elected", contest.code())
                .then().statusCode(200).body("outcome", equalTo("REPEAT_ELECTION_REQUIRED"))
                .body("tied.nominationId", equalTo(List.of(contest.refs().get(0).toString(), contest.refs().get(1).toString())));
    }

    @Test
    void aTieInAnAkimRaceIsARepeatElectionEvenAmongThree() {
        // Art. 113-9 p.2
        TestContest contest = TestContest.akim(List.of("Әбілов", "Ысқақов", "Бекова"));
        bothPrecincts(contest, List.of(90L, 300L, 300L));

        given().when().get("/api/v1/contests/{code}/elected", contest.code())
                .then().statusCode(200).body("outcome", equalTo("REPEAT_ELECTION_REQUIRED"))
                .body("tied.nameKk", equalTo(List.of("Ысқақов", "Бекова")))
                .body("note", containsString("Art. 113-9 p.2"));
    }

    @Test
    void aThreeNameListThatWonFiveSeatsNamesAllThreeAndTwoSeatsStayVacant() {
        // Art. 97-1 p.6: a party names at most the candidates its list has; the rest stay vacant
        TestContest contest = TestContest.partyList(10, List.of("A", "B"), List.of(1, 2), 3);
        bothPrecincts(contest, List.of(500L, 500L));
        JsonPath before = elected(contest);
        assertEquals(5, before.getInt("parties.find { it.party == 'A' }.seats"));
        assertEquals(2, before.getInt("parties.find { it.party == 'A' }.vacant"));
        String partyA = partyId(before, "A");
        String partyB = partyId(before, "B");

        List<UUID> listA = contest.listCandidates().get("A");
        String agentA = TestTokens.token().roles("party-agent").claim("party", partyA).sign();
        given().auth().oauth2(agentA).contentType(ContentType.JSON).body(Map.of("candidates", listA.subList(0, 2)))
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), partyA)
                .then().statusCode(400).body("violations.message", hasItem(containsString("names all 3 and 2 seat(s) stay vacant")));
        given().auth().oauth2(agentA).contentType(ContentType.JSON).body(Map.of("candidates", listA))
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), partyA)
                .then().statusCode(200)
                .body("parties.find { it.party == 'A' }.status", equalTo("ASSIGNED"))
                .body("parties.find { it.party == 'A' }.elected", hasSize(3))
                .body("parties.find { it.party == 'A' }.vacant", equalTo(2))
                .body("status", equalTo("AWAITING_PARTIES"));

        String agentB = TestTokens.token().roles("party-agent").claim("party", partyB).sign();
        given().auth().oauth2(agentB).contentType(ContentType.JSON).body(Map.of("candidates", contest.listCandidates().get("B")))
                .when().put("/api/v1/contests/{code}/elected/{party}", contest.code(), partyB)
                .then().statusCode(200).body("status", equalTo("COMPLETE"));
    }

    @Test
    void reportingIsCompleteOnlyWhenEveryPrecinctHasReported() {
        TestContest contest = TestContest.district(List.of("Әбілов", "Ысқақов"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(500L, 400L), 0, 0)).statusCode(201);
        given().auth().oauth2(TestTokens.commission("KZ")).when().get("/api/v1/contests/{code}/tabulation", contest.code())
                .then().statusCode(200).body("precincts", equalTo(2)).body("precinctsReported", equalTo(1))
                .body("reportingComplete", equalTo(false));
        assertEquals("PROVISIONAL", elected(contest).getString("status"));
    }
}
