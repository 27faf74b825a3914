package kz.elections.ballot.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the registry says about a contest (contracts/registry/contest-registrations.json): this
 * service's reading of the contract, not a class shared with the registry.
 */
public record Registrations(Contest contest, LocalDate electionDay, OffsetDateTime asOf, List<Candidate> candidates,
        List<RegisteredList> lists) {

    public record Contest(UUID id, String code, String electionCode, String kind, String unitCode, Integer districtNumber,
            String name, int seats) {
    }

    /**
     * A registered candidate with what the ballot prints under the name (CL Art. 37, 44). {@code nominatedBy}: the
     * nominating party's or association's name, or "self-nominated"; {@code route}: PARTY, PUBLIC_ASSOCIATION or SELF
     * (null from a registry that does not say).
     */
    public record Candidate(UUID nominationId, String surnameKk, String nameKk, String patronymicKk, String surnameRu,
            String nameRu, String patronymicRu, Integer yearOfBirth, String occupation, String residence, String nominatedBy,
            String route, UUID partyId) {

        public boolean selfNominated() {
            return route == null ? "self-nominated".equals(nominatedBy) : "SELF".equals(route);
        }
    }

    public record RegisteredList(UUID listId, UUID partyId, String partyNameKk, String partyNameRu, String partyShortName,
            Long partyRegistrationNumber) {
    }

    public boolean partyList() {
        return "PARTY_LIST".equals(contest.kind());
    }

    /** A recall vote on a district's deputy: its one "candidate" is the deputy's registration as elected. */
    public boolean recall() {
        return "RECALL".equals(contest.kind());
    }
}
