package kz.elections.law.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import kz.elections.law.calendar.ElectionCalendar;
import kz.elections.law.election.ContestKind;
import kz.elections.law.election.ElectionKind;
import kz.elections.law.nomination.NominationRules.Check;
import kz.elections.law.nomination.NominationRules.OtherNomination;
import kz.elections.law.nomination.NominationRules.Outcome;
import kz.elections.law.nomination.NominationRules.Report;

/** The nomination pre-check of the CL "On Elections" (Art. 87–89, 104, 113-1), at its boundaries. */
class NominationRulesTest {

    private static final LocalDate MAZHILIS_2023 = LocalDate.of(2023, 3, 19);
    /** The 2023 snap calendar: nomination 20 Jan – 8 Feb, 18:00 Almaty time (+06:00 in 2023). */
    private static final OffsetDateTime OPENS = OffsetDateTime.parse("2023-01-20T00:00+06:00");
    private static final OffsetDateTime CLOSES = OffsetDateTime.parse("2023-02-08T18:00+06:00");
    private static final ElectionCalendar CALENDAR_2023 = new ElectionCalendar(LocalDate.of(2023, 1, 19), OPENS, CLOSES,
            OffsetDateTime.parse("2023-02-18T18:00+06:00"), 7);
    private static final long MINIMUM_WAGE_2023 = 70_000;
    private static final long MAZHILIS_DEPOSIT = 1_050_000;

    // ---- the whole report ----

    @Test
    void aCandidateMeetingEveryRuleIsRegistrable() {
        Report report = precheck(facts());

        assertTrue(report.failures().isEmpty(), () -> "unexpected failures: " + report.failures());
        assertTrue(report.registrable());
        assertEquals(List.of("AGE", "RESIDENCE", "NO_CRIMINAL_RECORD", "LEGALLY_CAPABLE", "NOMINATION_WINDOW",
                "ONE_CONSTITUENCY", "NOT_LIST_AND_DISTRICT", "DEPOSIT"), names(report));
        report.rules().forEach(rule -> {
            assertFalse(rule.required().isBlank(), rule.rule());
            assertFalse(rule.actual().isBlank(), rule.rule());
        });
    }

    @Test
    void reportsEveryFailingRuleNotOnlyTheFirst() {
        Report report = precheck(facts().bornOn(LocalDate.of(2000, 1, 1)).residenceYears(3).noCriminalRecord(false)
                .filedAt(CLOSES.plusDays(1)));

        assertEquals(List.of("AGE", "RESIDENCE", "NO_CRIMINAL_RECORD", "NOMINATION_WINDOW"), names(report.failures()));
        assertFalse(report.registrable());
    }

    // ---- age on election day ----

    @ParameterizedTest(name = "born {0}, Mazhilis election on 2023-03-19: age {1}, {2}")
    @CsvSource({
            "1998-03-19, 25, PASS", // turns 25 on election day
            "1998-03-20, 24, FAIL", // turns 25 the day after
            "1998-03-18, 25, PASS",
            "1980-05-17, 42, PASS"})
    void mazhilisCandidateIsAtLeast25OnElectionDay(LocalDate born, String age, Outcome outcome) {
        assertRule("AGE", outcome, "≥ 25", age, facts().bornOn(born));
    }

    @ParameterizedTest(name = "born {0}, maslikhat election on 2023-03-19: age {1}, {2}")
    @CsvSource({
            "2003-03-19, 20, PASS", // turns 20 on election day
            "2003-03-20, 19, FAIL"}) // the day after
    void maslikhatCandidateIsAtLeast20OnElectionDay(LocalDate born, String age, Outcome outcome) {
        assertRule("AGE", outcome, "≥ 20", age, facts().maslikhatDistrict().bornOn(born));
    }

    @Test
    void ageIsCountedOnElectionDayNotOnTheDayOfFiling() {
        // 24 when filing in January, 25 on 19 March: eligible.
        Check age = check("AGE", facts().bornOn(LocalDate.of(1998, 3, 1)).filedAt(OPENS.plusDays(1)));
        assertEquals(Outcome.PASS, age.outcome());
        assertEquals("Age on election day (2023-03-19)", age.description());
    }

    @ParameterizedTest(name = "akim candidate born {0}: {1}")
    @CsvSource({"1998-03-19, PASS", "1998-03-20, FAIL"})
    void akimCandidateIsAtLeast25OnElectionDay(LocalDate born, Outcome outcome) {
        assertEquals(outcome, check("AGE", facts().akim().bornOn(born)).outcome());
    }

    // ---- residence ----

    @ParameterizedTest(name = "resident {0} years: {1}")
    @CsvSource({"9, FAIL", "10, PASS", "0, FAIL", "40, PASS"})
    void mazhilisCandidateHasLivedInKazakhstanTheLast10Years(int years, Outcome outcome) {
        assertRule("RESIDENCE", outcome, "≥ 10", String.valueOf(years), facts().residenceYears(years));
    }

    @Test
    void maslikhatAndAkimCandidatesHaveNoResidenceRule() {
        assertFalse(rule(precheck(facts().maslikhatDistrict().residenceYears(0)), "RESIDENCE").isPresent());
        assertFalse(rule(precheck(facts().akim().residenceYears(0)), "RESIDENCE").isPresent());
    }

    // ---- declarations ----

    @Test
    void refusesACandidateWhoDoesNotDeclareANoCriminalRecord() {
        assertRule("NO_CRIMINAL_RECORD", Outcome.FAIL, "declared", "not declared", facts().noCriminalRecord(false));
        assertRule("NO_CRIMINAL_RECORD", Outcome.PASS, "declared", "declared", facts());
    }

    @Test
    void refusesACandidateWhoDoesNotDeclareLegalCapacity() {
        assertRule("LEGALLY_CAPABLE", Outcome.FAIL, "declared", "not declared", facts().legallyCapable(false));
        assertRule("LEGALLY_CAPABLE", Outcome.PASS, "declared", "declared", facts());
    }

    // ---- nomination window ----

    @ParameterizedTest(name = "filed at {0}: {1}")
    @CsvSource({
            "2023-02-08T18:00:00+06:00, PASS", // exactly at the closing instant
            "2023-02-08T17:59:59+06:00, PASS",
            "2023-02-08T18:00:01+06:00, FAIL",
            "2023-02-08T18:01:00+06:00, FAIL",
            "2023-02-08T12:00:00Z, PASS", // the same closing instant, written in UTC
            "2023-02-08T12:00:01Z, FAIL",
            "2023-01-20T00:00:00+06:00, PASS", // exactly at opening
            "2023-01-19T23:59:59+06:00, FAIL", // one second before opening
            "2023-01-25T10:00:00+06:00, PASS"})
    void nominationIsFiledBetweenOpeningAndTheClosingInstantInclusive(OffsetDateTime filed, Outcome outcome) {
        Check window = check("NOMINATION_WINDOW", facts().filedAt(filed));
        assertEquals(outcome, window.outcome());
        assertEquals(OPENS + " – " + CLOSES, window.required());
        assertEquals(filed.toString(), window.actual());
    }

    // ---- the party route ----

    @Test
    void refusesANominationByAPartyThatIsNotRegistered() {
        assertRule("PARTY_REGISTERED", Outcome.FAIL, "REGISTERED", "not registered", facts().byParty().partyRegistered(false));
        assertRule("PARTY_REGISTERED", Outcome.FAIL, "REGISTERED", "not registered", facts().byParty().partyRegistered(null));
        assertRule("PARTY_REGISTERED", Outcome.PASS, "REGISTERED", "REGISTERED", facts().byParty());
    }

    @Test
    void selfNominationHasNoPartyRules() {
        List<String> rules = names(precheck(facts().partyRegistered(false).partyMember(false).nomineesOfTheNominator(3)));
        assertFalse(rules.contains("PARTY_REGISTERED"));
        assertFalse(rules.contains("PARTY_MEMBERSHIP"));
        assertFalse(rules.contains("ONE_PER_PARTY"));
    }

    @Test
    void partyListCandidateMustBeAPartyMember() {
        assertRule("PARTY_MEMBERSHIP", Outcome.FAIL, "member", "not a member", facts().mazhilisList().partyMember(false));
        assertRule("PARTY_MEMBERSHIP", Outcome.PASS, "member", "member", facts().mazhilisList());
    }

    @Test
    void partyAkimCandidateMustBeAPartyMember() {
        assertRule("PARTY_MEMBERSHIP", Outcome.FAIL, "member", "not a member", facts().akim().byParty().partyMember(false));
        assertRule("PARTY_MEMBERSHIP", Outcome.PASS, "member", "member", facts().akim().byParty());
    }

    @Test
    void partyMayNominateANonMemberInASingleMandateDistrict() {
        Report report = precheck(facts().byParty().partyMember(false));
        assertFalse(rule(report, "PARTY_MEMBERSHIP").isPresent());
        assertTrue(report.failures().isEmpty());
    }

    @ParameterizedTest(name = "{0} with {1} other nominee(s) of the party: {2}")
    @CsvSource({
            "SINGLE_MANDATE, 0, PASS",
            "SINGLE_MANDATE, 1, FAIL",
            "AKIM, 0, PASS",
            "AKIM, 1, FAIL"})
    void partyNominatesOneCandidatePerSingleSeatContest(ContestKind contest, int others, Outcome outcome) {
        FactsBuilder facts = contest == ContestKind.AKIM ? facts().akim() : facts();
        assertRule("ONE_PER_PARTY", outcome, "≤ 1", String.valueOf(others + 1),
                facts.byParty().nomineesOfTheNominator(others));
    }

    @ParameterizedTest(name = "public association with {0} other nominee(s) in the district: {1}")
    @CsvSource({"0, PASS", "1, FAIL", "2, FAIL"})
    void aPublicAssociationNominatesOneCandidatePerDistrict(int others, Outcome outcome) {
        assertRule("ONE_PER_ASSOCIATION", outcome, "≤ 1", String.valueOf(others + 1),
                facts().byAssociation().nomineesOfTheNominator(others));
    }

    @Test
    void onlyANominatingPartyOrAssociationIsLimitedToOneCandidatePerDistrict() {
        List<String> self = names(precheck(facts().nomineesOfTheNominator(3)));
        assertFalse(self.contains("ONE_PER_ASSOCIATION"));
        assertFalse(names(precheck(facts().byParty())).contains("ONE_PER_ASSOCIATION"));
        assertFalse(names(precheck(facts().byAssociation())).contains("ONE_PER_PARTY"));
    }

    @Test
    void aPartyListHasNoOnePerPartyRule() {
        assertFalse(rule(precheck(facts().mazhilisList().nomineesOfTheNominator(89)), "ONE_PER_PARTY").isPresent());
    }

    @ParameterizedTest(name = "{0} nominating for {1}: {2}")
    @CsvSource({
            "PARTY,              SINGLE_MANDATE, true",
            "PARTY,              AKIM,           true",
            "SELF,               SINGLE_MANDATE, true",
            "SELF,               AKIM,           true",
            "PUBLIC_ASSOCIATION, SINGLE_MANDATE, true",
            "PUBLIC_ASSOCIATION, AKIM,           false",
            "PUBLIC_ASSOCIATION, PARTY_LIST,     false"})
    void aPublicAssociationNominatesOnlyInSingleMandateDistricts(Route route, ContestKind contest, boolean may) {
        assertEquals(may, NominationRules.mayNominate(route, contest));
    }

    // ---- other nominations of the same person ----

    @Test
    void refusesADistrictCandidateAlreadyOnTheListOfTheSameElection() {
        Report report = precheck(facts().others(sameElection("mazhilis-2023.list", ContestKind.PARTY_LIST)));

        assertEquals(List.of("NOT_LIST_AND_DISTRICT"), names(report.failures()));
        assertEquals("mazhilis-2023.list", check(report, "NOT_LIST_AND_DISTRICT").actual());
    }

    @Test
    void refusesAListCandidateAlreadyInADistrictOfTheSameElection() {
        Report report = precheck(facts().mazhilisList()
                .others(sameElection("mazhilis-2023.smd-75-03", ContestKind.SINGLE_MANDATE)));

        assertEquals(List.of("NOT_LIST_AND_DISTRICT"), names(report.failures()));
        assertEquals("mazhilis-2023.smd-75-03", check(report, "NOT_LIST_AND_DISTRICT").actual());
    }

    @Test
    void refusesACandidateInTwoDistrictsOfTheSameElection() {
        Report report = precheck(facts().others(sameElection("mazhilis-2023.smd-75-01", ContestKind.SINGLE_MANDATE),
                sameElection("mazhilis-2023.smd-75-02", ContestKind.SINGLE_MANDATE)));

        assertEquals(List.of("ONE_CONSTITUENCY"), names(report.failures()));
        Check rule = check(report, "ONE_CONSTITUENCY");
        assertEquals("no other", rule.required());
        assertEquals("mazhilis-2023.smd-75-01, mazhilis-2023.smd-75-02", rule.actual());
    }

    @Test
    void nominationsInOtherElectionsDoNotCountAsAnotherConstituency() {
        Report report = precheck(facts().others(
                new OtherNomination("mazhilis-2021.smd-75-01", ContestKind.SINGLE_MANDATE, ElectionKind.MAZHILIS,
                        LocalDate.of(2021, 1, 10), false),
                new OtherNomination("mazhilis-2021.list", ContestKind.PARTY_LIST, ElectionKind.MAZHILIS,
                        LocalDate.of(2021, 1, 10), false)));

        assertTrue(report.failures().isEmpty(), () -> "unexpected failures: " + report.failures());
        assertEquals("none", check(report, "ONE_CONSTITUENCY").actual());
        assertEquals("none", check(report, "NOT_LIST_AND_DISTRICT").actual());
    }

    @Test
    void refusesAMaslikhatCandidateWhoIsAnAkimCandidateOnTheSameElectionDay() {
        Report report = precheck(facts().maslikhatDistrict().others(akimNomination(MAZHILIS_2023)));

        assertEquals(List.of("NOT_MASLIKHAT_AND_AKIM"), names(report.failures()));
        assertEquals("akim-2023.akim-19-012", check(report, "NOT_MASLIKHAT_AND_AKIM").actual());
    }

    @Test
    void acceptsAMaslikhatCandidateWhoseAkimNominationIsOnAnotherElectionDay() {
        Report report = precheck(facts().maslikhatDistrict().others(akimNomination(MAZHILIS_2023.plusDays(7))));

        assertTrue(report.failures().isEmpty(), () -> "unexpected failures: " + report.failures());
        assertEquals(Outcome.PASS, check(report, "NOT_MASLIKHAT_AND_AKIM").outcome());
    }

    @Test
    void refusesAnAkimCandidateWhoIsAMaslikhatCandidateOnTheSameElectionDay() {
        Report report = precheck(facts().akim().others(new OtherNomination("maslikhat-2023.smd-19-04",
                ContestKind.SINGLE_MANDATE, ElectionKind.MASLIKHAT, MAZHILIS_2023, false)));

        assertEquals(List.of("NOT_MASLIKHAT_AND_AKIM"), names(report.failures()));
    }

    @Test
    void mazhilisCandidateHasNoMaslikhatAndAkimRule() {
        assertFalse(rule(precheck(facts().others(akimNomination(MAZHILIS_2023))), "NOT_MASLIKHAT_AND_AKIM").isPresent());
    }

    // ---- deposit ----

    @Test
    void noDepositDueIsExempt() {
        assertRule("DEPOSIT", Outcome.PASS, "0 ₸", "exempt", facts().deposit(0, null));
    }

    @Test
    void anUnpaidDepositIsPendingItBlocksRegistrationButNotTheNomination() {
        Report report = precheck(facts().deposit(MAZHILIS_DEPOSIT, null));

        Check deposit = check(report, "DEPOSIT");
        assertEquals(Outcome.PENDING, deposit.outcome());
        assertEquals("1050000 ₸", deposit.required());
        assertEquals("0 ₸ paid", deposit.actual());
        assertTrue(report.failures().isEmpty(), "a pending deposit is not a failure");
        assertFalse(report.registrable());
    }

    @ParameterizedTest(name = "paid {0} of 1050000: {1}")
    @CsvSource({"0, PENDING", "1049999, PENDING", "1050000, PASS", "1100000, PASS"})
    void depositIsPaidWhenThePaymentCoversTheAmountDue(long paid, Outcome outcome) {
        assertRule("DEPOSIT", outcome, "1050000 ₸", paid + " ₸ paid", facts().deposit(MAZHILIS_DEPOSIT, paid));
    }

    @ParameterizedTest(name = "{2}, previous share {1} %, × {0}: {3} ₸")
    @CsvSource({
            "15, ,     PARTY_LIST,     1050000", // 70,000 × 15; no previous result: the full deposit
            "15, 5.00, PARTY_LIST,     0", // exempt from 5 %
            "15, 7.50, PARTY_LIST,     0",
            "15, 4.99, PARTY_LIST,     525000", // half from 3 %
            "15, 3.00, PARTY_LIST,     525000",
            "15, 2.99, PARTY_LIST,     735000", // 70 % from 1 %
            "15, 1.00, PARTY_LIST,     735000",
            "15, 0.99, PARTY_LIST,     1050000",
            "15, 0,    PARTY_LIST,     1050000",
            "5,  5.00, PARTY_LIST,     0", // maslikhat list: that maslikhat's previous shares
            "5,  4.00, PARTY_LIST,     175000",
            "5,  3.00, PARTY_LIST,     175000",
            "5,  2.99, PARTY_LIST,     245000",
            "5,  1.00, PARTY_LIST,     245000",
            "5,  0.99, PARTY_LIST,     350000"})
    void aPartyListsDepositIsReducedByThePartysShareAtThePreviousElectionOfTheSameBody(int multiplier, BigDecimal share,
            ContestKind contest, long due) {
        assertEquals(due, NominationRules.depositDue(MINIMUM_WAGE_2023, multiplier, contest, share));
    }

    @ParameterizedTest(name = "{1}, × {0}, party's previous share {2} %: {3} ₸")
    @CsvSource({
            "15, SINGLE_MANDATE, ,     1050000", // Mazhilis district
            "15, SINGLE_MANDATE, 5.00, 1050000", // even a party above 5 % pays in full (Art. 88 p.5)
            "15, SINGLE_MANDATE, 3.00, 1050000",
            "15, SINGLE_MANDATE, 1.00, 1050000",
            "5,  SINGLE_MANDATE, 5.00, 350000", // maslikhat district (Art. 104 p.1-1)
            "5,  SINGLE_MANDATE, 3.00, 350000",
            "5,  SINGLE_MANDATE, 1.00, 350000",
            "1,  AKIM,           ,     70000",
            "1,  AKIM,           5.00, 70000",
            "1,  AKIM,           3.00, 70000",
            "1,  AKIM,           1.00, 70000"})
    void singleMandateAndAkimCandidatesPayTheFullDepositWhoeverNominatesThem(int multiplier, ContestKind contest,
            BigDecimal share, long due) {
        assertEquals(due, NominationRules.depositDue(MINIMUM_WAGE_2023, multiplier, contest, share));
    }

    // ---- signatures of self-nominated akim candidates ----

    @ParameterizedTest(name = "{0} voters at {1} %: {2} signatures")
    @CsvSource({"100, 1, 1", "101, 1, 2", "4321, 1, 44", "4300, 1, 43", "1, 1, 1", "0, 1, 0", "200, 2, 4", "150, 3, 5"})
    void requiredSignaturesAreThePercentOfVotersRoundedUp(long voters, int percent, long required) {
        assertEquals(required, NominationRules.requiredSignatures(voters, percent));
    }

    @ParameterizedTest(name = "{0} signatures from 4321 voters: {1}")
    @CsvSource({"43, FAIL", "44, PASS", "0, FAIL", "500, PASS"})
    void selfNominatedAkimCollectsSignaturesOf1PercentOfVoters(int signatures, Outcome outcome) {
        Check rule = check("SIGNATURES", facts().akim().signatures(4321, signatures));
        assertEquals(outcome, rule.outcome());
        assertEquals("≥ 44", rule.required());
        assertEquals(String.valueOf(signatures), rule.actual());
    }

    @ParameterizedTest(name = "signatures from {1} of {0} settlements: {2}")
    @CsvSource({"3, 1, FAIL", "3, 2, PASS", "4, 1, FAIL", "4, 2, PASS", "1, 0, FAIL", "1, 1, PASS"})
    void selfNominatedAkimCollectsSignaturesFromAtLeastHalfOfTheSettlements(int settlements, int from, Outcome outcome) {
        Check rule = check("SIGNATURE_SETTLEMENTS", facts().akim().signatures(4321, 44).settlements(settlements, from));
        assertEquals(outcome, rule.outcome());
        assertEquals("≥ " + ((settlements + 1) / 2), rule.required());
    }

    @Test
    void threeSettlementsNeedSignaturesFromAtLeastTwo() {
        assertRule("SIGNATURE_SETTLEMENTS", Outcome.FAIL, "≥ 2", "1", facts().akim().signatures(4321, 44).settlements(3, 1));
    }

    @Test
    void unknownSettlementsFailTheSettlementRuleRatherThanSkipIt() {
        Report report = precheck(facts().akim().settlementsNotRecorded());

        assertEquals(Outcome.PASS, check(report, "SIGNATURES").outcome());
        assertRule("SIGNATURE_SETTLEMENTS", Outcome.FAIL, "the district's settlements recorded", "not recorded",
                facts().akim().settlementsNotRecorded());
    }

    @Test
    void onlySelfNominatedAkimCandidatesNeedSignatures() {
        assertFalse(rule(precheck(facts().signatures(4321, 0)), "SIGNATURES").isPresent(), "Mazhilis SMD, self");
        assertFalse(rule(precheck(facts().maslikhatDistrict().signatures(4321, 0)), "SIGNATURES").isPresent(),
                "maslikhat SMD, self");
        assertFalse(rule(precheck(facts().akim().byParty().signatures(4321, 0)), "SIGNATURES").isPresent(), "akim, party");
    }

    @ParameterizedTest
    @EnumSource(ElectionKind.class)
    void limitsComeFromConfigurationNotFromTheRules(ElectionKind kind) {
        // A law raising the residence requirement to 15 years: Mazhilis only.
        Report report = NominationRules.precheck(new NominationRules.Limits(25, 15, 1),
                facts().electionOf(kind).residenceYears(12).build());
        assertEquals(kind == ElectionKind.MAZHILIS, names(report.failures()).contains("RESIDENCE"));
    }

    // ---- helpers ----

    private static Report precheck(FactsBuilder facts) {
        NominationRules.Facts built = facts.build();
        return NominationRules.precheck(limits(built.electionKind()), built);
    }

    /** The configured defaults: age 25 (maslikhat 20), 10 years' residence, 1 % signatures. */
    private static NominationRules.Limits limits(ElectionKind kind) {
        return new NominationRules.Limits(kind == ElectionKind.MASLIKHAT ? 20 : 25, 10, 1);
    }

    private static void assertRule(String name, Outcome outcome, String required, String actual, FactsBuilder facts) {
        Check rule = check(name, facts);
        assertEquals(outcome, rule.outcome(), name);
        assertEquals(required, rule.required(), name);
        assertEquals(actual, rule.actual(), name);
    }

    private static Check check(String name, FactsBuilder facts) {
        return check(precheck(facts), name);
    }

    private static Check check(Report report, String name) {
        return rule(report, name).orElseThrow(() -> new AssertionError("no rule " + name + " in " + names(report)));
    }

    private static Optional<Check> rule(Report report, String name) {
        return report.rules().stream().filter(r -> r.rule().equals(name)).findFirst();
    }

    private static List<String> names(Report report) {
        return names(report.rules());
    }

    private static List<String> names(List<Check> checks) {
        return checks.stream().map(Check::rule).toList();
    }

    private static OtherNomination sameElection(String contestCode, ContestKind kind) {
        return new OtherNomination(contestCode, kind, ElectionKind.MAZHILIS, MAZHILIS_2023, true);
    }

    private static OtherNomination akimNomination(LocalDate electionDay) {
        return new OtherNomination("akim-2023.akim-19-012", ContestKind.AKIM, ElectionKind.AKIM, electionDay, false);
    }

    private static FactsBuilder facts() {
        return new FactsBuilder();
    }

    /**
     * A self-nominated Mazhilis district candidate meeting every rule, deposit paid, filed inside the 2023
     * window; to be broken one fact at a time.
     */
    private static final class FactsBuilder {
        private ElectionKind electionKind = ElectionKind.MAZHILIS;
        private ContestKind contestKind = ContestKind.SINGLE_MANDATE;
        private Route route = Route.SELF;
        private LocalDate electionDay = MAZHILIS_2023;
        private LocalDate birthDate = LocalDate.of(1980, 5, 17);
        private int residenceYears = 40;
        private boolean noCriminalRecord = true;
        private boolean legallyCapable = true;
        private OffsetDateTime now = OffsetDateTime.parse("2023-01-25T10:00+06:00");
        private Boolean partyRegistered = true;
        private Boolean partyMember = true;
        private int nomineesOfTheNominator;
        private List<OtherNomination> others = new ArrayList<>();
        private long depositDue = MAZHILIS_DEPOSIT;
        private Long depositPaid = MAZHILIS_DEPOSIT;
        private Integer voters;
        private Integer settlements;
        private Integer signatures;
        private Integer signatureSettlements;

        FactsBuilder electionOf(ElectionKind kind) {
            return switch (kind) {
                case MAZHILIS -> this;
                case MASLIKHAT -> maslikhatDistrict();
                case AKIM -> akim();
            };
        }

        FactsBuilder mazhilisList() {
            electionKind = ElectionKind.MAZHILIS;
            contestKind = ContestKind.PARTY_LIST;
            route = Route.PARTY;
            return this;
        }

        FactsBuilder maslikhatDistrict() {
            electionKind = ElectionKind.MASLIKHAT;
            contestKind = ContestKind.SINGLE_MANDATE;
            depositDue = 350_000;
            depositPaid = 350_000L;
            return this;
        }

        FactsBuilder akim() {
            electionKind = ElectionKind.AKIM;
            contestKind = ContestKind.AKIM;
            depositDue = 70_000;
            depositPaid = 70_000L;
            voters = 4321;
            signatures = 44;
            settlements = 3;
            signatureSettlements = 2;
            return this;
        }

        FactsBuilder byParty() {
            route = Route.PARTY;
            return this;
        }

        FactsBuilder byAssociation() {
            route = Route.PUBLIC_ASSOCIATION;
            return this;
        }

        FactsBuilder bornOn(LocalDate date) {
            birthDate = date;
            return this;
        }

        FactsBuilder residenceYears(int years) {
            residenceYears = years;
            return this;
        }

        FactsBuilder noCriminalRecord(boolean declared) {
            noCriminalRecord = declared;
            return this;
        }

        FactsBuilder legallyCapable(boolean declared) {
            legallyCapable = declared;
            return this;
        }

        FactsBuilder filedAt(OffsetDateTime instant) {
            now = instant;
            return this;
        }

        FactsBuilder partyRegistered(Boolean registered) {
            partyRegistered = registered;
            return this;
        }

        FactsBuilder partyMember(Boolean member) {
            partyMember = member;
            return this;
        }

        FactsBuilder nomineesOfTheNominator(int nominees) {
            nomineesOfTheNominator = nominees;
            return this;
        }

        FactsBuilder others(OtherNomination... nominations) {
            others = List.of(nominations);
            return this;
        }

        FactsBuilder deposit(long due, Long paid) {
            depositDue = due;
            depositPaid = paid;
            return this;
        }

        FactsBuilder signatures(int districtVoters, int collected) {
            voters = districtVoters;
            signatures = collected;
            return this;
        }

        FactsBuilder settlementsNotRecorded() {
            settlements = null;
            return this;
        }

        FactsBuilder settlements(int inDistrict, int signedFrom) {
            settlements = inDistrict;
            signatureSettlements = signedFrom;
            return this;
        }

        NominationRules.Facts build() {
            return new NominationRules.Facts(electionKind, contestKind, route, electionDay, birthDate, residenceYears,
                    noCriminalRecord, legallyCapable, now, CALENDAR_2023, partyRegistered, partyMember,
                    nomineesOfTheNominator, others, depositDue, depositPaid, voters, settlements, signatures,
                    signatureSettlements);
        }
    }
}
