package kz.elections.system;

import static io.restassured.RestAssured.given;
import static kz.elections.system.ElectionDriver.composeAndApprove;
import static kz.elections.system.ElectionDriver.elected;
import static kz.elections.system.ElectionDriver.importPrecincts;
import static kz.elections.system.ElectionDriver.nominate;
import static kz.elections.system.ElectionDriver.nominateAndRegister;
import static kz.elections.system.ElectionDriver.person;
import static kz.elections.system.ElectionDriver.submitProtocol;
import static kz.elections.system.ElectionDriver.token;
import static kz.elections.system.ElectionDriver.user;
import static kz.elections.system.Platform.REGISTRY;
import static kz.elections.system.Platform.RESULTS;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A regional maslikhat (Almaty city: 3 list seats and 3 districts) and an akim election (two rural districts of
 * Almaty region) driven over HTTP only, each step with the Keycloak token of the person whose job it is, from
 * nomination to certified results and the named elected: parties registered from their member lists, party lists
 * under the quota, namesakes in one district and a tie for first in another, the lot, ballots, precincts, protocols,
 * a district declared not held, publication, certification by a second member, the parties naming who takes their
 * list seats; self-nominated akim candidates with their signatures, a party's akim candidate, the winner named by
 * registration and a tied akim race that needs a repeat election. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaslikhatAndAkimEndToEndTest {

    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final LocalDate ELECTION_DAY = LocalDate.now().plusDays(30);

    static final String MASLIKHAT = "maslikhat-75-" + RUN;
    static final String LIST = MASLIKHAT + ".list";
    /** Two namesakes stand here. */
    static final String NAMESAKES = MASLIKHAT + ".smd-75-01";
    /** Three stand here, and two tie for first place. */
    static final String TIE = MASLIKHAT + ".smd-75-02";
    /** Its district ballots of one precinct are lost: the commission declares the contest not held. */
    static final String NOT_HELD = MASLIKHAT + ".smd-75-03";

    static final String AKIM = "akim-19-" + RUN;
    static final String AKIM_POST = AKIM + ".akim-19-001";
    static final String AKIM_TIE = AKIM + ".akim-19-002";

    static final String AMANAT = "9f939ef7-c6e8-3aeb-9eb4-252a78be9a3c";

    /** The Almaty commission's demo member files, registers, publishes; a second member certifies. */
    static final String ALMATY = "almaty-commission";
    static String almaty2;
    static final String ALMATY_TABULATOR = "almaty-tabulator";
    static String region;
    static String region2;
    static String regionTabulator;

    static ElectionDriver.Party alatau;
    static ElectionDriver.Party dala;
    /** List candidates' nomination ids in list order, by party id. */
    static final Map<String, List<String>> LISTS = new LinkedHashMap<>();
    /** People nominated outside party lists: valid IINs no member list holds. */
    static final List<String> PEOPLE = ElectionDriver.iins("3", 20);
    static String namesakeElder;
    static String namesakeYounger;
    static String third;
    static String tiedFirst;
    static String tiedSecond;
    static String tieThird;
    static String notHeldFirst;
    static String notHeldSecond;
    static Map<Integer, String> precincts;
    static String akimWinner;
    static String akimParty;
    static String akimThird;
    static final List<String> AKIM_TIED = new ArrayList<>();
    static Map<Integer, String> akimPrecincts;

    @BeforeAll
    static void platform() {
        Platform.start();
        almaty2 = user("almaty-commission-2-" + RUN, "commission", Map.of("territory", "KZ-75"));
        region = user("almaty-region-commission-" + RUN, "commission", Map.of("territory", "KZ-19"));
        region2 = user("almaty-region-commission-2-" + RUN, "commission", Map.of("territory", "KZ-19"));
        regionTabulator = user("almaty-region-tabulator-" + RUN, "tabulator", Map.of("territory", "KZ-19"));
    }

    // --- the regional maslikhat ---

    @Test
    @Order(1)
    void theCentralCommissionRegistersTwoPartiesFromTheirMemberLists() {
        alatau = ElectionDriver.registerParty("ALATAU", "Алатау партиясы", "Партия «Алатау»", "Alatau Party", 610, '5');
        dala = ElectionDriver.registerParty("DALA", "Дала партиясы", "Партия «Дала»", "Dala Party", 710, '6');
        given().get(REGISTRY + "/api/v1/parties").then().statusCode(200).body("shortName", hasItem("ALATAU"))
                .body("shortName", hasItem("DALA"));
    }

    @Test
    @Order(2)
    void theAlmatyCommissionCallsTheMaslikhatElectionWithItsListAndDistricts() {
        ElectionDriver.callElection(ALMATY, """
                "kind": "MASLIKHAT", "maslikhatLevel": "REGIONAL", "territory": "KZ-75", "seats": 6,
                "code": "%s", "name": "Алматы қалалық мәслихаты (system test)\"""".formatted(MASLIKHAT), ELECTION_DAY);
        given().get(REGISTRY + "/api/v1/elections/" + MASLIKHAT).then().statusCode(200)
                .body("body", equalTo("REGIONAL_MASLIKHAT")).body("contests", equalTo(4))
                .body("calendar.source", equalTo("CALLING_DECISION"));
        // Half the seats by list, the other half in districts (an odd seat would go to the districts).
        Response contests = given().get(REGISTRY + "/api/v1/elections/" + MASLIKHAT + "/contests");
        contests.then().statusCode(200).body("code", containsInAnyOrder(LIST, NAMESAKES, TIE, NOT_HELD));
        given().get(REGISTRY + "/api/v1/contests/" + LIST).then().statusCode(200).body("kind", equalTo("PARTY_LIST"))
                .body("seats", equalTo(3)).body("unitCode", equalTo("KZ-75")).body("body", equalTo("REGIONAL_MASLIKHAT"));
        given().get(REGISTRY + "/api/v1/contests/" + NAMESAKES).then().statusCode(200)
                .body("kind", equalTo("SINGLE_MANDATE")).body("seats", equalTo(1));
    }

    @Test
    @Order(3)
    void partiesFileListsUnderTheQuotaAndTheAlmatyCommissionRegistersThem() {
        // 4 names at most for 3 seats (seats + 30 %, rounded up); women or youth at least 30 % of them: 2 of 4.
        List<String> m = alatau.members();
        List<String> alatauList = List.of(
                person(m.get(0), "Ахметова", "Дина", "Серікқызы", LocalDate.of(1985, 4, 2), "FEMALE", "WOMAN"),
                person(m.get(1), "Бекболатов", "Ерлан", "Маратұлы", LocalDate.of(1979, 9, 11), "MALE", null),
                person(m.get(2), "Ғалымова", "Айгүл", "Нұрланқызы", LocalDate.of(1990, 1, 23), "FEMALE", "WOMAN"),
                person(m.get(3), "Дүйсенов", "Арман", "Қайратұлы", LocalDate.of(1972, 6, 30), "MALE", null));
        // A man declared in the women's quota is refused, the category checked against what he declared.
        given().auth().oauth2(token(alatau.agent())).contentType(ContentType.JSON)
                .body("{\"contest\": \"" + LIST + "\", \"partyId\": \"" + alatau.id() + "\", \"candidates\": ["
                        + alatauList.get(0) + "," + person(m.get(1), "Бекболатов", "Ерлан", "Маратұлы",
                                LocalDate.of(1979, 9, 11), "MALE", "WOMAN") + "]}")
                .post(REGISTRY + "/api/v1/party-lists").then().statusCode(422);
        LISTS.put(alatau.id().toString(), ElectionDriver.registerList(alatau.agent(), ALMATY, LIST, alatau.id(), alatauList));

        List<String> d = dala.members();
        LISTS.put(dala.id().toString(), ElectionDriver.registerList(dala.agent(), ALMATY, LIST, dala.id(), List.of(
                person(d.get(0), "Жақсылықов", "Бауыржан", "Ерланұлы", LocalDate.of(1981, 3, 5), "MALE", null),
                person(d.get(1), "Иманова", "Сәуле", "Асқарқызы", LocalDate.of(1988, 12, 1), "FEMALE", "WOMAN"),
                person(d.get(2), "Кенжебаев", "Нұржан", "Төлегенұлы", LocalDate.of(1976, 7, 19), "MALE", null))));

        List<String> a = TestParties.demoMembers(0, 40).subList(30, 33);
        LISTS.put(AMANAT, ElectionDriver.registerList("agent-amanat", ALMATY, LIST, UUID.fromString(AMANAT), List.of(
                person(a.get(0), "Мұратова", "Жанар", "Бекқызы", LocalDate.of(1983, 2, 14), "FEMALE", "WOMAN"),
                person(a.get(1), "Нұрланов", "Данияр", "Серікұлы", LocalDate.of(1978, 10, 8), "MALE", null),
                person(a.get(2), "Оспанов", "Ғани", "Әлиұлы", LocalDate.of(1970, 5, 25), "MALE", null))));

        Response lists = given().get(REGISTRY + "/api/v1/contests/" + LIST + "/candidates");
        lists.then().statusCode(200).body("lists.partyShortName", containsInAnyOrder("ALATAU", "DALA", "AMANAT"))
                .body(org.hamcrest.Matchers.not(containsString(m.get(0))));
    }

    @Test
    @Order(4)
    void districtCandidatesIncludingNamesakesAndATieAreRegistered() {
        String self1 = user("self-75-01-" + RUN, "citizen", Map.of());
        String self3 = user("self-75-03-" + RUN, "citizen", Map.of());
        String partyA = "\"partyId\": \"" + alatau.id() + "\"";
        String partyD = "\"partyId\": \"" + dala.id() + "\"";
        // District 1: two namesakes (same surname, name and patronymic; born 1980 and 1975) and a third candidate.
        namesakeElder = nominateAndRegister(alatau.agent(), ALMATY, NAMESAKES, "PARTY", partyA,
                person(PEOPLE.get(0), "Сейітов", "Асхат", "Болатұлы", LocalDate.of(1980, 3, 10), "MALE", null));
        namesakeYounger = nominateAndRegister(self1, ALMATY, NAMESAKES, "SELF", "",
                person(PEOPLE.get(1), "Сейітов", "Асхат", "Болатұлы", LocalDate.of(1975, 7, 22), "MALE", null));
        third = nominateAndRegister(dala.agent(), ALMATY, NAMESAKES, "PARTY", partyD,
                person(PEOPLE.get(2), "Әлиева", "Дана", "Маратқызы", LocalDate.of(1986, 11, 3), "FEMALE", null));
        // A party nominates one candidate per district.
        nominate(alatau.agent(), NAMESAKES, "PARTY", partyA,
                person(PEOPLE.get(3), "Тоқтаров", "Нұрлан", "Асқарұлы", LocalDate.of(1982, 8, 8), "MALE", null))
                .then().statusCode(422).body("failedRules.rule", hasItem("ONE_PER_PARTY"));
        // District 2: three candidates; two will tie.
        tiedFirst = nominateAndRegister(alatau.agent(), ALMATY, TIE, "PARTY", partyA,
                person(PEOPLE.get(4), "Жұмабеков", "Ерлан", "Серікұлы", LocalDate.of(1977, 2, 17), "MALE", null));
        tiedSecond = nominateAndRegister(dala.agent(), ALMATY, TIE, "PARTY", partyD,
                person(PEOPLE.get(5), "Омарова", "Гүлнар", "Қайратқызы", LocalDate.of(1984, 5, 9), "FEMALE", null));
        tieThird = nominateAndRegister(ALMATY, ALMATY, TIE, "PUBLIC_ASSOCIATION", "\"associationName\": \"Инженерлер одағы\"",
                person(PEOPLE.get(6), "Тоқтаров", "Нұрлан", "Асқарұлы", LocalDate.of(1982, 8, 8), "MALE", null));
        // District 3: two candidates.
        notHeldFirst = nominateAndRegister(alatau.agent(), ALMATY, NOT_HELD, "PARTY", partyA,
                person(PEOPLE.get(7), "Бекенов", "Арман", "Ғаниұлы", LocalDate.of(1979, 12, 12), "MALE", null));
        notHeldSecond = nominateAndRegister(self3, ALMATY, NOT_HELD, "SELF", "",
                person(PEOPLE.get(8), "Қасымова", "Әйгерім", "Нұрланқызы", LocalDate.of(1991, 4, 4), "FEMALE", null));

        // The public list tells the namesakes apart by year of birth and nominator, never by IIN.
        Response candidates = given().get(REGISTRY + "/api/v1/contests/" + NAMESAKES + "/candidates");
        candidates.then().statusCode(200).body("candidates", org.hamcrest.Matchers.hasSize(3))
                .body("candidates.nominationId", containsInAnyOrder(namesakeElder, namesakeYounger, third))
                .body(org.hamcrest.Matchers.not(containsString(PEOPLE.get(0))));
        List<Map<String, Object>> namesakes = candidates.<List<Map<String, Object>>>path("candidates").stream()
                .filter(c -> "Сейітов".equals(c.get("surnameKk"))).toList();
        assertEquals(2, namesakes.size(), namesakes.toString());
        assertEquals(Set.of(1980, 1975), namesakes.stream().map(c -> ((Number) c.get("yearOfBirth")).intValue())
                .collect(Collectors.toSet()));
    }

    @Test
    @Order(5)
    void theLotIsDrawnAndEveryBallotComposedAndApproved() {
        // The lot, not registration order, orders the lists: DALA, AMANAT, ALATAU.
        ElectionDriver.drawLot(ALMATY, LIST, List.of(dala.id(), UUID.fromString(AMANAT), alatau.id()));
        for (String contest : List.of(LIST, NAMESAKES, TIE, NOT_HELD)) {
            composeAndApprove(ALMATY, contest);
        }
        List<Map<String, Object>> list = ElectionDriver.ballotOptions(LIST);
        assertEquals(List.of(dala.id().toString(), AMANAT, alatau.id().toString(), "null"),
                list.stream().map(o -> String.valueOf(o.get("ref"))).toList(), list.toString());
        assertEquals("AGAINST_ALL", list.get(3).get("kind"));
        // Kazakh order: Әлиева before the namesakes Сейітов, who are told apart by their registration.
        List<Map<String, Object>> district = ElectionDriver.ballotOptions(NAMESAKES);
        assertEquals(4, district.size(), district.toString());
        assertEquals(third, district.get(0).get("ref"), district.toString());
        assertEquals(Set.of(namesakeElder, namesakeYounger), Set.of(district.get(1).get("ref"), district.get(2).get("ref")));
        assertEquals(district.get(1).get("labelKk"), district.get(2).get("labelKk"), "namesakes carry the same name");
    }

    @Test
    @Order(6)
    void theAlmatyCommissionImportsThePrecincts() {
        precincts = importPrecincts(ALMATY, ""
                + "7601,KZ-75,Сейфуллин даңғылы 1,2000," + LIST + ";" + NAMESAKES + "\n"
                + "7602,KZ-75,Сейфуллин даңғылы 2,1500," + LIST + ";" + NAMESAKES + "\n"
                + "7603,KZ-75,Төле би көшесі 3,1800," + LIST + ";" + TIE + "\n"
                + "7604,KZ-75,Райымбек даңғылы 4,1200," + LIST + ";" + NOT_HELD + "\n"
                + "7605,KZ-75,Райымбек даңғылы 5,1000," + LIST + ";" + NOT_HELD + "\n", LIST);
        assertEquals(Set.of(7601, 7602, 7603, 7604, 7605), precincts.keySet(), precincts.toString());
        assertEquals(Set.of(7604, 7605), ElectionDriver.precincts(NOT_HELD).keySet());
    }

    @Test
    @Order(7)
    void theAlmatyTabulatorSubmitsEveryProtocolButOne() {
        String a = alatau.id().toString();
        String d = dala.id().toString();
        // List votes per precinct: ALATAU, DALA, AMANAT; against all; invalid. AMANAT's 150 of 4,135 valid is below 5 %.
        long[][] list = {{7601, 2000, 600, 400, 40, 60, 10}, {7602, 1500, 450, 300, 30, 50, 8},
                {7603, 1800, 500, 380, 35, 55, 9}, {7604, 1200, 350, 250, 25, 40, 6}, {7605, 1000, 300, 220, 20, 30, 5}};
        for (long[] p : list) {
            submitProtocol(ALMATY_TABULATOR, LIST, precincts.get((int) p[0]), p[1], p[6], p[5],
                    Map.of(a, p[2], d, p[3], AMANAT, p[4])).then().statusCode(201);
        }
        // The younger namesake wins district 1, 720 to 560 and 430.
        submitProtocol(ALMATY_TABULATOR, NAMESAKES, precincts.get(7601), 2000, 20, 100,
                Map.of(namesakeElder, 300L, namesakeYounger, 420L, third, 250L)).then().statusCode(201);
        submitProtocol(ALMATY_TABULATOR, NAMESAKES, precincts.get(7602), 1500, 10, 70,
                Map.of(namesakeElder, 260L, namesakeYounger, 300L, third, 180L)).then().statusCode(201);
        // District 2: 380 each for the first two.
        submitProtocol(ALMATY_TABULATOR, TIE, precincts.get(7603), 1800, 10, 50,
                Map.of(tiedFirst, 380L, tiedSecond, 380L, tieThird, 150L)).then().statusCode(201);
        // District 3: precinct 7604 only; the district ballots of 7605 never make a protocol.
        submitProtocol(ALMATY_TABULATOR, NOT_HELD, precincts.get(7604), 1200, 9, 60,
                Map.of(notHeldFirst, 300L, notHeldSecond, 280L)).then().statusCode(201);
        given().auth().oauth2(token(ALMATY_TABULATOR)).get(RESULTS + "/api/v1/contests/" + LIST + "/tabulation")
                .then().statusCode(200).body("reportingPercent", equalTo("100.00"));
    }

    @Test
    @Order(8)
    void certificationWaitsForTheIncompleteDistrictUntilItIsDeclaredNotHeld() {
        given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON).body("{}")
                .post(RESULTS + "/api/v1/elections/" + MASLIKHAT + "/results").then().statusCode(201)
                .body("number", equalTo(1)).body("status", equalTo("PROVISIONAL"));
        given().auth().oauth2(token(almaty2))
                .post(RESULTS + "/api/v1/elections/" + MASLIKHAT + "/results/versions/1/certification")
                .then().statusCode(409).body("contest", equalTo(NOT_HELD))
                .body("detail", containsString("1 of its 2 precincts"));
        // Declared not held by the Almaty commission, with its reason; the tabulator may not.
        given().auth().oauth2(token(ALMATY_TABULATOR)).contentType(ContentType.JSON)
                .body("{\"reason\": \"district ballots of precinct 7605 destroyed\"}")
                .post(RESULTS + "/api/v1/contests/" + NOT_HELD + "/not-held").then().statusCode(403);
        given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON)
                .body("{\"reason\": \"district ballots of precinct 7605 destroyed\"}")
                .post(RESULTS + "/api/v1/contests/" + NOT_HELD + "/not-held").then().statusCode(201);
        // Version 1 no longer shows what would be certified: publish again, then certify.
        given().auth().oauth2(token(almaty2))
                .post(RESULTS + "/api/v1/elections/" + MASLIKHAT + "/results/versions/1/certification")
                .then().statusCode(409);
        given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON)
                .body("{\"reason\": \"district 3 declared not held\"}")
                .post(RESULTS + "/api/v1/elections/" + MASLIKHAT + "/results").then().statusCode(201)
                .body("number", equalTo(2));
        given().auth().oauth2(token(ALMATY))
                .post(RESULTS + "/api/v1/elections/" + MASLIKHAT + "/results/versions/2/certification")
                .then().statusCode(403);
        given().auth().oauth2(token(almaty2))
                .post(RESULTS + "/api/v1/elections/" + MASLIKHAT + "/results/versions/2/certification")
                .then().statusCode(201).body("number", equalTo(3)).body("status", equalTo("FINAL"));

        Response latest = given().get(RESULTS + "/api/v1/elections/" + MASLIKHAT + "/results/latest");
        latest.then().statusCode(200).body("number", equalTo(3)).body("status", equalTo("FINAL"));
        Map<String, Number> seats = ElectionDriver.seats(ElectionDriver.contest(latest, LIST));
        Map<String, Long> byParty = new LinkedHashMap<>();
        seats.forEach((party, won) -> byParty.put(party, won.longValue()));
        // 2,200 and 1,550 pass 5 % of 4,135; AMANAT's 150 does not. Hare quota 1,250: 1 + 1, the last seat to the
        // larger remainder (ALATAU's 950 against DALA's 300).
        assertEquals(2L, byParty.get("ALATAU"), byParty.toString());
        assertEquals(1L, byParty.get("DALA"), byParty.toString());
        assertEquals(0L, byParty.getOrDefault("AMANAT", 0L), byParty.toString());
        Map<String, Object> notHeld = ElectionDriver.contest(latest, NOT_HELD);
        assertEquals("district ballots of precinct 7605 destroyed", ((Map<?, ?>) notHeld.get("notHeld")).get("reason"),
                notHeld.toString());
        assertNull(ElectionDriver.contest(latest, NAMESAKES).get("notHeld"));
    }

    @Test
    @Order(9)
    void singleSeatWinnersAreNamedByRegistrationAndTheTieNeedsARepeatVote() {
        // The namesake with more votes is elected: the younger one's registration, not the elder's.
        elected(NAMESAKES).then().body("status", equalTo("COMPLETE")).body("outcome", equalTo("ELECTED"))
                .body("elected.nominationId", equalTo(List.of(namesakeYounger)))
                .body("elected[0].nameKk", containsString("Сейітов"));
        given().auth().oauth2(token(ALMATY_TABULATOR)).get(RESULTS + "/api/v1/contests/" + NAMESAKES + "/tabulation")
                .then().statusCode(200).body("winner.winnerId", equalTo(namesakeYounger));
        // Three stood and two tied for first: a repeat vote between those two.
        elected(TIE).then().body("status", equalTo("UNDECIDED")).body("outcome", equalTo("REPEAT_VOTE_REQUIRED"))
                .body("elected", org.hamcrest.Matchers.empty())
                .body("tied.nominationId", containsInAnyOrder(tiedFirst, tiedSecond));
    }

    @Test
    @Order(10)
    void partiesNameWhoTakesTheirListSeatsAndTheElectedArePublic() {
        String a = alatau.id().toString();
        String d = dala.id().toString();
        List<String> alatauList = LISTS.get(a);
        List<String> dalaList = LISTS.get(d);
        elected(LIST).then().body("status", equalTo("AWAITING_PARTIES")).body("outcome", equalTo("ALLOCATED"))
                .body("partyDeadline", notNullValue());
        // An agent names its own party's elected only, as many as its seats, from its registered list.
        given().auth().oauth2(token(dala.agent())).contentType(ContentType.JSON)
                .body("{\"candidates\": [\"" + alatauList.get(0) + "\", \"" + alatauList.get(1) + "\"]}")
                .put(RESULTS + "/api/v1/contests/" + LIST + "/elected/" + a).then().statusCode(403);
        given().auth().oauth2(token(alatau.agent())).contentType(ContentType.JSON)
                .body("{\"candidates\": [\"" + alatauList.get(0) + "\"]}")
                .put(RESULTS + "/api/v1/contests/" + LIST + "/elected/" + a).then().statusCode(400);
        given().auth().oauth2(token(alatau.agent())).contentType(ContentType.JSON)
                .body("{\"candidates\": [\"" + alatauList.get(0) + "\", \"" + dalaList.get(0) + "\"]}")
                .put(RESULTS + "/api/v1/contests/" + LIST + "/elected/" + a).then().statusCode(400);
        // ALATAU names its first and third names; DALA its second.
        given().auth().oauth2(token(alatau.agent())).contentType(ContentType.JSON)
                .body("{\"candidates\": [\"" + alatauList.get(0) + "\", \"" + alatauList.get(2) + "\"]}")
                .put(RESULTS + "/api/v1/contests/" + LIST + "/elected/" + a).then().statusCode(200)
                .body("status", equalTo("AWAITING_PARTIES"));
        given().auth().oauth2(token(dala.agent())).contentType(ContentType.JSON)
                .body("{\"candidates\": [\"" + dalaList.get(1) + "\"]}")
                .put(RESULTS + "/api/v1/contests/" + LIST + "/elected/" + d).then().statusCode(200)
                .body("status", equalTo("COMPLETE"));

        Response list = elected(LIST);
        list.then().body("status", equalTo("COMPLETE"))
                .body("parties.find { it.partyId == '" + a + "' }.seats", equalTo(2))
                .body("parties.find { it.partyId == '" + a + "' }.status", equalTo("ASSIGNED"))
                .body("parties.find { it.partyId == '" + a + "' }.elected.nominationId",
                        equalTo(List.of(alatauList.get(0), alatauList.get(2))))
                .body("parties.find { it.partyId == '" + a + "' }.elected.nameKk",
                        equalTo(List.of("Ахметова Дина Серікқызы", "Ғалымова Айгүл Нұрланқызы")))
                .body("parties.find { it.partyId == '" + d + "' }.elected.nominationId", equalTo(List.of(dalaList.get(1))))
                .body("parties.find { it.partyId == '" + d + "' }.elected.nameKk", equalTo(List.of("Иманова Сәуле Асқарқызы")))
                .body("parties.find { it.partyId == '" + AMANAT + "' }", nullValue());
        // Each naming published a new final version with the certified figures: the latest shows who took the seats.
        String published = "contests.find { it.contestCode == '" + LIST + "' }.elected";
        given().get(RESULTS + "/api/v1/elections/" + MASLIKHAT + "/results/latest").then().statusCode(200)
                .body("number", equalTo(5)).body("status", equalTo("FINAL")).body("certifies", equalTo(2))
                .body("changes", equalTo(List.of(LIST))).body(published + ".status", equalTo("COMPLETE"))
                .body(published + ".parties.find { it.partyId == '" + a + "' }.status", equalTo("ASSIGNED"))
                .body(published + ".parties.find { it.partyId == '" + d + "' }.elected.nominationId",
                        equalTo(List.of(dalaList.get(1))));
        given().get(RESULTS + "/api/v1/elections/" + MASLIKHAT + "/results/versions/4").then().statusCode(200)
                .body(published + ".status", equalTo("AWAITING_PARTIES"))
                .body(published + ".parties.find { it.partyId == '" + d + "' }.status", equalTo("AWAITING_PARTY"));
    }

    // --- the akim election ---

    @Test
    @Order(11)
    void theRegionalCommissionCallsAnAkimElectionWithTwoPosts() {
        ElectionDriver.callElection(region, """
                "kind": "AKIM", "territory": "KZ-19", "code": "%s", "name": "Ауыл әкімдерін сайлау (system test)\""""
                .formatted(AKIM), ELECTION_DAY);
        // Another unit's commission may not add a post here.
        given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON)
                .body("{\"kind\": \"AKIM\", \"unitCode\": \"KZ-19\", \"name\": \"Жетіген ауылдық округі\", \"voters\": 2400, "
                        + "\"settlements\": 4}")
                .post(REGISTRY + "/api/v1/elections/" + AKIM + "/contests").then().statusCode(403);
        given().auth().oauth2(token(region)).contentType(ContentType.JSON)
                .body("{\"kind\": \"AKIM\", \"unitCode\": \"KZ-19\", \"name\": \"Жетіген ауылдық округі\", \"voters\": 2400, "
                        + "\"settlements\": 4}")
                .post(REGISTRY + "/api/v1/elections/" + AKIM + "/contests").then().statusCode(201)
                .body("code", equalTo(AKIM_POST)).body("body", equalTo("AKIM"));
        given().auth().oauth2(token(region)).contentType(ContentType.JSON)
                .body("{\"kind\": \"AKIM\", \"unitCode\": \"KZ-19\", \"name\": \"Көктал ауылдық округі\", \"voters\": 900, "
                        + "\"settlements\": 2}")
                .post(REGISTRY + "/api/v1/elections/" + AKIM + "/contests").then().statusCode(201)
                .body("code", equalTo(AKIM_TIE));
        // An akim election has no lists.
        given().auth().oauth2(token(region)).contentType(ContentType.JSON)
                .body("{\"kind\": \"PARTY_LIST\", \"seats\": 3, \"thresholdPercent\": 5}")
                .post(REGISTRY + "/api/v1/elections/" + AKIM + "/contests").then().statusCode(400);
    }

    @Test
    @Order(12)
    void akimCandidatesAreNominatedWithTheirSignaturesAndRegistered() {
        String self1 = user("akim-self-1-" + RUN, "citizen", Map.of());
        String self2 = user("akim-self-2-" + RUN, "citizen", Map.of());
        // 1 % of 2,400 voters is 24 signatures, from at least 2 of the 4 settlements.
        String thirdPerson = person(PEOPLE.get(10), "Байжанов", "Қанат", "Тұрсынұлы", LocalDate.of(1970, 1, 15), "MALE", null);
        nominate(self2, AKIM_POST, "SELF", "\"signatures\": 23, \"signatureSettlements\": 1", thirdPerson)
                .then().statusCode(422).body("failedRules.rule", containsInAnyOrder("SIGNATURES", "SIGNATURE_SETTLEMENTS"));
        akimWinner = nominateAndRegister(self1, region, AKIM_POST, "SELF", "\"signatures\": 31, \"signatureSettlements\": 3",
                person(PEOPLE.get(9), "Ержанов", "Мейрам", "Талғатұлы", LocalDate.of(1974, 3, 3), "MALE", null));
        akimThird = nominateAndRegister(self2, region, AKIM_POST, "SELF", "\"signatures\": 24, \"signatureSettlements\": 2",
                thirdPerson);
        // A party's akim candidate is its member; a maslikhat candidate of the same day cannot stand for akim too.
        String partyA = "\"partyId\": \"" + alatau.id() + "\"";
        nominate(alatau.agent(), AKIM_POST, "PARTY", partyA,
                person(alatau.members().get(0), "Ахметова", "Дина", "Серікқызы", LocalDate.of(1985, 4, 2), "FEMALE", null))
                .then().statusCode(422).body("failedRules.rule", equalTo(List.of("NOT_MASLIKHAT_AND_AKIM")));
        nominate(alatau.agent(), AKIM_POST, "PARTY", partyA,
                person(PEOPLE.get(11), "Жанұзақов", "Берік", "Оралұлы", LocalDate.of(1969, 9, 9), "MALE", null))
                .then().statusCode(422).body("failedRules.rule", hasItem("PARTY_MEMBERSHIP"));
        akimParty = nominateAndRegister(alatau.agent(), region, AKIM_POST, "PARTY", partyA,
                person(alatau.members().get(10), "Жанұзақов", "Берік", "Оралұлы", LocalDate.of(1969, 9, 9), "MALE", null));
        given().get(REGISTRY + "/api/v1/contests/" + AKIM_POST + "/candidates").then().statusCode(200)
                .body("candidates.nominationId", containsInAnyOrder(akimWinner, akimThird, akimParty));

        // The second post: three candidates, of whom two will tie. 1 % of 900 voters: 9 signatures, from 1 of 2 settlements.
        String self3 = user("akim-self-3-" + RUN, "citizen", Map.of());
        String self4 = user("akim-self-4-" + RUN, "citizen", Map.of());
        AKIM_TIED.add(nominateAndRegister(self3, region, AKIM_TIE, "SELF", "\"signatures\": 9, \"signatureSettlements\": 1",
                person(PEOPLE.get(12), "Сұлтанов", "Ұлан", "Бақытұлы", LocalDate.of(1980, 8, 1), "MALE", null)));
        AKIM_TIED.add(nominateAndRegister(dala.agent(), region, AKIM_TIE, "PARTY", "\"partyId\": \"" + dala.id() + "\"",
                person(dala.members().get(10), "Тәжібаева", "Мәдина", "Оразқызы", LocalDate.of(1978, 11, 20), "FEMALE",
                        null)));
        AKIM_TIED.add(nominateAndRegister(self4, region, AKIM_TIE, "SELF", "\"signatures\": 12, \"signatureSettlements\": 2",
                person(PEOPLE.get(13), "Уәлиев", "Саят", "Нұрбекұлы", LocalDate.of(1983, 6, 6), "MALE", null)));
    }

    @Test
    @Order(13)
    void akimBallotsPrecinctsAndProtocols() {
        composeAndApprove(region, AKIM_POST);
        composeAndApprove(region, AKIM_TIE);
        assertEquals(4, ElectionDriver.ballotOptions(AKIM_POST).size(), "three candidates and against all");
        akimPrecincts = importPrecincts(region, ""
                + "1901,KZ-19,Жетіген ауылы 1,1300," + AKIM_POST + "\n"
                + "1902,KZ-19,Жетіген ауылы 2,1100," + AKIM_POST + "\n"
                + "1903,KZ-19,Көктал ауылы 1,900," + AKIM_TIE + "\n", AKIM_POST);
        akimPrecincts.putAll(ElectionDriver.precincts(AKIM_TIE));
        assertEquals(Set.of(1901, 1902, 1903), akimPrecincts.keySet(), akimPrecincts.toString());
        // The Almaty city tabulator may not count in Almaty region.
        submitProtocol(ALMATY_TABULATOR, AKIM_POST, akimPrecincts.get(1901), 1300, 10, 40,
                Map.of(akimWinner, 500L, akimParty, 300L, akimThird, 150L)).then().statusCode(403);
        submitProtocol(regionTabulator, AKIM_POST, akimPrecincts.get(1901), 1300, 10, 40,
                Map.of(akimWinner, 500L, akimParty, 300L, akimThird, 150L)).then().statusCode(201);
        // The party's candidate carries the second precinct; the self-nominated one wins overall, 850 to 700.
        submitProtocol(regionTabulator, AKIM_POST, akimPrecincts.get(1902), 1100, 5, 30,
                Map.of(akimWinner, 350L, akimParty, 400L, akimThird, 100L)).then().statusCode(201);
        submitProtocol(regionTabulator, AKIM_TIE, akimPrecincts.get(1903), 900, 5, 20,
                Map.of(AKIM_TIED.get(0), 300L, AKIM_TIED.get(1), 300L, AKIM_TIED.get(2), 100L)).then().statusCode(201);
    }

    @Test
    @Order(14)
    void akimResultsArePublishedCertifiedAndTheWinnerNamedByRegistration() {
        given().auth().oauth2(token(region)).contentType(ContentType.JSON).body("{}")
                .post(RESULTS + "/api/v1/elections/" + AKIM + "/results").then().statusCode(201)
                .body("number", equalTo(1)).body("status", equalTo("PROVISIONAL"));
        given().auth().oauth2(token(region))
                .post(RESULTS + "/api/v1/elections/" + AKIM + "/results/versions/1/certification").then().statusCode(403);
        given().auth().oauth2(token(region2))
                .post(RESULTS + "/api/v1/elections/" + AKIM + "/results/versions/1/certification").then().statusCode(201)
                .body("number", equalTo(2)).body("status", equalTo("FINAL"));

        elected(AKIM_POST).then().body("status", equalTo("COMPLETE")).body("outcome", equalTo("ELECTED"))
                .body("elected.nominationId", equalTo(List.of(akimWinner)))
                .body("elected[0].nameKk", containsString("Ержанов"));
        // Every tied akim race is a repeat election, even where three stood.
        elected(AKIM_TIE).then().body("status", equalTo("UNDECIDED")).body("outcome", equalTo("REPEAT_ELECTION_REQUIRED"))
                .body("tied.nominationId", containsInAnyOrder(AKIM_TIED.get(0), AKIM_TIED.get(1)));
        Response latest = given().get(RESULTS + "/api/v1/elections/" + AKIM + "/results/latest");
        latest.then().statusCode(200).body("status", equalTo("FINAL"));
        Map<?, ?> winner = (Map<?, ?>) ElectionDriver.contest(latest, AKIM_POST).get("winner");
        assertEquals(akimWinner, winner.get("winnerId"), winner.toString());
    }
}
