package kz.elections.registry.mandate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.elections.law.election.Body;
import kz.elections.law.election.ContestKind;
import kz.elections.law.mandate.MandateTerm;
import kz.elections.law.nomination.Route;
import kz.elections.registry.election.ElectionApi;
import kz.elections.registry.nomination.Nomination;
import kz.elections.registry.party.Party;

/** Request and response bodies of mandates and vacancies. */
public final class MandateApi {

    private MandateApi() {
    }

    @Schema(description = "The elected of a contest as results-service names them once the results are certified: "
            + "registration ids, never names. electedOn: the day they are registered as elected (the term starts).")
    public record ElectedRequest(@NotNull LocalDate electedOn, @NotNull @Size(max = 500) List<@NotNull UUID> elected,
            @Schema(description = "The certified result version that named them, for the audit trail") Integer resultVersion) {
    }

    @Schema(description = "The commission's decision ending a mandate early: ground, the day it ends, and the decision "
            + "(number, date, reasons) as recorded.")
    public record EndRequest(@NotNull MandateTerm.EndGround ground, @NotNull LocalDate endedOn,
            @NotBlank @Size(max = 2000) String decision) {
    }

    @Schema(description = "A mandate: the person (registration id and the names as registered), the seat (body, contest, "
            + "list or district), the party (null: self-nominated or a public association's candidate), the term.")
    public record MandateView(UUID id, Body body, String electionCode, String contestCode, ContestKind contestKind,
            String unitCode, Integer districtNumber, String contestName, UUID nominationId, String surnameKk, String nameKk,
            String patronymicKk, String surnameRu, String nameRu, String patronymicRu, Route route, UUID partyId,
            String party, Mandate.Origin origin, UUID fillsVacancy, LocalDate termStart, LocalDate plannedEnd,
            Mandate.Status status, LocalDate endedOn, MandateTerm.EndGround endGround, String endDecision) {
    }

    public record VacancyView(UUID id, UUID mandateId, String contestCode, Vacancy.Kind kind, UUID partyId,
            LocalDate openedOn,
            @Schema(description = "A list seat: the party's last day to name a successor") LocalDate namingLastDay,
            Vacancy.Status status, UUID filledBy, UUID byElectionId,
            @Schema(description = "The term of the body ends: no by-election from a year before") LocalDate termEnds,
            LocalDate consentDay, String consentReference) {
    }

    @Schema(description = "A seat's history: every mandate of the contest, oldest first, and the vacancies they left.")
    public record ContestMandates(String contestCode, List<MandateView> mandates, List<VacancyView> vacancies) {
    }

    @Schema(description = "A mandate ended early and the vacancy its end made.")
    public record Ended(MandateView mandate, VacancyView vacancy) {
    }

    @Schema(description = "The party's successor for its list seat: a registered candidate of its list, by registration id.")
    public record SuccessorRequest(@NotNull UUID nominationId) {
    }

    @Schema(description = "The Central Election Commission's consent to a by-election on a day other than the last "
            + "Sunday of March or October: the day and its decision (number and date).")
    public record ConsentRequest(@NotNull LocalDate electionDay, @NotBlank @Size(max = 500) String reference) {
    }

    @Schema(description = "A by-election for a district or akim seat: its day (the last Sunday of March or October, or "
            + "the day the central commission consented to), the calling decision's date, and optionally the calendar's "
            + "dates (else the law's windows), a code and a name.")
    public record ByElectionRequest(@NotNull LocalDate electionDay, @NotNull LocalDate calledOn,
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,59}", message = "must be 3-60 lower-case letters, digits and dashes") String code,
            @Size(max = 300) String name, @Valid ElectionApi.CalendarOverride calendar) {
    }

    public static MandateView view(Mandate m) {
        Nomination n = m.nomination;
        Party party = m.partyId == null ? null : Party.findById(m.partyId);
        return new MandateView(m.id, m.body, m.election.code, m.contest.code, m.contest.kind, m.contest.unitCode,
                m.contest.districtNumber, m.contest.name, n.id, n.surnameKk, n.nameKk, n.patronymicKk, n.surnameRu,
                n.nameRu, n.patronymicRu, m.route, m.partyId, party == null ? null : party.shortName, m.origin,
                m.fillsVacancy, m.termStart, m.plannedEnd, m.status, m.endedOn, m.endGround, m.endDecision);
    }

    public static VacancyView view(Vacancy v) {
        return new VacancyView(v.id, v.mandate.id, v.contest.code, v.kind, v.partyId, v.openedOn, v.namingLastDay,
                v.status, v.filledBy, v.byElectionId, v.mandate.plannedEnd, v.consentDay, v.consentReference);
    }
}
