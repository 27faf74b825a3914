package kz.elections.registry.nomination;

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
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import kz.elections.law.list.QuotaCategory;
import kz.elections.law.nomination.NominationRules;
import kz.elections.law.nomination.Route;

/** Request and response bodies of nominations, party lists and the public candidate lists. */
public final class NominationApi {

    private NominationApi() {
    }

    public enum Sex {
        FEMALE, MALE
    }

    @Schema(description = "The candidate as nominated. The IIN is checked and then kept only as a keyed hash and a mask.")
    public record Person(
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String iin,
            @NotBlank @Size(max = 100) String surnameKk,
            @NotBlank @Size(max = 100) String nameKk,
            @Size(max = 100) String patronymicKk,
            @NotBlank @Size(max = 100) String surnameRu,
            @NotBlank @Size(max = 100) String nameRu,
            @Size(max = 100) String patronymicRu,
            @NotNull LocalDate birthDate,
            @NotNull Sex sex,
            @NotNull @Min(0) @Max(150) Integer residenceYears,
            @Schema(description = "The one quota category the person is counted in on a party list, if any; checked, not "
                    + "taken on trust: WOMAN needs sex FEMALE, YOUTH an age under the youth age (35) on election day, "
                    + "DISABILITY a disabilityCertificate") QuotaCategory quotaCategory,
            @NotBlank @Size(max = 300) String occupation,
            @NotBlank @Size(max = 300) String residence,
            @NotBlank @Size(max = 300) String education,
            @NotNull @Schema(description = "Declares no unexpunged criminal record and no corruption offence") Boolean noCriminalRecord,
            @NotNull @Schema(description = "Declares not having been found legally incapable") Boolean legallyCapable,
            @Valid @Schema(description = "The disability certificate, required for the quota category DISABILITY on a party "
                    + "list: the category is checked against it, as WOMAN against sex and YOUTH against the age on "
                    + "election day") DisabilityCertificate disabilityCertificate,
            @Size(max = 300) @Schema(description = "Place of work (organisation), part of the candidate's public record "
                    + "(CL Art. 37, 44); optional, as the person has none when not employed") String placeOfWork) {
    }

    @Schema(description = "A disability certificate as recorded with the nomination: its number and date of issue.")
    public record DisabilityCertificate(
            @NotBlank @Size(max = 60) String number,
            @NotNull @PastOrPresent LocalDate issuedOn) {
    }

    @Schema(description = "A nomination for a single-mandate district or an akim post. SELF: a signed-in citizen for themself; "
            + "PARTY: the party's agent (or commission staff); PUBLIC_ASSOCIATION: commission staff, from the association's "
            + "papers. Party lists go to /api/v1/party-lists. Self-nominated akim candidates state their signatures.")
    public record NominationRequest(
            @NotBlank @Size(max = 80) @Schema(description = "Contest id or code") String contest,
            @NotNull Route route,
            UUID partyId,
            @Size(max = 300) String associationName,
            @NotNull @Valid Person person,
            @Min(0) @Max(10_000_000) Integer signatures,
            @Min(0) @Max(10_000) Integer signatureSettlements) {
    }

    public record PersonView(String iinMasked, String surnameKk, String nameKk, String patronymicKk, String surnameRu,
            String nameRu, String patronymicRu, LocalDate birthDate, String sex, int residenceYears,
            QuotaCategory quotaCategory, String occupation, String residence, String education,
            DisabilityCertificate disabilityCertificate, String placeOfWork) {
    }

    public record NominationView(UUID id, String electionCode, String contestCode, Route route, UUID partyId,
            String associationName, UUID partyListId, Integer listPosition, NominationStatus status, PersonView person,
            Integer signatures, long depositDue, Long depositPaid, OffsetDateTime submittedAt, OffsetDateTime decidedAt,
            String grounds, int version, List<NominationRules.Check> report,
            @Schema(description = "The appeal whose decision registered this candidate after a refusal; null otherwise")
            UUID registeredOnAppeal) {
    }

    @Schema(description = "REGISTER (every rule passes, deposit paid), REFUSE (grounds), CANCEL a registered one (grounds).")
    public record DecisionRequest(@NotNull NominationStatus.Action action, @Size(max = 4000) String grounds) {
    }

    @Schema(description = "Extend nomination of a contest that closed with fewer than two nominees (or lists).")
    public record ExtensionRequest(
            @NotNull @Min(1) @Max(60) @Schema(description = "Days to add to the close of nomination; all extensions "
                    + "together at most the law's maximum (akim: 3)") Integer days,
            @Size(max = 4000) @Schema(description = "The commission's decision, for the record") String grounds) {
    }

    @Schema(description = "An election programme: plain text in Kazakh and in Russian, each at most 20,000 characters "
            + "(`tizim.nomination.programme-max-chars`); longer is a 422 naming the field.")
    public record ProgrammeRequest(@NotBlank String textKk, @NotBlank String textRu) {
    }

    @Schema(description = "A published election programme: the candidate's own, or (source LIST) its party's for the list.")
    public record ProgrammeView(String textKk, String textRu, OffsetDateTime publishedAt,
            @Schema(description = "CANDIDATE or LIST") String source) {
    }

    @Schema(description = "A registered candidate's public page: the public record and the election programme, if any.")
    public record CandidatePage(String contest, CandidateView candidate, ProgrammeView programme) {
    }

    @Schema(description = "The party removes a candidate from its registered list (the candidate's nomination becomes "
            + "WITHDRAWN and the names after it move up).")
    public record ListRemovalRequest(@NotNull UUID nominationId, @Size(max = 4000) String reason) {
    }

    @Schema(description = "The new order of a registered list: every candidate on it, by nomination id, first name first.")
    public record ListOrderRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull UUID> order) {
    }

    public record DepositRequest(@NotNull @Min(1) @Max(10_000_000_000L) Long amount) {
    }

    @Schema(description = "A party's ordered list for a party-list contest, first name first.")
    public record PartyListRequest(
            @NotBlank @Size(max = 80) String contest,
            @NotNull UUID partyId,
            @NotEmpty @Size(max = 1000) List<@NotNull @Valid Person> candidates) {
    }

    public record PartyListView(UUID id, String contestCode, UUID partyId, NominationStatus status, long depositDue,
            Long depositPaid, OffsetDateTime submittedAt,
            @Schema(description = "When the commission registered or refused the list; null while it is pending")
            OffsetDateTime decidedAt, String grounds, int version, List<NominationRules.Check> rules,
            List<NominationView> candidates) {
    }

    @Schema(description = "A registered candidate as the law makes public: names, year of birth, occupation as "
            + "stated (the registry keeps no separate place of work), residence and who nominated them; never the IIN or "
            + "the date of birth.")
    public record CandidateView(UUID nominationId, String surnameKk, String nameKk, String patronymicKk, String surnameRu,
            String nameRu, String patronymicRu, int yearOfBirth, String occupation,
            @Schema(description = "Place of work as filed with the nomination; null if none was given") String placeOfWork,
            String residence,
            @Schema(description = "The nominating party's short name, the public association's name, or self-nominated")
            String nominatedBy,
            @Schema(description = "PARTY, PUBLIC_ASSOCIATION or SELF (self-nominated)") Route route,
            @Schema(description = "The nominating party; null when self-nominated or nominated by an association")
            UUID partyId, Integer listPosition,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            @Schema(description = "Only for service accounts (the seat quota); never public")
            QuotaCategory quotaCategory) {
    }

    public record RegisteredList(UUID listId, UUID partyId, String partyNameKk, String partyNameRu,
            @Schema(description = "The party's registered name in English, for English pages (results-service)")
            String partyNameEn, String partyShortName,
            @Schema(description = "The party's state registration number: not the list's registration order")
            Long partyRegistrationNumber,
            @Schema(description = "When the commission registered this list for this election; on equal remainders the "
                    + "list registered earlier wins (CL \"On Elections\", Art. 97-1 p.4)")
            OffsetDateTime registeredAt,
            List<CandidateView> candidates) {
    }

    @Schema(description = "What a ballot is composed from: the contest (with its body), and its registered candidates or "
            + "lists as of now.")
    public record ContestRegistrations(kz.elections.registry.election.ElectionApi.ContestView contest, LocalDate electionDay,
            OffsetDateTime asOf, List<CandidateView> candidates, List<RegisteredList> lists) {
    }

    @Schema(description = "Registered candidates of a contest (single-seat contests) or registered lists (party-list contests).")
    public record ContestCandidates(String contestCode, String kind, List<CandidateView> candidates,
            List<RegisteredList> lists) {
    }
}
