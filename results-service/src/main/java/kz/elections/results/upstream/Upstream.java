package kz.elections.results.upstream;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * This service's reading of what ballot-service and registry-service give it (contracts/ballot/*.json,
 * contracts/registry/contest-registrations.json, contracts/registry/election-contests.json): not classes shared with them.
 */
public final class Upstream {

    private Upstream() {
    }

    public record ApprovedBallot(UUID id, String contestCode, String status, int version, String contentHash,
            Document document) {
    }

    public record Document(String contestCode, String electionCode, String contestKind, LocalDate electionDay,
            List<Option> options) {
    }

    public record Option(int position, String kind, UUID ref, String labelKk, String labelRu, String detailKk,
            String detailRu) {
    }

    public record ContestPrecincts(String contestCode, int precincts, long voters, List<Precinct> items) {
    }

    public record Precinct(UUID id, String unitCode, int number, String address, int voters, List<String> contests) {
    }

    /** {@code candidates}: a single-seat contest's registered candidates; {@code lists}: a list contest's lists. */
    public record Registrations(Contest contest, List<Candidate> candidates, List<RegisteredList> lists) {
    }

    /**
     * A contest as the registry gives it, in a contest's registrations and in the list of an election's contests;
     * {@code body}: the body the contest fills (MAZHILIS, REGIONAL_MASLIKHAT, …); null from a registry that does not say.
     * {@code ocdId}: the Open Civic Data id of the division it is held in; null from a registry that does not say. */
    public record Contest(UUID id, String code, UUID electionId, String electionCode, String kind, String body,
            String unitCode, int seats, BigDecimal thresholdPercent, String ocdId) {
    }

    /**
     * {@code registeredAt}: when the commission registered this party's list for this election (CL Art. 97-1 p.4);
     * {@code partyNameEn}: the party's registered English name (the ballot has only the Kazakh and Russian); null from a
     * registry that does not say.
     */
    public record RegisteredList(UUID partyId, String partyNameEn, String partyShortName, Long partyRegistrationNumber,
            Instant registeredAt, List<Candidate> candidates) {
    }

    /**
     * A registered candidate with the public record the results show (CL Art. 44): never an IIN or a date of birth.
     * {@code nominatedBy}: the nominating party's or association's name, or "self-nominated"; {@code route}: PARTY,
     * PUBLIC_ASSOCIATION or SELF.
     */
    public record Candidate(UUID nominationId, String surnameKk, String nameKk, String patronymicKk, String surnameRu,
            String nameRu, String patronymicRu, Integer yearOfBirth, String occupation, String residence, String nominatedBy,
            String route, UUID partyId, Integer listPosition, String quotaCategory) {
    }

    /**
     * What this service tells registry-service about a contest's elected (contracts/registry/elected-report.json):
     * registration ids, the day they are registered as elected, the certified version that named them.
     */
    public record ElectedReport(LocalDate electedOn, List<UUID> elected, Integer resultVersion) {
    }
}
