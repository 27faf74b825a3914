package kz.elections.registry.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kz.elections.common.ProblemException;
import kz.elections.registry.TestTokens;
import kz.elections.registry.election.ElectionFixtures;
import kz.elections.registry.party.PartyClient;
import kz.elections.registry.party.PartyFixtures;
import kz.elections.law.list.QuotaCategory;
import kz.elections.law.nomination.NominationRules;
import kz.elections.law.nomination.Route;

/**
 * Registrations the commission decided before this system kept the election: judged by the same pre-check
 * at their historic filing time, registered with their deposit recorded, audited.
 */
@QuarkusTest
class RecordedRegistrationTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** A past election day (2023: 70,000 ₸ minimum wage); by the law's windows nomination ran 60 to 40 days before it. */
    private static final LocalDate ELECTION_DAY = LocalDate.of(2023, 3, 19);
    private static final OffsetDateTime FILED = ELECTION_DAY.minusDays(50).atTime(11, 0).atZone(ALMATY).toOffsetDateTime();
    private static final OffsetDateTime REGISTERED = ELECTION_DAY.minusDays(35).atTime(15, 0).atZone(ALMATY).toOffsetDateTime();
    private static final NominationService.Recorded IN_TIME = new NominationService.Recorded(FILED, REGISTERED);

    @Inject
    NominationService nominations;

    @Inject
    PartyListService partyLists;

    private static String pastMazhilis() {
        return ElectionFixtures.create(ElectionFixtures.request("MAZHILIS", null, ELECTION_DAY)).getString("code");
    }

    private Nomination record(NominationApi.NominationRequest request, String filer, NominationService.Recorded when) {
        return nominations.recordRegistration(request, filer, when, "system:test-archive");
    }

    /** Born 1 January 1970: 53 on election day. */
    private static NominationApi.Person adult() {
        return person(PartyFixtures.iin(), LocalDate.of(1970, 1, 1), null);
    }

    private static NominationApi.NominationRequest self(String district, NominationApi.Person person) {
        return new NominationApi.NominationRequest(district, Route.SELF, null, null, person, null, null);
    }

    private static List<NominationApi.Person> candidates(List<String> iins, int women) {
        List<NominationApi.Person> people = new ArrayList<>();
        for (int i = 0; i < iins.size(); i++) {
            people.add(person(iins.get(i), LocalDate.of(1975, 4, 2), i < women ? QuotaCategory.WOMAN : null));
        }
        return people;
    }

    private static NominationApi.Person person(String iin, LocalDate birthDate, QuotaCategory quota) {
        return new NominationApi.Person(iin, "Әбілова", "Айгүл", "Серікқызы", "Абилова", "Айгуль", "Сериковна", birthDate,
                quota == QuotaCategory.WOMAN ? NominationApi.Sex.FEMALE : NominationApi.Sex.MALE, 40, quota, "инженер",
                "Алматы қаласы", "жоғары", true, true, null, null);
    }

    @Test
    void recordsAListAsRegisteredAtItsHistoricTimesWithTheDepositPaidAndAudited() {
        String election = pastMazhilis();
        List<String> members = PartyFixtures.members(250);
        UUID party = PartyClient.registered(members);

        PartyList list = partyLists.recordListRegistration(new NominationApi.PartyListRequest(election + ".list", party,
                candidates(members.subList(0, 10), 3)), "agent-of-" + party, IN_TIME, "system:test-archive");

        assertEquals(NominationStatus.REGISTERED, list.status);
        assertEquals(FILED.toInstant(), list.submittedAt.toInstant());
        assertEquals(REGISTERED.toInstant(), list.decidedAt.toInstant());
        assertEquals("system:test-archive", list.decidedBy);
        assertEquals(10L * 15 * 70000, list.depositDue, "15 minimum wages of the election year per name");
        assertEquals(list.depositDue, list.depositPaid);
        given().when().get("/api/v1/contests/{code}/candidates", election + ".list")
                .then().statusCode(200)
                .body("lists", hasSize(1))
                .body("lists[0].candidates", hasSize(10));
        given().auth().oauth2(TestTokens.centralCommission()).queryParam("entityId", list.id)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].actor", equalTo("system:test-archive"))
                .body("[0].action", equalTo("party-list.registration-recorded"))
                .body("[0].after.status", equalTo("REGISTERED"));
    }

    @Test
    void stillRefusesACandidateUnder25OnElectionDayAndStoresNothing() {
        String election = pastMazhilis();
        String district = election + ".smd-75-01";
        NominationApi.Person tooYoung = person(PartyFixtures.iin(), ELECTION_DAY.minusYears(25).plusDays(1), null);

        ProblemException refused = assertThrows(ProblemException.class,
                () -> record(self(district, tooYoung), "citizen-1", IN_TIME));

        assertEquals(422, refused.problem().status());
        assertEquals("Nomination does not meet the law", refused.problem().title());
        assertEquals(List.of("AGE"), failedRules(refused));
        given().when().get("/api/v1/contests/{code}/candidates", district)
                .then().statusCode(200).body("candidates", hasSize(0));
    }

    @Test
    void judgesTheNominationWindowAtTheHistoricFilingTime() {
        String election = pastMazhilis();
        String district = election + ".smd-75-02";
        OffsetDateTime afterClose = ELECTION_DAY.minusDays(40).atTime(18, 1).atZone(ALMATY).toOffsetDateTime();

        ProblemException refused = assertThrows(ProblemException.class,
                () -> record(self(district, adult()), "citizen-2",
                        new NominationService.Recorded(afterClose, afterClose.plusDays(3))));

        assertEquals(List.of("NOMINATION_WINDOW"), failedRules(refused));
    }

    @Test
    void recordsASelfNominationFiledByTheCitizen() {
        String election = pastMazhilis();
        String district = election + ".smd-71-01";

        Nomination n = nominations.recordRegistration(self(district, adult()),
                "citizen-3", IN_TIME, "system:test-archive");

        assertEquals(NominationStatus.REGISTERED, n.status);
        assertEquals("citizen-3", n.submittedBy);
        assertEquals(15L * 70000, n.depositPaid);
        given().when().get("/api/v1/contests/{code}/candidates", district)
                .then().statusCode(200)
                .body("candidates", hasSize(1))
                .body("candidates[0].nominatedBy", equalTo("self-nominated"));
    }

    @Test
    void isNotAWayAroundTheLiveCalendar() {
        String election = ElectionFixtures.openMazhilis();
        String district = election + ".smd-75-01";
        OffsetDateTime now = OffsetDateTime.now(ALMATY);

        ProblemException refused = assertThrows(ProblemException.class,
                () -> record(self(district, adult()), "citizen-4", new NominationService.Recorded(now, now)));

        assertEquals(409, refused.problem().status());
        assertEquals("Registration still open", refused.problem().title());
    }

    @Test
    void refusesARegistrationDecidedAfterRegistrationClosed() {
        String election = pastMazhilis();
        String district = election + ".smd-79-01";
        OffsetDateTime late = ELECTION_DAY.minusDays(30).atTime(18, 1).atZone(ALMATY).toOffsetDateTime();

        ProblemException refused = assertThrows(ProblemException.class,
                () -> record(self(district, adult()), "citizen-5", new NominationService.Recorded(FILED, late)));

        assertEquals(400, refused.problem().status());
    }

    @SuppressWarnings("unchecked")
    private static List<String> failedRules(ProblemException e) {
        List<NominationRules.Check> failed = (List<NominationRules.Check>) e.problem().extensions().get("failedRules");
        return failed.stream().map(NominationRules.Check::rule).toList();
    }
}
