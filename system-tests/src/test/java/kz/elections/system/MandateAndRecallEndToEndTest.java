package kz.elections.system;

import static io.restassured.RestAssured.given;
import static kz.elections.system.ElectionDriver.composeAndApprove;
import static kz.elections.system.ElectionDriver.elected;
import static kz.elections.system.ElectionDriver.importPrecincts;
import static kz.elections.system.ElectionDriver.nominateAndRegister;
import static kz.elections.system.ElectionDriver.person;
import static kz.elections.system.ElectionDriver.submitProtocol;
import static kz.elections.system.ElectionDriver.token;
import static kz.elections.system.ElectionDriver.user;
import static kz.elections.system.Platform.BALLOT;
import static kz.elections.system.Platform.REGISTRY;
import static kz.elections.system.Platform.RESULTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
import io.restassured.response.ValidatableResponse;

/**
 * After election day, over HTTP only and each step with the Keycloak token of the person whose job it is: a regional
 * maslikhat (Almaty city: one list seat, one district) certified, its elected holding mandates in the registry
 * (public members and each seat's history); a voter's recall of the district deputy refused in the deputy's first
 * year, then admitted, the signatures entered (a voter signing twice counted once, none after day 30) and checked
 * against ballot-service's count of the district's voters, the recall vote's ballot ("for recall" / "against recall"),
 * its protocols, publication and certification; the deputy recalled, the mandate ended and the seat vacant; a
 * by-election refused on a day the law does not allow and called on the next day it does; and the list seat, left by
 * a resignation, filled by the party naming the next of its list. The deputy's first year and the 30 days of signing
 * pass by moving their recorded dates back ({@link RegistryClock}). The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MandateAndRecallEndToEndTest {

    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    /** Today where the services count days (Asia/Almaty), whatever the machine's zone. */
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));
    static final LocalDate ELECTION_DAY = TODAY.plusDays(32);

    static final String MASLIKHAT = "term-75-" + RUN;
    static final String LIST = MASLIKHAT + ".list";
    static final String DISTRICT = MASLIKHAT + ".smd-75-01";
    static final String AMANAT = "9f939ef7-c6e8-3aeb-9eb4-252a78be9a3c";

    static final String ALMATY = "almaty-commission";
    static final String ALMATY_TABULATOR = "almaty-tabulator";
    static final String AMANAT_AGENT = "agent-amanat";
    static String almaty2;
    static String voter;
    static String otherAgent;
    static String astana;

    /** People nominated in the district and the voters who sign: valid IINs no member list holds. */
    static final List<String> PEOPLE = ElectionDriver.iins("4", 2);
    static final List<String> SIGNERS = ElectionDriver.iins("41", 202);
    static List<String> amanatList;
    static String deputy;
    static String runnerUp;
    static String deputyMandate;
    static String listMandate;
    static String petition;
    static String recallContest;
    static String vacancy;

    @BeforeAll
    static void platform() {
        Platform.start();
        almaty2 = user("term-almaty-commission-2-" + RUN, "commission", Map.of("territory", "KZ-75"));
        voter = user("term-voter-" + RUN, "citizen", Map.of());
        astana = user("term-astana-commission-" + RUN, "commission", Map.of("territory", "KZ-71"));
        otherAgent = user("term-other-agent-" + RUN, "party-agent", Map.of("party", UUID.randomUUID().toString()));
    }

    @Test
    @Order(1)
    void aMaslikhatWithAListSeatAndADistrictIsCertified() {
        ElectionDriver.callElection(ALMATY, """
                "kind": "MASLIKHAT", "maslikhatLevel": "REGIONAL", "territory": "KZ-75", "seats": 2,
                "code": "%s", "name": "Алматы қалалық мәслихаты, мандаттар (system test)\"""".formatted(MASLIKHAT), ELECTION_DAY);
        List<String> a = TestParties.demoMembers(0, 50).subList(44, 46);
        amanatList = ElectionDriver.registerList(AMANAT_AGENT, ALMATY, LIST, UUID.fromString(AMANAT), List.of(
                person(a.get(0), "Сағынтаева", "Әсел", "Бекқызы", LocalDate.of(1984, 6, 14), "FEMALE", "WOMAN"),
                person(a.get(1), "Төлеуова", "Мадина", "Арманқызы", LocalDate.of(1992, 2, 3), "FEMALE", "WOMAN")));
        deputy = nominateAndRegister(user("term-self-1-" + RUN, "citizen", Map.of()), ALMATY, DISTRICT, "SELF", "",
                person(PEOPLE.get(0), "Қалиев", "Ерболат", "Сәкенұлы", LocalDate.of(1976, 10, 1), "MALE", null));
        runnerUp = nominateAndRegister(user("term-self-2-" + RUN, "citizen", Map.of()), ALMATY, DISTRICT, "SELF", "",
                person(PEOPLE.get(1), "Мұхамеджанова", "Гүлмира", "Әлібекқызы", LocalDate.of(1981, 5, 17), "FEMALE", null));
        ElectionDriver.drawLot(ALMATY, LIST, List.of(UUID.fromString(AMANAT)));
        composeAndApprove(ALMATY, LIST);
        composeAndApprove(ALMATY, DISTRICT);
        var precincts = importPrecincts(ALMATY, ""
                + "7701,KZ-75,Абай даңғылы 101,1000," + LIST + ";" + DISTRICT + "\n"
                + "7702,KZ-75,Абай даңғылы 102,1000," + LIST + ";" + DISTRICT + "\n", DISTRICT);
        for (String precinct : precincts.values()) {
            submitProtocol(ALMATY_TABULATOR, LIST, precinct, 1000, 10, 40, Map.of(AMANAT, 550L)).then().statusCode(201);
            submitProtocol(ALMATY_TABULATOR, DISTRICT, precinct, 1000, 10, 30, Map.of(deputy, 320L, runnerUp, 240L))
                    .then().statusCode(201);
        }
        given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON).body("{}")
                .post(RESULTS + "/api/v1/elections/" + MASLIKHAT + "/results").then().statusCode(201)
                .body("number", equalTo(1));
        given().auth().oauth2(token(almaty2))
                .post(RESULTS + "/api/v1/elections/" + MASLIKHAT + "/results/versions/1/certification").then()
                .statusCode(201).body("status", equalTo("FINAL"));
        elected(DISTRICT).then().body("outcome", equalTo("ELECTED")).body("elected.nominationId", equalTo(List.of(deputy)));
        // The party names who takes its one list seat: its first name.
        given().auth().oauth2(token(AMANAT_AGENT)).contentType(ContentType.JSON)
                .body("{\"candidates\": [\"" + amanatList.get(0) + "\"]}")
                .put(RESULTS + "/api/v1/contests/" + LIST + "/elected/" + AMANAT).then().statusCode(200)
                .body("status", equalTo("COMPLETE"));
    }

    @Test
    @Order(2)
    void theElectedHoldMandatesThatThePublicSees() {
        // Certification and the party's naming told the registry, one way: results → registry.
        Response members = given().queryParam("territory", "KZ-75")
                .get(REGISTRY + "/api/v1/bodies/REGIONAL_MASLIKHAT/members");
        members.then().statusCode(200);
        List<Map<String, Object>> ours = members.<List<Map<String, Object>>>path("").stream()
                .filter(m -> ((String) m.get("contestCode")).startsWith(MASLIKHAT + ".")).toList();
        assertEquals(2, ours.size(), ours.toString());
        Map<String, Object> district = ours.stream().filter(m -> DISTRICT.equals(m.get("contestCode"))).findFirst().orElseThrow();
        assertEquals(deputy, district.get("nominationId"));
        assertEquals("SELF", district.get("route"));
        assertEquals(TODAY.toString(), district.get("termStart"));
        assertEquals(TODAY.plusYears(5).toString(), district.get("plannedEnd"), "a maslikhat's term is 5 years");
        deputyMandate = (String) district.get("id");
        Map<String, Object> list = ours.stream().filter(m -> LIST.equals(m.get("contestCode"))).findFirst().orElseThrow();
        assertEquals(amanatList.get(0), list.get("nominationId"));
        assertEquals(AMANAT, list.get("partyId"));
        listMandate = (String) list.get("id");
        given().get(REGISTRY + "/api/v1/contests/" + DISTRICT + "/mandates").then().statusCode(200)
                .body("mandates.id", equalTo(List.of(deputyMandate))).body("vacancies", hasSize(0));
        // The public page of the body's members, with each seat's history a link away.
        given().queryParam("body", "REGIONAL_MASLIKHAT").queryParam("territory", "KZ-75").queryParam("lang", "kk")
                .get(REGISTRY + "/ui/members").then().statusCode(200)
                .body(containsString("data-mandate=\"" + deputyMandate + "\""))
                .body(containsString("data-mandate=\"" + listMandate + "\""))
                .body(containsString("/ui/members/seats/" + DISTRICT));
    }

    @Test
    @Order(3)
    void aRecallInTheDeputysFirstYearIsRefusedByTheCommission() {
        String first = apply();
        given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON).body("{\"action\": \"ADMIT\"}")
                .post(REGISTRY + "/api/v1/recalls/" + first + "/decisions").then().statusCode(422)
                .body("ground", equalTo("FIRST_YEAR_OF_MANDATE")).body("admissibleFrom", notNullValue());
        given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON)
                .body("{\"action\": \"REFUSE\", \"grounds\": \"the deputy is in the first year of the mandate\"}")
                .post(REGISTRY + "/api/v1/recalls/" + first + "/decisions").then().statusCode(200)
                .body("status", equalTo("REFUSED"));
    }

    @Test
    @Order(4)
    void twoYearsOnTheCommissionAdmitsARecallAndItsSignaturesAreCollected() {
        RegistryClock.mandateBeganYearsAgo(DISTRICT, 2);
        petition = apply();
        // Another unit's commission may not decide; the district's does, opening 30 days of collection.
        given().auth().oauth2(token(astana)).contentType(ContentType.JSON).body("{\"action\": \"ADMIT\"}")
                .post(REGISTRY + "/api/v1/recalls/" + petition + "/decisions").then().statusCode(403);
        given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON).body("{\"action\": \"ADMIT\"}")
                .post(REGISTRY + "/api/v1/recalls/" + petition + "/decisions").then().statusCode(200)
                .body("status", equalTo("COLLECTING"))
                .body("collectionEndsOn", equalTo(TODAY.plusDays(30).toString()));
        // The initiative group (the applicant's account) enters 200 signatures; the commission two more sheets' lines,
        // one of a voter who signed already, counted once.
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(signature(SIGNERS.get(i)));
        }
        given().auth().oauth2(token(voter)).contentType(ContentType.JSON)
                .body("{\"signatures\": [" + String.join(",", batch) + "]}")
                .post(REGISTRY + "/api/v1/recalls/" + petition + "/signatures").then().statusCode(200)
                .body("accepted", equalTo(200)).body("total", equalTo(200));
        given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON)
                .body("{\"signatures\": [" + signature(SIGNERS.get(7)) + "," + signature(SIGNERS.get(200)) + "]}")
                .post(REGISTRY + "/api/v1/recalls/" + petition + "/signatures").then().statusCode(200)
                .body("accepted", equalTo(1)).body("alreadySigned", equalTo(List.of(0))).body("total", equalTo(201));
        // Signers are never public; the count is.
        given().get(REGISTRY + "/api/v1/recalls/" + petition).then().statusCode(200).body("signatures", equalTo(201))
                .body(not(containsString(SIGNERS.get(0)))).body(not(containsString("Абай даңғылы 7")));
        // The check waits for the collection to end.
        check(TODAY.plusDays(40)).statusCode(409).body("type", containsString("collection-open"));
    }

    @Test
    @Order(5)
    void afterDayThirtyNoSignatureIsTakenAndMoreThanTenPercentCallTheRecallVote() {
        RegistryClock.petitionDaysAgo(petition, 31);
        given().auth().oauth2(token(voter)).contentType(ContentType.JSON)
                .body("{\"signatures\": [" + signature(SIGNERS.get(201)) + "]}")
                .post(REGISTRY + "/api/v1/recalls/" + petition + "/signatures").then().statusCode(409)
                .body("type", containsString("collection-closed"));
        // ballot-service's precinct registers: 2,000 voters in the district, so 201 signatures are more than 10 %.
        given().get(BALLOT + "/api/v1/precincts?contest=" + DISTRICT).then().statusCode(200).body("voters", equalTo(2000));
        recallContest = check(TODAY.plusDays(45)).statusCode(200).body("status", equalTo("VOTE_CALLED"))
                .body("requiredSignatures", equalTo(201)).body("districtVoters", equalTo(2000))
                .extract().path("recallContest");
        given().get(REGISTRY + "/api/v1/contests/" + recallContest).then().statusCode(200).body("kind", equalTo("RECALL"));
    }

    @Test
    @Order(6)
    void theRecallVoteIsCountedCertifiedAndTheDeputyRecalled() {
        composeAndApprove(ALMATY, recallContest);
        List<Map<String, Object>> options = ElectionDriver.ballotOptions(recallContest);
        assertEquals(List.of("FOR_RECALL", "AGAINST_RECALL"), options.stream().map(o -> o.get("kind")).toList());
        assertTrue(options.stream().allMatch(o -> deputy.equals(o.get("ref"))), options.toString());
        String hash = given().get(BALLOT + "/api/v1/contests/" + recallContest + "/ballot").then().statusCode(200)
                .extract().path("contentHash");
        var precincts = importPrecincts(ALMATY, ""
                + "7703,KZ-75,Абай даңғылы 101,1000," + recallContest + "\n"
                + "7704,KZ-75,Абай даңғылы 102,1000," + recallContest + "\n", recallContest);
        // 950 of the 2,000 voters take part (at least a third); 650 for recall, more than half of them.
        List<String> ids = new ArrayList<>(precincts.values());
        given().auth().oauth2(token(ALMATY_TABULATOR)).contentType(ContentType.JSON)
                .body(ElectionDriver.protocol(recallContest, ids.get(0), hash, 1000, 490, 10, 0, List.of(350L, 130L), null))
                .post(RESULTS + "/api/v1/protocols").then().statusCode(201);
        given().auth().oauth2(token(ALMATY_TABULATOR)).contentType(ContentType.JSON)
                .body(ElectionDriver.protocol(recallContest, ids.get(1), hash, 1000, 460, 10, 0, List.of(300L, 150L), null))
                .post(RESULTS + "/api/v1/protocols").then().statusCode(201);
        String election = recallContest.substring(0, recallContest.lastIndexOf('.'));
        given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON).body("{}")
                .post(RESULTS + "/api/v1/elections/" + election + "/results").then().statusCode(201)
                .body("contests[0].recall.outcome", equalTo("RECALLED"));
        given().auth().oauth2(token(almaty2))
                .post(RESULTS + "/api/v1/elections/" + election + "/results/versions/1/certification").then()
                .statusCode(201).body("status", equalTo("FINAL"));
        given().get(RESULTS + "/api/v1/elections/" + election + "/results/latest").then().statusCode(200)
                .body("contests[0].recall.forRecall", equalTo(650)).body("contests[0].recall.tookPart", equalTo(950));

        // Certification told the registry: the petition is decided, the mandate ended on the ground of recall.
        given().get(REGISTRY + "/api/v1/recalls/" + petition).then().statusCode(200).body("status", equalTo("RECALLED"))
                .body("resultVersion", equalTo(2));
        Response history = given().get(REGISTRY + "/api/v1/contests/" + DISTRICT + "/mandates");
        history.then().statusCode(200).body("mandates[0].status", equalTo("ENDED"))
                .body("mandates[0].endGround", equalTo("RECALL")).body("vacancies", hasSize(1))
                .body("vacancies[0].kind", equalTo("SINGLE_SEAT")).body("vacancies[0].status", equalTo("OPEN"));
        vacancy = history.path("vacancies[0].id");
        given().queryParam("territory", "KZ-75").get(REGISTRY + "/api/v1/bodies/REGIONAL_MASLIKHAT/members").then()
                .statusCode(200).body("id", not(hasItem(deputyMandate)));
        given().queryParam("lang", "ru").get(REGISTRY + "/ui/recalls/" + petition).then().statusCode(200)
                .body(containsString("data-status=\"RECALLED\""));
        given().queryParam("lang", "ru").get(REGISTRY + "/ui/members/seats/" + DISTRICT).then().statusCode(200)
                .body(containsString("data-mandate=\"" + deputyMandate + "\"")).body(containsString("data-vacancy=\"" + vacancy + "\""));
    }

    @Test
    @Order(7)
    void theByElectionForTheVacancyIsCalledOnADayTheLawAllows() {
        String termEnds = given().get(REGISTRY + "/api/v1/vacancies/" + vacancy).then().statusCode(200)
                .extract().path("termEnds");
        // Not the last Sunday of March or October, and no consent of the central commission: refused, saying which is.
        LocalDate january = LocalDate.of(TODAY.getYear() + 1, Month.JANUARY, 17);
        String nextLawDay = byElection(january).statusCode(422).body("type", containsString("by-election-date"))
                .body("violations.field", hasItem("electionDay")).extract().path("nextLawDay");
        // A day of the law within the body's last year: refused too.
        byElection(lawDayAfter(LocalDate.parse(termEnds).minusYears(1))).statusCode(422)
                .body("detail", containsString("last year"));
        // Another unit's commission may not call it.
        given().auth().oauth2(token(astana)).contentType(ContentType.JSON)
                .body("{\"electionDay\": \"" + nextLawDay + "\", \"calledOn\": \"" + TODAY + "\"}")
                .post(REGISTRY + "/api/v1/vacancies/" + vacancy + "/by-election").then().statusCode(403);
        String byElection = byElection(LocalDate.parse(nextLawDay)).statusCode(201)
                .body("electionDay", equalTo(nextLawDay)).body("contests", equalTo(1)).extract().path("code");
        given().get(REGISTRY + "/api/v1/vacancies/" + vacancy).then().statusCode(200)
                .body("status", equalTo("BY_ELECTION_CALLED")).body("byElectionId", notNullValue());
        given().get(REGISTRY + "/api/v1/elections/" + byElection + "/contests").then().statusCode(200)
                .body("kind", equalTo(List.of("SINGLE_MANDATE"))).body("unitCode", equalTo(List.of("KZ-75")));
    }

    @Test
    @Order(8)
    void theListSeatLeftByAResignationIsFilledByTheParty() {
        Response ended = given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON)
                .body("{\"ground\": \"RESIGNATION\", \"endedOn\": \"" + TODAY + "\", "
                        + "\"decision\": \"No. 12/75, resignation accepted\"}")
                .post(REGISTRY + "/api/v1/mandates/" + listMandate + "/end");
        ended.then().statusCode(200).body("mandate.status", equalTo("ENDED")).body("vacancy.kind", equalTo("LIST_SEAT"))
                .body("vacancy.partyId", equalTo(AMANAT)).body("vacancy.namingLastDay", notNullValue());
        String seat = ended.path("vacancy.id");
        // A by-election is not how a list seat is filled; another party's agent may not name; the party names its next.
        byElectionOf(seat, TODAY.plusMonths(3)).statusCode(409);
        given().auth().oauth2(token(otherAgent)).contentType(ContentType.JSON)
                .body("{\"nominationId\": \"" + amanatList.get(1) + "\"}")
                .post(REGISTRY + "/api/v1/vacancies/" + seat + "/successor").then().statusCode(403);
        given().auth().oauth2(token(AMANAT_AGENT)).contentType(ContentType.JSON)
                .body("{\"nominationId\": \"" + amanatList.get(1) + "\"}")
                .post(REGISTRY + "/api/v1/vacancies/" + seat + "/successor").then().statusCode(200)
                .body("status", equalTo("FILLED")).body("filledBy", notNullValue());
        given().get(REGISTRY + "/api/v1/contests/" + LIST + "/mandates").then().statusCode(200)
                .body("mandates.nominationId", equalTo(List.of(amanatList.get(0), amanatList.get(1))))
                .body("mandates.status", equalTo(List.of("ENDED", "CURRENT")))
                .body("mandates[1].origin", equalTo("LIST_SUCCESSOR")).body("mandates[1].fillsVacancy", equalTo(seat))
                .body("mandates[1].plannedEnd", equalTo(TODAY.plusYears(5).toString()));
        given().queryParam("body", "REGIONAL_MASLIKHAT").queryParam("territory", "KZ-75").queryParam("lang", "en")
                .get(REGISTRY + "/ui/members").then().statusCode(200)
                .body(not(containsString("data-mandate=\"" + listMandate + "\"")))
                .body(containsString("Төлеуова"));
    }

    private static String apply() {
        return given().auth().oauth2(token(voter)).contentType(ContentType.JSON)
                .body(Map.of("district", DISTRICT, "ground", "Сайлаушылармен бір рет те кездескен жоқ",
                        "applicantName", "Нұрланов Айдос", "applicantAddress", "Алматы, Абай даңғылы 101, 5"))
                .post(REGISTRY + "/api/v1/recalls").then().statusCode(201).body("status", equalTo("APPLIED"))
                .extract().path("id");
    }

    private static String signature(String iin) {
        return "{\"fullName\": \"Сайлаушы " + iin.substring(6) + "\", \"address\": \"Алматы, Абай даңғылы 7\", "
                + "\"iin\": \"" + iin + "\", \"signedOn\": \"" + TODAY + "\"}";
    }

    private static ValidatableResponse check(LocalDate voteDay) {
        return given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON)
                .body("{\"districtVoters\": 2000, \"votersSource\": \"ballot-service GET /api/v1/precincts?contest="
                        + DISTRICT + "\", \"voteDay\": \"" + voteDay + "\"}")
                .post(REGISTRY + "/api/v1/recalls/" + petition + "/check").then();
    }

    private static ValidatableResponse byElection(LocalDate day) {
        return byElectionOf(vacancy, day);
    }

    private static ValidatableResponse byElectionOf(String id, LocalDate day) {
        return given().auth().oauth2(token(ALMATY)).contentType(ContentType.JSON)
                .body("{\"electionDay\": \"" + day + "\", \"calledOn\": \"" + TODAY + "\"}")
                .post(REGISTRY + "/api/v1/vacancies/" + id + "/by-election").then();
    }

    /** The first last Sunday of March or October after {@code day}. */
    private static LocalDate lawDayAfter(LocalDate day) {
        for (LocalDate month = day.withDayOfMonth(1); ; month = month.plusMonths(1)) {
            LocalDate lastSunday = month.with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
            if ((month.getMonth() == Month.MARCH || month.getMonth() == Month.OCTOBER) && lastSunday.isAfter(day)) {
                return lastSunday;
            }
        }
    }
}
