package kz.elections.results.upstream;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * This service's reading of what ballot-service and registry-service give it (contracts/ballot/*.json,
 * contracts/registry/contest-registrations.json): not classes shared with them.
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

    public record Registrations(Contest contest, List<RegisteredList> lists) {
    }

    public record Contest(UUID id, String code, UUID electionId, String electionCode, String kind, String unitCode, int seats,
            BigDecimal thresholdPercent) {
    }

    public record RegisteredList(UUID partyId, String partyShortName, Long partyRegistrationNumber,
            List<ListCandidate> candidates) {
    }

    public record ListCandidate(UUID nominationId, String surnameKk, String nameKk, String patronymicKk, String surnameRu,
            String nameRu, String patronymicRu, Integer listPosition, String quotaCategory) {
    }
}
