package kz.elections.results.publication;

import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.elections.law.allocation.SeatAllocation;
import kz.elections.results.elected.ElectedService;
import kz.elections.law.recall.RecallRules;
import kz.elections.results.tabulation.TabulationService;

/**
 * What a published result version vouches for, as typed records (contracts/results/result-document.json): per contest
 * its totals for the nation and per unit (with the votes of every option), the outcome (the seat allocation of a list
 * with its trace, or the plurality winner), the elected, and the commission's declaration if it was not held; and every
 * declaration of the election, also of contests no protocol reached. Options, lists and people are keyed by their
 * registration ids ({@code ref}, {@code partyId}, {@code nominationId}); labels are for people. Completeness is
 * {@code precinctsReported == precincts}, in integers; {@code reportingPercent} is for display only.
 * <p>
 * Stored as JSON ({@code result_version.document}) in exactly this shape; documents stored before a field existed read
 * back with it null (or 0, false). Reading never fails on a field this version does not know.
 *
 * @param asOf when the version was published (ISO-8601 with offset)
 * @param notHeld every contest of the election declared not held; null in versions published before it was listed
 */
public record ResultDocument(String electionCode, String asOf, List<ContestResult> contests,
        List<PublicationService.NotHeldView> notHeld) {

    /**
     * One contest as published: the tabulation's figures and outcome ({@link TabulationService.Tabulation}, field for
     * field), then the elected and, if the commission declared it not held, the declaration.
     */
    public record ContestResult(String contestCode, String electionCode, String kind, int ballotVersion, String ballotHash,
            int precincts, int precinctsReported, boolean reportingComplete, String reportingPercent,
            TabulationService.Totals nation, List<TabulationService.UnitTotals> units,
            List<TabulationService.OptionTotal> options, SeatAllocation.Result allocation, TabulationService.Winner winner,
            RecallRules.Result recall, ElectedService.Elected elected, PublicationService.NotHeldView notHeld) {

        public static ContestResult of(TabulationService.Tabulation t, ElectedService.Elected elected,
                PublicationService.NotHeldView notHeld) {
            return new ContestResult(t.contestCode(), t.electionCode(), t.kind(), t.ballotVersion(), t.ballotHash(),
                    t.precincts(), t.precinctsReported(), t.reportingComplete(), t.reportingPercent(), t.nation(), t.units(),
                    t.options(), t.allocation(), t.winner(), t.recall(), elected, notHeld);
        }

        public boolean partyList() {
            return "PARTY_LIST".equals(kind);
        }

        /** The same contest with the elected as given. */
        public ContestResult withElected(ElectedService.Elected current) {
            return new ContestResult(contestCode, electionCode, kind, ballotVersion, ballotHash, precincts, precinctsReported,
                    reportingComplete, reportingPercent, nation, units, options, allocation, winner, recall, current, notHeld);
        }

        /**
         * What a new version compares to tell whether the contest changed: everything but the outcome, which follows from
         * the figures (and whose trace is long).
         */
        ContestResult figures() {
            return new ContestResult(contestCode, electionCode, kind, ballotVersion, ballotHash, precincts, precinctsReported,
                    reportingComplete, reportingPercent, nation, units, options, null, null, null, elected, notHeld);
        }
    }

    /** The contests declared not held; none for a version published before they were listed. */
    public List<PublicationService.NotHeldView> declaredNotHeld() {
        return notHeld == null ? List.of() : notHeld;
    }

    /** A stored document read back. */
    public static ResultDocument read(JsonNode stored, ObjectMapper json) {
        try {
            // Instants keep the offset they were published with, so that a document read back equals the one written.
            return json.readerFor(ResultDocument.class).without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .readValue(stored);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored result document does not read back: " + e.getMessage(), e);
        }
    }

    /** The document as stored and published. */
    public JsonNode toJson(ObjectMapper json) {
        return json.valueToTree(this);
    }
}
