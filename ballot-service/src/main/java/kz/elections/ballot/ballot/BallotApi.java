package kz.elections.ballot.ballot;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of ballots and lots. */
public final class BallotApi {

    private BallotApi() {
    }

    @Schema(description = "Compose a draft ballot of a contest from the registry. A reason is required once a version has "
            + "been approved (a candidate withdrew or was cancelled, …).")
    public record ComposeRequest(@NotBlank @Size(max = 80) String contest, @Size(max = 2000) String reason) {
    }

    @Schema(description = "A ballot: the draft or an approved version. contentHash is the SHA-256 (lower-case hex) of the "
            + "UTF-8 bytes of `document` in the JSON Canonicalization Scheme (RFC 8785: properties sorted by UTF-16 code "
            + "units, no white space, ECMAScript strings and numbers); dates are YYYY-MM-DD strings, ids strings, absent "
            + "details null. GET …/ballot/versions/{n}/canonical serves those bytes.")
    public record BallotView(UUID id, String contestCode, Ballot.Status status, Integer version, String contentHash,
            String reason, OffsetDateTime composedAt, OffsetDateTime approvedAt, BallotDocument document) {

        public static BallotView of(Ballot ballot) {
            return new BallotView(ballot.id, ballot.contestCode, ballot.status, ballot.version, ballot.contentHash,
                    ballot.reason, ballot.composedAt, ballot.approvedAt, ballot.content());
        }
    }

    @Schema(description = "The order of the party lists as drawn by lot: every registered list once, first drawn first.")
    public record LotRequest(@NotEmpty @Size(max = 100) List<@NotNull UUID> partyIds, @NotNull @PastOrPresent LocalDate drawnOn,
            @NotBlank @Size(max = 300) @Schema(description = "The commission member who drew the lot") String drawnBy) {
    }

    public record LotView(String contestCode, List<UUID> partyIds, LocalDate drawnOn, String drawnBy,
            OffsetDateTime recordedAt, String recordedBy) {
        public static LotView of(Lot lot) {
            return new LotView(lot.contestCode, lot.partyIds, lot.drawnOn, lot.drawnBy, lot.recordedAt, lot.recordedBy);
        }
    }
}
