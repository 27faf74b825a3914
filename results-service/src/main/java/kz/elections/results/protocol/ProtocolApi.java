package kz.elections.results.protocol;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of precinct protocols. */
public final class ProtocolApi {

    static final long MAX = 1_000_000L;

    private ProtocolApi() {
    }

    public record OptionVotes(@NotNull @Min(1) @Max(1000) Integer position, @NotNull @Min(0) @Max(MAX) Long votes) {
    }

    @Schema(description = "A precinct commission's protocol for one contest, counted on the approved ballot whose hash it "
            + "names. votes: one entry per ballot option (by position) other than \"against all\". A correction of an "
            + "accepted protocol states its reason.")
    public record ProtocolRequest(
            @NotBlank @Size(max = 80) String contest,
            @NotNull UUID precinct,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be the SHA-256 hex content hash of the ballot") String ballotHash,
            @NotNull @Min(0) @Max(MAX) Long votersOnList,
            @Min(0) @Max(MAX) Long votersAdded,
            @NotNull @Min(0) @Max(MAX) Long ballotsReceived,
            @NotNull @Min(0) @Max(MAX) Long ballotsIssued,
            @NotNull @Min(0) @Max(MAX) Long ballotsCancelled,
            @NotNull @Min(0) @Max(MAX) Long tookPart,
            @NotNull @Min(0) @Max(MAX) Long invalid,
            @NotNull @Min(0) @Max(MAX) Long againstAll,
            @NotNull @Size(max = 1000) List<@NotNull @Valid OptionVotes> votes,
            @Size(max = 2000) String correctionReason) {
    }

    public record ProtocolView(UUID id, String contestCode, UUID precinct, String unitCode, int version, boolean current,
            String ballotHash, long votersOnList, long votersAdded, long ballotsReceived, long ballotsIssued,
            long ballotsCancelled, long tookPart, long invalid, long againstAll, List<Long> votes, String reason,
            String submittedBy, OffsetDateTime submittedAt) {

        public static ProtocolView of(Protocol p) {
            return new ProtocolView(p.id, p.contestCode, p.precinctId, p.unitCode, p.version, p.current, p.ballotHash,
                    p.votersOnList, p.votersAdded, p.ballotsReceived, p.ballotsIssued, p.ballotsCancelled, p.tookPart,
                    p.invalid, p.againstAll, p.votes, p.reason, p.submittedBy, p.submittedAt);
        }
    }
}
