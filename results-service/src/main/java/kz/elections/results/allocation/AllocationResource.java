package kz.elections.results.allocation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.ratelimit.RateLimited;
import kz.elections.common.ProblemException;
import kz.elections.law.allocation.SeatAllocation;

@Path("/api/v1/allocations")
@Tag(name = "Seat allocation")
@PermitAll
public class AllocationResource {

    static final long MAX_VOTES = 1_000_000_000_000L;

    public record ListRequest(@NotBlank @Size(max = 60) String id, @NotNull @Min(0) @Max(MAX_VOTES) Long votes) {
    }

    @Schema(description = "Votes of a party-list contest. lists in registration order, earliest first: equal remainders go "
            + "to the list registered earlier. invalid is reported and excluded from the threshold base.")
    public record AllocationRequest(
            @NotNull @Min(1) @Max(1000) Integer seats,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal thresholdPercent,
            @NotNull @Min(0) @Max(MAX_VOTES) Long againstAll,
            @Min(0) @Max(MAX_VOTES) Long invalid,
            @NotNull SeatAllocation.Kind kind,
            @NotEmpty @Size(max = 200) List<@NotNull @Valid ListRequest> lists) {
    }

    /** {@code lotBetween}: with outcome LOT_REQUIRED, the lists tied for next-largest list, between which lots are drawn. */
    public record AllocationResponse(SeatAllocation.Outcome outcome, Map<String, Long> seats, List<String> lotBetween,
            SeatAllocation.Trace trace) {
    }

    @POST
    @RateLimited("allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allocate party-list seats",
            description = "Public calculator, no token. Threshold on valid ballots including against all; Hare quota over the "
                    + "admitted lists; largest remainders, equal remainders to the list registered earlier; if only one list "
                    + "passes, the next-largest is admitted with its quotient × 0.7 and at least 2 seats (MASLIKHAT: 1), but never more "
                    + "than the list that passed; a tie for next-largest list is outcome LOT_REQUIRED naming the tied lists "
                    + "(lotBetween); if none passes, outcome NO_ALLOCATION. The trace names the rule set (trace.rules). Exact "
                    + "arithmetic; the trace shows every step. At most 200 lists. 400 for malformed input, 422 no-list-votes "
                    + "when every list has 0 votes. Rate-limited per client (tizim.rate-limit.limits.allocations): beyond it, "
                    + "429 rate-limited with Retry-After.")
    public AllocationResponse allocate(@NotNull @Valid AllocationRequest request) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < request.lists().size(); i++) {
            if (!ids.add(request.lists().get(i).id())) {
                throw ProblemException.invalid("lists[" + i + "].id", "each list once: " + request.lists().get(i).id() + " repeats");
            }
        }
        if (request.lists().stream().allMatch(l -> l.votes() == 0)) {
            // Art. 97-1: the Hare quota divides the admitted lists' votes by the seats; with no votes there is nothing to divide
            throw ProblemException.unprocessable("no-list-votes", "No list has votes",
                    "Every list has 0 votes: seats are allocated in proportion to the lists' votes (Art. 97-1), so at least "
                            + "one list needs votes", Map.of("field", "lists", "rule", "at least one list has votes (Art. 97-1)"));
        }
        SeatAllocation.Result result = SeatAllocation.allocate(new SeatAllocation.Input(request.kind(), request.seats(),
                request.thresholdPercent(), request.againstAll(), request.invalid() == null ? 0 : request.invalid(),
                request.lists().stream().map(l -> new SeatAllocation.ListVotes(l.id(), l.votes())).toList()));
        return new AllocationResponse(result.outcome(), result.seats(), result.lotBetween(), result.trace());
    }
}
