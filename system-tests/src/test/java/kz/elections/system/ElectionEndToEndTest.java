package kz.elections.system;

import static io.restassured.RestAssured.given;
import static kz.elections.system.Platform.BALLOT;
import static kz.elections.system.Platform.REGISTRY;
import static kz.elections.system.Platform.RESULTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import io.restassured.path.json.JsonPath;

/**
 * One election driven over HTTP only, each step by the person whose job it is, with that person's Keycloak token:
 * a party registered from its member list, a party list and a district candidate, a citizen's self-nomination,
 * registration, ballots composed and approved, precincts, protocols (one refused, one corrected), the election's other
 * 28 districts contested and counted, publication, certification by a second member, the public feed. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ElectionEndToEndTest {

    static final String ELECTION = "system-" + Long.toString(System.currentTimeMillis(), 36);
    static final String LIST = ELECTION + ".list";
    static final String DISTRICT = ELECTION + ".smd-75-03";
    static final String AMANAT = "9f939ef7-c6e8-3aeb-9eb4-252a78be9a3c";

    /** The official 2023 list seats (DOMAIN.md), by the short name the allocation keys each list by. */
    static final Map<String, Long> OFFICIAL_2023_SEATS = Map.of("AMANAT", 40L, "AUYL", 8L, "RESPUBLICA", 6L, "QHP", 5L,
            "BAYTAQ", 0L, "AKZHOL", 6L, "OSDP", 4L);

    static String cec;
    static String almaty;
    static String tabulator;
    static String almatyTabulator;
    static String citizen;
    static String agent;
    static final UUID PARTY = UUID.randomUUID();
    static final List<String> MEMBERS = new ArrayList<>();
    static String listHash;
    static String districtHash;
    static List<Map<String, Object>> districtOptions;
    static final Map<Integer, String> PRECINCTS = new LinkedHashMap<>();

    @BeforeAll
    static void platform() {
        Platform.start();
        cec = Platform.token("cec");
        almaty = Platform.token("almaty-commission");
        tabulator = Platform.token("tabulator");
        almatyTabulator = Platform.token("almaty-tabulator");
        citizen = Platform.token("citizen");
    }

    @Test
    @Order(1)
    void aPartyIsRegisteredFromItsMemberList() {
        agent = Platform.newUser("agent-" + PARTY, "party-agent", Map.of("party", PARTY.toString()));
        given().auth().oauth2(agent).contentType(ContentType.JSON).body("""
                {"nameKk": "Жүйе партиясы", "nameRu": "Партия «Жүйе»", "nameEn": "System Party", "shortName": "ZHUIE",
                 "bin": "%s", "notifiedOn": "2026-01-15", "congressOn": "2026-03-15",
                 "initiativeGroup": {"size": 720, "units": %s}}""".formatted(TestParties.bin(90), TestParties.unitsJson(14)))
                .post(REGISTRY + "/api/v1/parties/applications").then().statusCode(201);
        given().auth().oauth2(agent).contentType("text/csv").body(TestParties.membersCsv('8', MEMBERS))
                .put(REGISTRY + "/api/v1/parties/applications/" + PARTY + "/members").then().statusCode(200);
        // The agent cannot register the party; the central commission does.
        given().auth().oauth2(agent).contentType(ContentType.JSON).body("{\"action\": \"REGISTER\"}")
                .post(REGISTRY + "/api/v1/parties/applications/" + PARTY + "/decisions").then().statusCode(403);
        given().auth().oauth2(cec).contentType(ContentType.JSON).body("{\"action\": \"REGISTER\"}")
                .post(REGISTRY + "/api/v1/parties/applications/" + PARTY + "/decisions").then().statusCode(200);
        given().get(REGISTRY + "/api/v1/parties").then().statusCode(200).body("shortName", hasItem("ZHUIE"));
    }

    @Test
    @Order(2)
    void theCentralCommissionCallsAnElection() {
        LocalDate today = LocalDate.now();
        given().auth().oauth2(cec).contentType(ContentType.JSON).body("""
                {"kind": "MAZHILIS", "code": "%s", "name": "System test election", "electionDay": "%s", "calledOn": "%s",
                 "calendar": {"nominationOpensOn": "%s", "nominationClosesOn": "%s", "registrationClosesOn": "%s"}}"""
                .formatted(ELECTION, today.plusDays(30), today.minusDays(2), today.minusDays(1), today.plusDays(5),
                        today.plusDays(10)))
                .post(REGISTRY + "/api/v1/elections").then().statusCode(201);
        given().get(REGISTRY + "/api/v1/elections/" + ELECTION + "/contests").then().statusCode(200)
                .body("code", hasItem(LIST)).body("code", hasItem(DISTRICT));
    }

    @Test
    @Order(3)
    void partiesSubmitListsAndTheCommissionRegistersThem() {
        registerList(agent, PARTY.toString(), MEMBERS.subList(100, 110));
        registerList(Platform.token("agent-amanat"), AMANAT, TestParties.demoMembers(0, 10));
        given().get(REGISTRY + "/api/v1/contests/" + LIST + "/candidates").then().statusCode(200)
                .body(containsString("ZHUIE"));
    }

    @Test
    @Order(4)
    void aCitizenNominatesThemselfAndAPartyNominatesAMember() {
        Response own = given().auth().oauth2(citizen).contentType(ContentType.JSON).header("Idempotency-Key", "system-self-1")
                .body(nomination("SELF", null, "791028302728", "Әбілов", "Ерлан"))
                .post(REGISTRY + "/api/v1/nominations");
        own.then().statusCode(201).body("status", equalTo("PENDING"));
        String self = own.path("id");
        // A retry with the same key creates nothing new.
        given().auth().oauth2(citizen).contentType(ContentType.JSON).header("Idempotency-Key", "system-self-1")
                .body(nomination("SELF", null, "791028302728", "Әбілов", "Ерлан"))
                .post(REGISTRY + "/api/v1/nominations").then().statusCode(200).body("id", equalTo(self));
        // Another citizen sees none of it.
        given().auth().oauth2(Platform.token("citizen-2")).get(REGISTRY + "/api/v1/nominations").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(self)));
        given().auth().oauth2(Platform.token("citizen-2")).get(REGISTRY + "/api/v1/nominations/" + self).then().statusCode(404);

        String party = given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(nomination("PARTY", PARTY.toString(), MEMBERS.get(7), "Бекова", "Айым"))
                .post(REGISTRY + "/api/v1/nominations").then().statusCode(201).extract().path("id");
        for (String id : List.of(self, party)) {
            long due = ((Number) given().auth().oauth2(almaty).get(REGISTRY + "/api/v1/nominations/" + id)
                    .then().statusCode(200).extract().path("depositDue")).longValue();
            given().auth().oauth2(almaty).contentType(ContentType.JSON).body("{\"amount\": " + due + "}")
                    .post(REGISTRY + "/api/v1/nominations/" + id + "/deposit").then().statusCode(200);
            given().auth().oauth2(almaty).contentType(ContentType.JSON).body("{\"action\": \"REGISTER\"}")
                    .post(REGISTRY + "/api/v1/nominations/" + id + "/decisions").then().statusCode(200);
        }
        given().get(REGISTRY + "/api/v1/contests/" + DISTRICT + "/candidates").then().statusCode(200)
                .body(containsString("Әбілов")).body(org.hamcrest.Matchers.not(containsString("791028302728")));
    }

    @Test
    @Order(5)
    void ballotsAreComposedFromTheRegistryAndApproved() {
        given().auth().oauth2(cec).contentType(ContentType.JSON)
                .body("{\"partyIds\": [\"" + AMANAT + "\", \"" + PARTY + "\"], \"drawnOn\": \"" + LocalDate.now()
                        + "\", \"drawnBy\": \"system test\"}")
                .put(BALLOT + "/api/v1/contests/" + LIST + "/lot").then().statusCode(200);
        String listDraft = given().auth().oauth2(cec).contentType(ContentType.JSON).body("{\"contest\": \"" + LIST + "\"}")
                .post(BALLOT + "/api/v1/ballots").then().statusCode(201).extract().path("id");
        // A citizen cannot approve a ballot.
        given().auth().oauth2(citizen).post(BALLOT + "/api/v1/ballots/" + listDraft + "/approval").then().statusCode(403);
        listHash = given().auth().oauth2(cec).post(BALLOT + "/api/v1/ballots/" + listDraft + "/approval")
                .then().statusCode(200).extract().path("contentHash");
        String districtDraft = given().auth().oauth2(almaty).contentType(ContentType.JSON)
                .body("{\"contest\": \"" + DISTRICT + "\"}").post(BALLOT + "/api/v1/ballots").then().statusCode(201)
                .extract().path("id");
        districtHash = given().auth().oauth2(almaty).post(BALLOT + "/api/v1/ballots/" + districtDraft + "/approval")
                .then().statusCode(200).extract().path("contentHash");
        Response ballot = given().get(BALLOT + "/api/v1/contests/" + DISTRICT + "/ballot");
        ballot.then().statusCode(200).body("contentHash", equalTo(districtHash));
        districtOptions = ballot.path("document.options");
        assertEquals(3, districtOptions.size(), "two candidates and against all");
        assertEquals("AGAINST_ALL", districtOptions.get(2).get("kind"));
        // Kazakh alphabetical order: Әбілов before Бекова.
        assertTrue(String.valueOf(districtOptions.get(0).get("labelKk")).startsWith("Әбілов"), districtOptions.toString());
    }

    @Test
    @Order(6)
    void theCommissionImportsThePrecincts() {
        String csv = "number,unit_code,address,voters,contests\n"
                + "7501,KZ-75,Абай даңғылы 1,2000," + LIST + ";" + DISTRICT + "\n"
                + "7502,KZ-75,Абай даңғылы 2,1500," + LIST + ";" + DISTRICT + "\n"
                + "1101,KZ-11,Көкшетау 1,1000," + LIST + "\n";
        given().auth().oauth2(cec).contentType("text/csv; charset=UTF-8").body(csv)
                .post(BALLOT + "/api/v1/precincts/imports").then().statusCode(200);
        List<Map<String, Object>> precincts = given().get(BALLOT + "/api/v1/precincts?contest=" + LIST)
                .then().statusCode(200).extract().path("items");
        precincts.forEach(p -> PRECINCTS.put(((Number) p.get("number")).intValue(), (String) p.get("id")));
        assertEquals(3, PRECINCTS.size(), precincts.toString());
    }

    @Test
    @Order(7)
    void tabulatorsSubmitProtocolsOneRefusedOneCorrected() {
        // took part 1000 but invalid + against all + votes = 999: refused, the relation named.
        given().auth().oauth2(tabulator).contentType(ContentType.JSON)
                .body(protocol(LIST, PRECINCTS.get(7501), listHash, 2000, 1000, 10, 40, 700, 249, null))
                .post(RESULTS + "/api/v1/protocols").then().statusCode(422)
                .body("failedRelations[0].relation", equalTo("TOOK_PART_EQUALS_INVALID_AGAINST_ALL_AND_VOTES"))
                .body("failedRelations[0].figures", equalTo("1000 ≠ 10 + 40 + 949"));
        given().auth().oauth2(tabulator).contentType(ContentType.JSON)
                .body(protocol(LIST, PRECINCTS.get(7501), listHash, 2000, 1000, 10, 40, 700, 250, null))
                .post(RESULTS + "/api/v1/protocols").then().statusCode(201).body("version", equalTo(1));
        given().auth().oauth2(tabulator).contentType(ContentType.JSON)
                .body(protocol(LIST, PRECINCTS.get(7502), listHash, 1500, 900, 9, 41, 500, 350, null))
                .post(RESULTS + "/api/v1/protocols").then().statusCode(201);
        // The Almaty tabulator may not submit for a precinct in KZ-11; the national one may.
        given().auth().oauth2(almatyTabulator).contentType(ContentType.JSON)
                .body(protocol(LIST, PRECINCTS.get(1101), listHash, 1000, 500, 5, 15, 300, 180, null))
                .post(RESULTS + "/api/v1/protocols").then().statusCode(403);
        given().auth().oauth2(tabulator).contentType(ContentType.JSON)
                .body(protocol(LIST, PRECINCTS.get(1101), listHash, 1000, 500, 5, 15, 300, 180, null))
                .post(RESULTS + "/api/v1/protocols").then().statusCode(201);
        // A correction is the next version, with its reason.
        given().auth().oauth2(tabulator).contentType(ContentType.JSON)
                .body(protocol(LIST, PRECINCTS.get(1101), listHash, 1000, 500, 5, 15, 310, 170, "recount of the box"))
                .post(RESULTS + "/api/v1/protocols").then().statusCode(201).body("version", equalTo(2));
        // The district: Әбілов (position 1) wins.
        given().auth().oauth2(almatyTabulator).contentType(ContentType.JSON)
                .body(protocol(DISTRICT, PRECINCTS.get(7501), districtHash, 2000, 1000, 10, 90, 600, 300, null))
                .post(RESULTS + "/api/v1/protocols").then().statusCode(201);
        given().auth().oauth2(almatyTabulator).contentType(ContentType.JSON)
                .body(protocol(DISTRICT, PRECINCTS.get(7502), districtHash, 1500, 900, 9, 91, 450, 350, null))
                .post(RESULTS + "/api/v1/protocols").then().statusCode(201);
    }

    /**
     * A Mazhilis election holds all 29 districts, and certification waits for every contest of the election: each other
     * district gets a candidate (put up by a public association), an approved ballot, a precinct and its protocol.
     */
    @Test
    @Order(8)
    void theOtherDistrictsOfTheElectionAreContestedAndCountedToo() {
        List<Map<String, Object>> contests = given().get(REGISTRY + "/api/v1/elections/" + ELECTION + "/contests")
                .then().statusCode(200).extract().path("findAll { it.kind == 'SINGLE_MANDATE' && it.code != '" + DISTRICT + "' }");
        assertEquals(28, contests.size(), contests.toString());
        // IINs no member list and no other test uses.
        List<String> people = ElectionDriver.iins("47", contests.size());
        StringBuilder precincts = new StringBuilder();
        for (int i = 0; i < contests.size(); i++) {
            String code = (String) contests.get(i).get("code");
            ElectionDriver.nominateAndRegister("cec", "cec", code, "PUBLIC_ASSOCIATION",
                    "\"associationName\": \"Инженерлер одағы\"", ElectionDriver.person(people.get(i), "Округов", "Нұрлан",
                            "Асқарұлы", LocalDate.of(1980, 1, 1 + i % 28), "MALE", null));
            ElectionDriver.composeAndApprove("cec", code);
            precincts.append(9001 + i).append(',').append(contests.get(i).get("unitCode")).append(",Округ ").append(i + 1)
                    .append(",1000,").append(code).append('\n');
        }
        given().auth().oauth2(ElectionDriver.token("cec")).contentType("text/csv; charset=UTF-8")
                .body("number,unit_code,address,voters,contests\n" + precincts).post(BALLOT + "/api/v1/precincts/imports")
                .then().statusCode(200);
        for (Map<String, Object> contest : contests) {
            String code = (String) contest.get("code");
            String precinct = ElectionDriver.precincts(code).values().iterator().next();
            String candidate = String.valueOf(ElectionDriver.ballotOptions(code).get(0).get("ref"));
            ElectionDriver.submitProtocol("tabulator", code, precinct, 1000, 5, 20, Map.of(candidate, 475L))
                    .then().statusCode(201);
        }
    }

    @Test
    @Order(9)
    void resultsArePublishedCertifiedByASecondMemberAndFedToConsumers() throws Exception {
        // A consumer follows the push feed from before the first version: it hears of each version as it is published.
        try (ResultsStreamConsumer consumer = ResultsStreamConsumer.subscribe(RESULTS, ELECTION)) {
            assertTrue(consumer.contentType().startsWith("text/event-stream"), consumer.contentType());
            given().auth().oauth2(cec).contentType(ContentType.JSON).body("{}")
                    .post(RESULTS + "/api/v1/elections/" + ELECTION + "/results").then().statusCode(201)
                    .body("number", equalTo(1)).body("status", equalTo("PROVISIONAL"));
            JsonPath published = consumer.nextVersion(30);
            assertNotNull(published, "the stream announced no version within 30 s of its publication");
            assertEquals(1, published.getInt("number"));
            assertEquals("PROVISIONAL", published.getString("status"));
            given().get(RESULTS + published.getString("links.self")).then().statusCode(200).body("number", equalTo(1));
            // The member who published cannot certify; a second member can.
            given().auth().oauth2(cec).post(RESULTS + "/api/v1/elections/" + ELECTION + "/results/versions/1/certification")
                    .then().statusCode(403);
            given().auth().oauth2(Platform.token("cec-2"))
                    .post(RESULTS + "/api/v1/elections/" + ELECTION + "/results/versions/1/certification")
                    .then().statusCode(201).body("number", equalTo(2)).body("status", equalTo("FINAL"));
            JsonPath certified = consumer.nextVersion(30);
            assertNotNull(certified, "the stream announced no certified version within 30 s");
            assertEquals(2, certified.getInt("number"));
            assertEquals("FINAL", certified.getString("status"));
        }

        Response latest = given().get(RESULTS + "/api/v1/elections/" + ELECTION + "/results/latest");
        latest.then().statusCode(200).body("number", equalTo(2)).body("status", equalTo("FINAL"));
        Map<String, Object> list = contest(latest, LIST);
        Map<String, Number> seats = castSeats(list);
        // AMANAT 1,510 votes, the new party 770, against all 96: both pass 5 %, and all 69 seats are given.
        assertEquals(69, seats.values().stream().mapToLong(Number::longValue).sum(), seats.toString());
        Map<String, Object> district = contest(latest, DISTRICT);
        Map<?, ?> winner = (Map<?, ?>) district.get("winner");
        assertEquals("ELECTED", winner.get("outcome"), winner.toString());
        assertTrue(String.valueOf(winner.get("winner")).startsWith("Әбілов"), "Әбілов, 900 votes to 650: " + winner);
        // Cheap polling: the same version again is 304.
        String etag = latest.header("ETag");
        given().header("If-None-Match", etag).get(RESULTS + "/api/v1/elections/" + ELECTION + "/results/latest")
                .then().statusCode(304);
        given().get(RESULTS + "/api/v1/elections/" + ELECTION + "/results/versions/1").then().statusCode(200)
                .body("status", equalTo("PROVISIONAL"));
        given().get(RESULTS + "/api/v1/elections/" + ELECTION + "/results/changes?since=0").then().statusCode(200)
                .body(containsString(LIST));
        given().get(RESULTS + "/api/v1/elections/" + ELECTION + "/results/latest?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString(DISTRICT));
        // The demo consumer reads with its own service account.
        String consumer = Platform.clientToken("results-consumer", Platform.secret("consumer-client-secret"));
        given().auth().oauth2(consumer).get(RESULTS + "/api/v1/contests/" + LIST + "/tabulation").then().statusCode(200)
                .body("reportingPercent", equalTo("100.00"));
    }

    @Test
    @Order(10)
    void theDemoElectionShowsTheOfficial2023Seats() {
        Response latest = given().get(RESULTS + "/api/v1/elections/mazhilis-2023/results/latest");
        // Certified: every one of its 30 contests was counted.
        latest.then().statusCode(200).body("status", equalTo("FINAL")).body("contests", org.hamcrest.Matchers.hasSize(30))
                .body("notHeld", org.hamcrest.Matchers.empty());
        Map<String, Number> seats = castSeats(contest(latest, "mazhilis-2023.list"));
        Map<String, Long> byParty = new LinkedHashMap<>();
        seats.forEach((party, won) -> byParty.put(party, won.longValue()));
        assertEquals(OFFICIAL_2023_SEATS, byParty);
    }

    // --- helpers ---

    private static void registerList(String agentToken, String partyId, List<String> iins) {
        StringBuilder candidates = new StringBuilder();
        for (int i = 0; i < iins.size(); i++) {
            candidates.append(i == 0 ? "" : ",").append("""
                    {"iin": "%s", "surnameKk": "Тізімов", "nameKk": "Үміткер%d", "surnameRu": "Тизимов", "nameRu": "Кандидат%d",
                     "birthDate": "1975-01-01", "sex": "%s", "residenceYears": 40, "quotaCategory": %s,
                     "occupation": "мұғалім", "residence": "Астана", "education": "жоғары",
                     "noCriminalRecord": true, "legallyCapable": true}"""
                    .formatted(iins.get(i), i + 1, i + 1, i < 3 ? "FEMALE" : "MALE", i < 3 ? "\"WOMAN\"" : "null"));
        }
        Response list = given().auth().oauth2(agentToken).contentType(ContentType.JSON)
                .body("{\"contest\": \"" + LIST + "\", \"partyId\": \"" + partyId + "\", \"candidates\": [" + candidates + "]}")
                .post(REGISTRY + "/api/v1/party-lists");
        list.then().statusCode(201);
        String id = list.path("id");
        long due = ((Number) list.path("depositDue")).longValue();
        if (due > 0) {
            given().auth().oauth2(cec).contentType(ContentType.JSON).body("{\"amount\": " + due + "}")
                    .post(REGISTRY + "/api/v1/party-lists/" + id + "/deposit").then().statusCode(200);
        }
        given().auth().oauth2(cec).contentType(ContentType.JSON).body("{\"action\": \"REGISTER\"}")
                .post(REGISTRY + "/api/v1/party-lists/" + id + "/decisions").then().statusCode(200);
    }

    private static String nomination(String route, String partyId, String iin, String surname, String name) {
        return """
                {"contest": "%s", "route": "%s", "partyId": %s,
                 "person": {"iin": "%s", "surnameKk": "%s", "nameKk": "%s", "surnameRu": "%s", "nameRu": "%s",
                   "birthDate": "1979-10-28", "sex": "MALE", "residenceYears": 40, "occupation": "инженер",
                   "residence": "Алматы қаласы", "education": "жоғары", "noCriminalRecord": true, "legallyCapable": true}}"""
                .formatted(DISTRICT, route, partyId == null ? "null" : "\"" + partyId + "\"", iin, surname, name, surname, name);
    }

    /** A protocol whose control relations hold when tookPart = invalid + againstAll + Σ votes. */
    private static String protocol(String contest, String precinct, String hash, long voters, long tookPart, long invalid,
            long againstAll, long first, long second, String correctionReason) {
        return ElectionDriver.protocol(contest, precinct, hash, voters, tookPart, invalid, againstAll, List.of(first, second),
                correctionReason);
    }

    private static Map<String, Object> contest(Response feed, String code) {
        return ElectionDriver.contest(feed, code);
    }

    private static Map<String, Number> castSeats(Map<String, Object> contest) {
        return ElectionDriver.seats(contest);
    }
}
