package kz.elections.registry.appeal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of appeals. */
public final class AppealApi {

    private AppealApi() {
    }

    @Schema(description = "An appeal against a refusal to register: name exactly one of the refused nomination or the "
            + "refused party list.")
    public record AppealRequest(UUID nominationId, UUID partyListId,
            @NotBlank @Size(max = 4000) @Schema(description = "Why the refusal was wrong") String grounds) {
    }

    @Schema(description = "UPHOLD registers the candidate or list, the appeal recorded with it; DISMISS needs a reason.")
    public record DecisionRequest(@NotNull AppealStatus.Decision decision, @Size(max = 4000) String reason) {
    }

    public record AppealView(UUID id, String contest, UUID nominationId, UUID partyListId, UUID partyId,
            AppealStatus status, String grounds, OffsetDateTime refusedAt,
            @Schema(description = "The first instant too late to appeal: local midnight after the last day") OffsetDateTime deadline,
            OffsetDateTime filedAt, OffsetDateTime decidedAt, String reason, int version) {
    }

    public static AppealView view(Appeal appeal) {
        return new AppealView(appeal.id, appeal.contest.code, appeal.nominationId, appeal.partyListId, appeal.partyId,
                appeal.status, appeal.grounds, appeal.refusedAt, appeal.deadline, appeal.filedAt, appeal.decidedAt,
                appeal.reason, appeal.version);
    }
}
