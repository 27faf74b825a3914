package kz.elections.registry.repeat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.elections.law.winner.Plurality;
import kz.elections.law.winner.RepeatContest;
import kz.elections.registry.election.ElectionApi;

/** Request and response bodies of repeat votes and repeat elections. */
public final class RepeatApi {

    private RepeatApi() {
    }

    @Schema(description = "The outcome results-service published for the contest (REPEAT_VOTE_REQUIRED or "
            + "REPEAT_ELECTION_REQUIRED) and, for a repeat vote, the registration ids of the candidates tied for first "
            + "place; the repeat's day (within the month after election day), the calling decision's date, and for a "
            + "repeat election the calendar of its nomination (else the law's windows).")
    public record RepeatRequest(@NotNull Plurality.Outcome outcome, @Size(max = 50) List<@NotNull UUID> tied,
            @NotNull LocalDate electionDay, @NotNull LocalDate calledOn,
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,59}", message = "must be 3-60 lower-case letters, digits and dashes") String code,
            @Valid ElectionApi.CalendarOverride calendar) {
    }

    @Schema(description = "A repeat: the original contest, the new election and its contest, the kind (VOTE: the tied "
            + "candidates only, their registrations reused; ELECTION: nomination opens again) and its candidates.")
    public record RepeatView(String originalContest, RepeatContest.Kind kind, String electionCode, String contestCode,
            LocalDate electionDay, List<UUID> candidates) {
    }
}
