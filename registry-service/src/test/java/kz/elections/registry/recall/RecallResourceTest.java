package kz.elections.registry.recall;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import kz.elections.registry.TestClock;
import kz.elections.registry.TestTokens;
import kz.elections.registry.mandate.MandateFixtures;
import kz.elections.registry.nomination.Nomination;
import kz.elections.registry.party.PartyFixtures;

/**
 * A recall from a voter's application to the certified outcome (CL chapter 13-2), over HTTP: who may do what, the law's
 * refusals, signatures counted once, the check against the district's voters, the vote called, the mandate ended, and a
 * signer's or applicant's personal data never public.
 */
@QuarkusTest
class RecallResourceTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Inject
    MandateFixtures fixtures;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static LocalDate today() {
        return LocalDate.now(ALMATY);
    }

    /** A district of a past Mazhilis election whose self-nominated deputy holds the mandate since {@code electedOn}. */
    private Nomination deputyOf(String district, LocalDate electedOn) {
        Nomination deputy = fixtures.selfNominated(district);
        MandateFixtures.report(MandateFixtures.resultsService(), district, electedOn, List.of(deputy.id)).statusCode(200);
        return deputy;
    }

    private static String district() {
        return MandateFixtures.pastMazhilis() + ".smd-75-03";
    }

    private static String citizen(String subject) {
        return TestTokens.token().subject(subject).roles("citizen").sign();
    }

    private static ValidatableResponse apply(String token, String district) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("district", district, "ground", "Did not hold a single meeting with voters",
                        "applicantName", "Сәрсенбаев Нұрлан Ержанұлы", "applicantAddress", "Алматы, Абай даңғылы 10, 5"))
                .when().post("/api/v1/recalls").then();
    }

    private static ValidatableResponse decide(String token, String petition, String action, String grounds) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("action", action));
        if (grounds != null) {
            body.put("grounds", grounds);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/recalls/{id}/decisions", petition).then();
    }

    private static Map<String, Object> signature(String name, String iin, LocalDate signedOn) {
        return Map.of("fullName", name, "address", "Алматы, Сейфуллин к-сі " + iin.substring(8), "iin", iin,
                "signedOn", signedOn.toString());
    }

    private static ValidatableResponse sign(String token, String petition, List<Map<String, Object>> signatures) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("signatures", signatures))
                .when().post("/api/v1/recalls/{id}/signatures", petition).then();
    }

    private static ValidatableResponse check(String token, String petition, long voters, LocalDate voteDay) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("districtVoters", voters, "votersSource", "ballot-service GET /api/v1/precincts?contest=x",
                        "voteDay", voteDay.toString()))
                .when().post("/api/v1/recalls/{id}/check", petition).then();
    }

    /** {@code count} signatures of different voters, signed today. */
    private static List<Map<String, Object>> signatures(int count) {
        List<Map<String, Object>> signatures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            signatures.add(signature("Сайлаушы " + i + " Қайратұлы", PartyFixtures.iin(), today()));
        }
        return signatures;
    }

    /** An admitted petition against a deputy of four years' standing, with {@code count} signatures. */
    private String collecting(String applicant, String district, int count) {
        String petition = apply(citizen(applicant), district).statusCode(201).extract().path("id");
        decide(TestTokens.regionalCommission("KZ-75"), petition, "ADMIT", null).statusCode(200);
        if (count > 0) {
            sign(citizen(applicant), petition, signatures(count)).statusCode(200);
        }
        return petition;
    }

    @Test
    void aVoterAppliesTheCommissionAdmitsSignaturesCountOnceAndMoreThanTenPercentCallsTheVote() {
        String district = district();
        Nomination deputy = deputyOf(district, MandateFixtures.ELECTED_ON);
        String applicant = "citizen-" + UUID.randomUUID();

        String petition = apply(citizen(applicant), district).statusCode(201)
                .body("status", equalTo("APPLIED"))
                .body("deputyNominationId", equalTo(deputy.id.toString()))
                .body("decisionDue", equalTo(today().plusDays(3).toString()))
                .extract().path("id");
        apply(citizen("citizen-" + UUID.randomUUID()), district).statusCode(409).body("type", containsString("recall-under-way"));
        apply(TestTokens.regionalCommission("KZ-75"), district).statusCode(403);

        decide(TestTokens.regionalCommission("KZ-71"), petition, "ADMIT", null).statusCode(403);
        decide(TestTokens.citizen(), petition, "ADMIT", null).statusCode(403);
        decide(TestTokens.regionalCommission("KZ-75"), petition, "ADMIT", null).statusCode(200)
                .body("status", equalTo("COLLECTING"))
                .body("decidedLate", equalTo(false))
                .body("collectionEndsOn", equalTo(today().plusDays(30).toString()));
        decide(TestTokens.regionalCommission("KZ-75"), petition, "REFUSE", "again").statusCode(409)
                .body("currentState", equalTo("COLLECTING"));

        String first = PartyFixtures.iin();
        String second = PartyFixtures.iin();
        sign(citizen(applicant), petition, List.of(signature("Әлиев Серік", first, today()),
                signature("Бекова Айгүл", second, today()))).statusCode(200)
                .body("accepted", equalTo(2)).body("total", equalTo(2));
        // the commission keys in a sheet with one voter who signed already: counted once
        sign(TestTokens.regionalCommission("KZ-75"), petition, List.of(signature("Әлиев Серік", first, today()),
                signature("Омаров Дәурен", PartyFixtures.iin(), today()))).statusCode(200)
                .body("accepted", equalTo(1)).body("alreadySigned", equalTo(List.of(0))).body("total", equalTo(3));
        // a bad entry refuses the whole batch, naming it; nothing is entered
        sign(citizen(applicant), petition, List.of(signature("Жақыпов Ерлан", PartyFixtures.iin(), today()),
                signature("Қасымов Арман", "791028302729", today()))).statusCode(400)
                .body("violations.field", hasItem("signatures[1].iin"));
        String twice = PartyFixtures.iin();
        sign(citizen(applicant), petition, List.of(signature("Нұрланов Асқар", twice, today()),
                signature("Нұрланов Асқар", twice, today()))).statusCode(400)
                .body("violations.field", hasItem("signatures[1].iin"));
        sign(citizen(applicant), petition, List.of(signature("Тоқаев Ержан", PartyFixtures.iin(), today().plusDays(1))))
                .statusCode(400).body("violations.field", hasItem("signatures[0].signedOn"));
        sign(citizen(applicant), petition, List.of(signature("Тоқаев Ержан", PartyFixtures.iin(), today().minusDays(1))))
                .statusCode(400).body("violations[0].message", containsString("before the collection opened"));
        // only the applicant's initiative group and the territory's commission enter signatures
        sign(citizen("citizen-" + UUID.randomUUID()), petition, signatures(1)).statusCode(403);
        sign(TestTokens.regionalCommission("KZ-71"), petition, signatures(1)).statusCode(403);
        sign(TestTokens.observer(), petition, signatures(1)).statusCode(403);
        given().when().get("/api/v1/recalls/{id}", petition).then().statusCode(200).body("signatures", equalTo(3));

        check(TestTokens.regionalCommission("KZ-75"), petition, 29, today().plusDays(40)).statusCode(409)
                .body("type", containsString("collection-open"));
        // day 30 is the last day of entry; from day 31 on, entries are refused
        clock.advance(Duration.ofDays(30));
        sign(citizen(applicant), petition, List.of(signature("Ғалымов Бауыржан", PartyFixtures.iin(), today().plusDays(30))))
                .statusCode(200).body("total", equalTo(4));
        clock.advance(Duration.ofDays(1));
        sign(citizen(applicant), petition, List.of(signature("Дәулетов Марат", PartyFixtures.iin(), today().plusDays(30))))
                .statusCode(409).body("type", containsString("collection-closed"));

        LocalDate checkedOn = today().plusDays(31);
        check(TestTokens.regionalCommission("KZ-75"), petition, 39, checkedOn.plusMonths(2).plusDays(1)).statusCode(400)
                .body("violations.field", hasItem("voteDay"));
        check(TestTokens.regionalCommission("KZ-71"), petition, 39, checkedOn.plusMonths(2)).statusCode(403);
        // 4 signatures of 39 voters are more than 10 %
        String recallContest = check(TestTokens.regionalCommission("KZ-75"), petition, 39, checkedOn.plusMonths(2))
                .statusCode(200)
                .body("status", equalTo("VOTE_CALLED"))
                .body("requiredSignatures", equalTo(4))
                .body("voteDay", equalTo(checkedOn.plusMonths(2).toString()))
                .body("recallContest", notNullValue())
                .extract().path("recallContest");

        // ballot-service composes the recall ballot from the registry: the deputy is the contest's one registration
        given().auth().oauth2(MandateFixtures.ballotService()).when().get("/api/v1/contests/{code}/registrations", recallContest)
                .then().statusCode(200)
                .body("contest.kind", equalTo("RECALL"))
                .body("contest.body", equalTo("MAZHILIS"))
                .body("contest.unitCode", equalTo("KZ-75"))
                .body("electionDay", equalTo(checkedOn.plusMonths(2).toString()))
                .body("candidates.nominationId", equalTo(List.of(deputy.id.toString())));

        // results-service reports the certified outcome: the mandate ends and the vacancy opens
        outcome(TestTokens.citizen(), recallContest, "RECALLED").statusCode(403);
        outcome(MandateFixtures.resultsService(), recallContest, "RECALLED").statusCode(200).body("status", equalTo("RECALLED"));
        outcome(MandateFixtures.resultsService(), recallContest, "RECALLED").statusCode(200).body("status", equalTo("RECALLED"));
        outcome(MandateFixtures.resultsService(), recallContest, "NOT_RECALLED").statusCode(409);
        given().when().get("/api/v1/contests/{code}/mandates", district).then().statusCode(200)
                .body("mandates[0].status", equalTo("ENDED"))
                .body("mandates[0].endGround", equalTo("RECALL"))
                .body("vacancies", hasSize(1))
                .body("vacancies[0].kind", equalTo("SINGLE_SEAT"));
        apply(citizen(applicant), district).statusCode(409).body("type", containsString("no-current-deputy"));
    }

    private static ValidatableResponse outcome(String token, String contest, String outcome) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("contest", contest, "outcome", outcome, "resultVersion", 2, "rule", "Art. 113-16"))
                .when().post("/api/v1/recalls/outcomes").then();
    }

    /** A district whose deputy holds the mandate since 2023, and a petition there whose collection of {@code count} is over. */
    private record Collected(String district, String petition) {
    }

    private Collected collectedAndClosed(int count) {
        String district = district();
        deputyOf(district, MandateFixtures.ELECTED_ON);
        String petition = collecting("citizen-" + UUID.randomUUID(), district, count);
        clock.advance(Duration.ofDays(31));
        return new Collected(district, petition);
    }

    @Test
    void exactlyTenPercentIsNotEnoughAndEndsThePetitionWithoutBlockingANewOne() {
        Collected collected = collectedAndClosed(4);
        String district = collected.district();
        String petition = collected.petition();

        check(TestTokens.regionalCommission("KZ-75"), petition, 40, today().plusDays(60)).statusCode(200)
                .body("status", equalTo("INSUFFICIENT"))
                .body("requiredSignatures", equalTo(5))
                .body("recallContest", equalTo(null));
        given().auth().oauth2(TestTokens.regionalCommission("KZ-75")).queryParam("status", "COLLECTING")
                .when().get("/api/v1/recalls/queue").then().statusCode(200).body("id", not(hasItem(petition)));

        String again = apply(citizen("citizen-" + UUID.randomUUID()), district).statusCode(201).extract().path("id");
        decide(TestTokens.regionalCommission("KZ-75"), again, "ADMIT", null).statusCode(200).body("status", equalTo("COLLECTING"));
    }

    @Test
    void noRecallInTheMandatesFirstYearTheCommissionRefusesWithGrounds() {
        String district = district();
        deputyOf(district, today().minusDays(100));
        String petition = apply(citizen("citizen-" + UUID.randomUUID()), district).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.regionalCommission("KZ-75")).when().get("/api/v1/recalls/queue")
                .then().statusCode(200).body("id", hasItem(petition));
        given().auth().oauth2(TestTokens.regionalCommission("KZ-71")).when().get("/api/v1/recalls/queue")
                .then().statusCode(200).body("id", not(hasItem(petition)));

        decide(TestTokens.regionalCommission("KZ-75"), petition, "ADMIT", null).statusCode(422)
                .body("type", containsString("recall-not-admissible"))
                .body("ground", equalTo("FIRST_YEAR_OF_MANDATE"))
                .body("admissibleFrom", equalTo(today().minusDays(100).plusYears(1).toString()));
        decide(TestTokens.regionalCommission("KZ-75"), petition, "REFUSE", null).statusCode(400)
                .body("violations.field", hasItem("grounds"));
        given().when().get("/api/v1/recalls/{id}", petition).then().statusCode(200).body("status", equalTo("APPLIED"));
        decide(TestTokens.regionalCommission("KZ-75"), petition, "REFUSE", "First year of the mandate (Art. 113-12 p.2)")
                .statusCode(200).body("status", equalTo("REFUSED"));
    }

    @Test
    void aDecisionAfterThreeDaysIsRecordedAsLate() {
        String district = district();
        deputyOf(district, MandateFixtures.ELECTED_ON);
        String petition = apply(citizen("citizen-" + UUID.randomUUID()), district).statusCode(201).extract().path("id");
        clock.advance(Duration.ofDays(4));
        decide(TestTokens.regionalCommission("KZ-75"), petition, "ADMIT", null).statusCode(200).body("decidedLate", equalTo(true));
    }

    @Test
    void aFailedVoteBlocksANewApplicationForAYear() {
        Collected collected = collectedAndClosed(2);
        String district = collected.district();
        String recallContest = check(TestTokens.regionalCommission("KZ-75"), collected.petition(), 10, today().plusDays(60))
                .statusCode(200).extract().path("recallContest");
        outcome(MandateFixtures.resultsService(), recallContest, "INVALID").statusCode(200).body("status", equalTo("INVALID"));

        String next = apply(citizen("citizen-" + UUID.randomUUID()), district).statusCode(201).extract().path("id");
        decide(TestTokens.regionalCommission("KZ-75"), next, "ADMIT", null).statusCode(422)
                .body("ground", equalTo("WITHIN_A_YEAR_OF_A_FAILED_VOTE"));
    }

    @Test
    void signersAndTheApplicantAreNeverPublicNorShownToObserversInTheAuditTrail() {
        String district = district();
        deputyOf(district, MandateFixtures.ELECTED_ON);
        String applicant = "citizen-" + UUID.randomUUID();
        String petition = collecting(applicant, district, 0);
        String iin = PartyFixtures.iin();
        sign(citizen(applicant), petition, List.of(signature("Құпиясов Жасырын Белгісізұлы", iin, today()))).statusCode(200);

        for (String body : List.of(
                given().when().get("/api/v1/recalls/{id}", petition).then().statusCode(200).extract().asString(),
                given().queryParam("district", district).when().get("/api/v1/recalls").then().statusCode(200)
                        .body("id", hasItem(petition)).extract().asString(),
                given().auth().oauth2(TestTokens.observer()).queryParam("entityId", petition).when().get("/api/v1/audit")
                        .then().statusCode(200).body("action", hasItem("recall.signatures-entered")).extract().asString(),
                given().when().get("/ui/recalls/{id}", petition).then().statusCode(200).extract().asString())) {
            assertFalse(body.contains("Құпиясов"), body);
            assertFalse(body.contains(iin), body);
            assertFalse(body.contains("Сәрсенбаев"), body);
            assertFalse(body.contains("Абай даңғылы"), body);
        }
        // the commission checks the sheets: it sees who signed and who applied
        given().auth().oauth2(TestTokens.regionalCommission("KZ-75")).queryParam("entityId", petition).when().get("/api/v1/audit")
                .then().statusCode(200).body(containsString("Құпиясов")).body(containsString("Сәрсенбаев"));
        given().auth().oauth2(citizen(applicant)).when().get("/api/v1/recalls/{id}/applicant", petition)
                .then().statusCode(200).body("applicantName", equalTo("Сәрсенбаев Нұрлан Ержанұлы"));
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/v1/recalls/{id}/applicant", petition)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.regionalCommission("KZ-71")).when().get("/api/v1/recalls/{id}/applicant", petition)
                .then().statusCode(403);
        given().auth().oauth2(citizen(applicant)).when().get("/api/v1/recalls/mine")
                .then().statusCode(200).body("id", equalTo(List.of(petition)));
        given().when().get("/api/v1/recalls/mine").then().statusCode(401);
    }

    @Test
    void onlyASingleMandateDistrictWithACurrentDeputyTakesAnApplication() {
        String election = MandateFixtures.pastMazhilis();
        apply(citizen("citizen-" + UUID.randomUUID()), election + ".list").statusCode(400)
                .body("violations.field", hasItem("district"));
        apply(citizen("citizen-" + UUID.randomUUID()), election + ".smd-75-02").statusCode(409)
                .body("type", containsString("no-current-deputy"));
        apply(citizen("citizen-" + UUID.randomUUID()), "no-such-election.smd-75-01").statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/recalls").then().statusCode(401);
    }
}
