package kz.elections.registry.party;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.elections.law.party.PartyRegistrationRules;

/** The party API's request and response bodies. */
public final class PartyApi {

    private PartyApi() {
    }

    @Schema(description = "The founding initiative group: how many citizens, and the units (ISO 3166-2:KZ codes) they come from.")
    public record InitiativeGroup(
            @NotNull @PositiveOrZero @Max(100_000_000) Integer size,
            @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = "KZ-\\d{2}", message = "must be a unit code like KZ-75") String> units) {
    }

    @Schema(description = "A registration application. Filed by the party's agent (the new party takes the id in the agent's "
            + "`party` claim) or by the central commission on the party's behalf.")
    public record ApplicationRequest(
            @NotBlank @Size(max = 300) String nameKk,
            @NotBlank @Size(max = 300) String nameRu,
            @NotBlank @Size(max = 300) String nameEn,
            @NotBlank @Size(max = 60) String shortName,
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String bin,
            @NotNull @Schema(description = "Date the organising committee notified the registering body") LocalDate notifiedOn,
            @NotNull @Schema(description = "Date of the founding congress") LocalDate congressOn,
            @NotNull @Valid InitiativeGroup initiativeGroup) {
    }

    public record ApplicationView(UUID id, PartyStatus status, String nameKk, String nameRu, String nameEn,
            String shortName, String bin, LocalDate notifiedOn, LocalDate congressOn, InitiativeGroup initiativeGroup,
            OffsetDateTime appliedAt, OffsetDateTime membersUploadedAt, Integer memberRows, OffsetDateTime decidedAt,
            String grounds, OffsetDateTime registeredAt, Long registrationNumber, LocalDate branchesDue,
            LocalDate branchesRegisteredOn, boolean branchesOverdue, int version) {
    }

    @Schema(description = "A registered party as the public sees it: no member data.")
    public record PartyView(UUID id, String nameKk, String nameRu, String nameEn, String shortName, String bin,
            PartyStatus status, OffsetDateTime registeredAt,
            @Schema(description = "Order of state registration; earlier wins equal remainders in seat allocation") Long registrationNumber,
            LocalDate branchesDue, LocalDate branchesRegisteredOn, boolean branchesOverdue) {
    }

    public record ReportView(UUID partyId, OffsetDateTime asOf, boolean passed, List<PartyRegistrationRules.RuleCheck> rules) {
    }

    public record MembersUploaded(int rows, ReportView report) {
    }

    @Schema(description = "Membership changes applied: how many joined and how many left.")
    public record MembershipChanged(int joined, int left) {
    }

    @Schema(description = "A commission decision. REGISTER needs a passing pre-check; REFUSE, SUSPEND, LIQUIDATE and CANCEL need grounds; CANCEL only for a party whose regional branches are overdue.")
    public record DecisionRequest(@NotNull PartyStatus.Action action, @Size(max = 4000) String grounds) {
    }

    @Schema(description = "The date the party's regional branches were registered.")
    public record BranchesRequest(@NotNull LocalDate registeredOn) {
    }
}
