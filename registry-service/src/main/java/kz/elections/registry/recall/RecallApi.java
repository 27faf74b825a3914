package kz.elections.registry.recall;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of recall petitions. */
public final class RecallApi {

    /** The most signatures one request enters: a few sheets' worth or a large batch of keyed-in sheets. */
    public static final int MAX_BATCH = 5000;

    private RecallApi() {
    }

    @Schema(description = "A voter's application to recall their district's deputy (CL Art. 113-12). district: the "
            + "code or id of the single-mandate contest the deputy was elected in; the applicant's name and address "
            + "are for the commission's check that they are a voter of the district, never public.")
    public record ApplicationRequest(
            @NotBlank @Size(max = 80) String district,
            @NotBlank @Size(max = 2000) String ground,
            @NotBlank @Size(max = 300) String applicantName,
            @NotBlank @Size(max = 500) String applicantAddress) {
    }

    public enum Action {
        ADMIT, REFUSE
    }

    @Schema(description = "The territorial commission's decision on an application, within 3 days (Art. 113-12 p.1). "
            + "ADMIT is refused (422) when the law forbids the recall at this time (first or last year of the mandate, "
            + "a year after a failed vote); REFUSE needs grounds.")
    public record DecisionRequest(@NotNull Action action, @Size(max = 2000) String grounds) {
    }

    @Schema(description = "One signature from a sheet: the voter's full name, address, the IIN of their identity "
            + "document (stored only as a keyed hash) and the date they signed.")
    public record SignatureEntry(
            @NotBlank @Size(max = 300) String fullName,
            @NotBlank @Size(max = 500) String address,
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String iin,
            @NotNull LocalDate signedOn) {
    }

    @Schema(description = "Signature sheets as keyed in, at most " + MAX_BATCH + " signatures a request. A malformed "
            + "entry refuses the whole batch (422 naming each); a voter who signed already is not counted again.")
    public record SignatureBatch(@NotEmpty @Size(max = MAX_BATCH) List<@NotNull @Valid SignatureEntry> signatures) {
    }

    @Schema(description = "accepted: new signatures stored; alreadySigned: entries of voters who had signed this "
            + "petition, by their index in the batch; total: the petition's signatures now.")
    public record SignatureReceipt(int accepted, List<Integer> alreadySigned, long total) {
    }

    @Schema(description = "The commission's check of the signatures, after the collection closed. districtVoters: the "
            + "district's voters as ballot-service's precinct registers give them (GET /api/v1/precincts?contest={district} on "
            + "ballot-service), votersSource: where the figure was read. voteDay: the recall vote's day, within 2 months "
            + "of today (Art. 113-14), required; used only when the signatures suffice.")
    public record CheckRequest(
            @NotNull @Min(1) @Max(100_000_000) Long districtVoters,
            @NotBlank @Size(max = 500) String votersSource,
            @NotNull LocalDate voteDay) {
    }

    @Schema(description = "The certified outcome of a recall vote, as results-service publishes it (service accounts).")
    public record OutcomeRequest(
            @NotBlank @Size(max = 80) String contest,
            @NotNull @Pattern(regexp = "RECALLED|NOT_RECALLED|INVALID") String outcome,
            @NotNull @Min(1) Integer resultVersion,
            @Size(max = 2000) String rule) {
    }

    @Schema(description = "A recall petition as anyone may read it: the deputy, the district, the state and its dates, "
            + "the signature count and the result; never the applicant or a signer.")
    public record PetitionView(UUID id, UUID mandateId, UUID deputyNominationId, String deputyNameKk, String deputyNameRu,
            String district, String unitCode, String body, String ground, RecallPetition.Status status, LocalDate appliedOn,
            LocalDate decisionDue, LocalDate decidedOn, Boolean decidedLate, String refusal, LocalDate collectionEndsOn,
            Long signatures, Long requiredSignatures, Long districtVoters, String votersSource, LocalDate calledOn,
            LocalDate voteDay, String recallContest, String outcomeRule, Integer resultVersion, int version) {
    }

    @Schema(description = "What the commission and the applicant also see: who applied, with name and address.")
    public record ApplicantView(String applicant, String applicantName, String applicantAddress, OffsetDateTime appliedAt) {
    }
}
