package kz.elections.law.recall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.law.election.Body;
import kz.elections.law.election.ContestKind;
import kz.elections.law.recall.RecallRules.Ground;
import kz.elections.law.recall.RecallRules.Mandate;
import kz.elections.law.recall.RecallRules.Outcome;
import kz.elections.law.recall.RecallRules.Refusal;
import kz.elections.law.recall.RecallRules.Terms;

class RecallRulesTest {

    private static final Terms LAW = Terms.LAW;

    /** A Mazhilis district deputy registered as elected on 29 March 2023, term ending 29 March 2028. */
    private static final Mandate DISTRICT_DEPUTY = new Mandate(Body.MAZHILIS, ContestKind.SINGLE_MANDATE,
            LocalDate.parse("2023-03-29"), LocalDate.parse("2028-03-29"));

    private static String ground(Optional<Refusal> refusal) {
        return refusal.map(r -> r.ground().name()).orElse("ADMISSIBLE");
    }

    @ParameterizedTest(name = "applied on {0}: {1}")
    @CsvSource({
            // Art. 113-12 p.2: not in the first year of the mandate
            "2023-03-29, FIRST_YEAR_OF_MANDATE",
            "2024-03-28, FIRST_YEAR_OF_MANDATE",
            "2024-03-29, ADMISSIBLE",
            // nor in its last year
            "2027-03-28, ADMISSIBLE",
            "2027-03-29, LAST_YEAR_OF_MANDATE",
            "2028-03-28, LAST_YEAR_OF_MANDATE"})
    void noApplicationInTheFirstOrLastYearOfTheMandate(LocalDate appliedOn, String expected) {
        assertEquals(expected, ground(RecallRules.applicationRefusal(DISTRICT_DEPUTY, null, appliedOn, LAW)));
    }

    @ParameterizedTest(name = "failed vote on {0}, applied on {1}: {2}")
    @CsvSource({
            // Art. 113-12 p.2: not within a year of a recall vote on the same deputy that failed or was invalid
            "2025-06-01, 2025-06-01, WITHIN_A_YEAR_OF_A_FAILED_VOTE",
            "2025-06-01, 2026-05-31, WITHIN_A_YEAR_OF_A_FAILED_VOTE",
            "2025-06-01, 2026-06-01, ADMISSIBLE",
            "2024-04-10, 2025-04-10, ADMISSIBLE"})
    void noApplicationWithinAYearOfAFailedVoteOnTheSameDeputy(LocalDate failedVote, LocalDate appliedOn, String expected) {
        assertEquals(expected, ground(RecallRules.applicationRefusal(DISTRICT_DEPUTY, failedVote, appliedOn, LAW)));
    }

    @Test
    void aRefusalSaysFromWhenAnApplicationWouldBeAdmissible() {
        Refusal firstYear = RecallRules.applicationRefusal(DISTRICT_DEPUTY, null, LocalDate.parse("2023-09-01"), LAW)
                .orElseThrow();
        assertEquals(LocalDate.parse("2024-03-29"), firstYear.admissibleFrom());
        assertTrue(firstYear.rule().contains("Art. 113-12"), firstYear.rule());

        Refusal lastYear = RecallRules.applicationRefusal(DISTRICT_DEPUTY, null, LocalDate.parse("2027-05-01"), LAW)
                .orElseThrow();
        assertEquals(null, lastYear.admissibleFrom());

        Refusal blockedIntoTheLastYear = RecallRules.applicationRefusal(DISTRICT_DEPUTY, LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-07-01"), LAW).orElseThrow();
        assertEquals(null, blockedIntoTheLastYear.admissibleFrom());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "MAZHILIS, SINGLE_MANDATE, ADMISSIBLE",
            "REGIONAL_MASLIKHAT, SINGLE_MANDATE, ADMISSIBLE",
            "DISTRICT_MASLIKHAT, SINGLE_MANDATE, ADMISSIBLE",
            "MAZHILIS, PARTY_LIST, NOT_A_DISTRICT_DEPUTY",
            "REGIONAL_MASLIKHAT, PARTY_LIST, NOT_A_DISTRICT_DEPUTY",
            "AKIM, AKIM, NOT_A_DISTRICT_DEPUTY"})
    void onlySingleMandateDeputiesOfTheMazhilisAndMaslikhatsAreRecalled(Body body, ContestKind kind, String expected) {
        Mandate mandate = new Mandate(body, kind, LocalDate.parse("2023-03-29"), LocalDate.parse("2028-03-29"));
        assertEquals(expected, ground(RecallRules.applicationRefusal(mandate, null, LocalDate.parse("2025-01-10"), LAW)));
    }

    @ParameterizedTest(name = "applied {0}, decided {1}: in time {2}")
    @CsvSource({
            // Art. 113-12 p.1: the commission decides within 3 days
            "2025-01-10, 2025-01-10, true",
            "2025-01-10, 2025-01-13, true",
            "2025-01-10, 2025-01-14, false",
            "2025-02-27, 2025-03-02, true",
            "2025-02-27, 2025-03-03, false"})
    void theCommissionDecidesWithinThreeDays(LocalDate appliedOn, LocalDate decidedOn, boolean inTime) {
        assertEquals(inTime, RecallRules.decidedInTime(appliedOn, decidedOn, LAW));
    }

    @ParameterizedTest(name = "decided {0}, signed {1}: {2}")
    @CsvSource({
            // Art. 113-13 p.1: signatures within 30 days of the decision; day 30 counts, day 31 does not
            "2025-01-10, 2025-01-09, refused",
            "2025-01-10, 2025-01-10, counted",
            "2025-01-10, 2025-01-11, counted",
            "2025-01-10, 2025-02-09, counted",
            "2025-01-10, 2025-02-10, refused",
            "2025-01-31, 2025-03-02, counted",
            "2025-01-31, 2025-03-03, refused"})
    void signaturesCountFromTheDecisionToDayThirtyAndNotOnDayThirtyOne(LocalDate decidedOn, LocalDate signedOn,
            String expected) {
        Optional<String> refusal = RecallRules.signatureDateRefusal(decidedOn, signedOn, LAW);
        assertEquals(expected, refusal.isPresent() ? "refused" : "counted");
        refusal.ifPresent(reason -> assertTrue(reason.contains("Art. 113-13"), reason));
    }

    @Test
    void dayThirtyIsTheLastDayOfTheCollection() {
        LocalDate decided = LocalDate.parse("2025-01-10");
        assertEquals(LocalDate.parse("2025-02-09"), RecallRules.collectionLastDay(decided, LAW));
        assertEquals(30, RecallRules.collectionDay(decided, LocalDate.parse("2025-02-09")));
        assertEquals(31, RecallRules.collectionDay(decided, LocalDate.parse("2025-02-10")));
    }

    @ParameterizedTest(name = "{1} of {0} voters signed: enough {2}")
    @CsvSource({
            // Art. 113-13 p.1: more than 10 % of the district's voters; exactly 10 % is not enough
            "1000, 100, false",
            "1000, 101, true",
            "1001, 100, false",
            "1001, 101, true",
            "9, 0, false",
            "9, 1, true",
            "1000000, 100000, false",
            "1000000, 100001, true",
            "0, 0, false",
            "0, 1, true"})
    void moreThanTenPercentOfTheDistrictsVotersSignExactlyTenPercentIsNotEnough(long voters, long signatures,
            boolean enough) {
        assertEquals(enough, RecallRules.enoughSignatures(signatures, voters, LAW));
    }

    @ParameterizedTest(name = "{0} voters need {1} signatures")
    @CsvSource({"1000, 101", "1001, 101", "1009, 101", "1010, 102", "9, 1", "10, 2", "1000000, 100001"})
    void theSignaturesRequiredAreTheFewestMoreThanTenPercent(long voters, long required) {
        assertEquals(required, RecallRules.requiredSignatures(voters, LAW));
        assertTrue(RecallRules.enoughSignatures(required, voters, LAW));
        assertTrue(!RecallRules.enoughSignatures(required - 1, voters, LAW));
    }

    @ParameterizedTest(name = "called {0}, vote on {1}: {2}")
    @CsvSource({
            // Art. 113-14 p.1: the vote is held within 2 months of its calling
            "2025-03-01, 2025-03-01, refused",
            "2025-03-01, 2025-03-02, held",
            "2025-03-01, 2025-05-01, held",
            "2025-03-01, 2025-05-02, refused",
            "2024-12-31, 2025-02-28, held",
            "2024-12-31, 2025-03-01, refused"})
    void theRecallVoteIsHeldWithinTwoMonthsOfItsCalling(LocalDate calledOn, LocalDate voteDay, String expected) {
        assertEquals(expected, RecallRules.voteDayRefusal(calledOn, voteDay, LAW).isPresent() ? "refused" : "held");
    }

    @ParameterizedTest(name = "{0} voters, {1} took part, {2} for, {3} against: {4}")
    @CsvSource({
            // Art. 113-16: valid with at least a third of the voters taking part; exactly a third is valid
            "3000, 999, 999, 0, INVALID",
            "3000, 1000, 1000, 0, RECALLED",
            "3001, 1000, 1000, 0, INVALID",
            "3001, 1001, 1001, 0, RECALLED",
            "3000, 0, 0, 0, INVALID",
            // recalled with more than half of those who took part; exactly half is not enough
            "3000, 1000, 500, 500, NOT_RECALLED",
            "3000, 1000, 501, 499, RECALLED",
            "3000, 1001, 500, 501, NOT_RECALLED",
            "3000, 1001, 501, 500, RECALLED",
            // invalid ballots count among those who took part: 500 of 1000 is not more than half even with 0 against
            "3000, 1000, 500, 0, NOT_RECALLED",
            "3000, 1000, 501, 0, RECALLED",
            "0, 0, 0, 0, NOT_RECALLED"})
    void aRecallVoteIsValidFromAThirdAndRecallsWithMoreThanHalf(long voters, long tookPart, long forRecall,
            long againstRecall, Outcome expected) {
        RecallRules.Result result = RecallRules.outcome(voters, tookPart, forRecall, againstRecall, LAW);
        assertEquals(expected, result.outcome());
        assertTrue(result.rule().contains("Art. 113-16"), result.rule());
    }

    @Test
    void theOutcomeStatesWhatTurnoutAndHowManyVotesForRecallWereRequired() {
        RecallRules.Result result = RecallRules.outcome(3001, 1001, 500, 501, LAW);
        assertEquals(1001, result.turnoutRequired());
        assertEquals(501, result.forRecallRequired());
    }

    @Test
    void moreVotesThanVotersTookPartIsNoOutcome() {
        assertThrows(IllegalArgumentException.class, () -> RecallRules.outcome(3000, 1000, 600, 401, LAW));
    }

    @Test
    void largeDistrictsAreCountedExactly() {
        // 12,035,578 voters: a third is 4,011,859.33…, so 4,011,860 must take part
        assertEquals(Outcome.INVALID, RecallRules.outcome(12_035_578, 4_011_859, 4_011_859, 0, LAW).outcome());
        assertEquals(Outcome.RECALLED, RecallRules.outcome(12_035_578, 4_011_860, 4_011_860, 0, LAW).outcome());
        assertEquals(4_011_860, RecallRules.outcome(12_035_578, 0, 0, 0, LAW).turnoutRequired());
    }
}
