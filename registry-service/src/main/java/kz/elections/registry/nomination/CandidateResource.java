package kz.elections.registry.nomination;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.registry.election.Contest;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.nomination.NominationApi.CandidateView;
import kz.elections.registry.nomination.NominationApi.ContestCandidates;
import kz.elections.registry.nomination.NominationApi.RegisteredList;
import kz.elections.registry.party.Party;
import kz.elections.law.election.ContestKind;

/** The public register of candidates: what the law makes public, never an IIN or a date of birth. */
@Path("/api/v1/contests/{idOrCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
@PermitAll
public class CandidateResource {

    @GET
    @Path("candidates")
    @Operation(summary = "Registered candidates of a contest",
            description = "Public. Single-seat contests: the registered candidates in Kazakh alphabetical order of "
                    + "surname, name and patronymic (namesakes by id). Party-list contests: the registered "
                    + "lists in party registration order (earliest first), each with its candidates in list order. "
                    + "A recall vote: the deputy whose recall it decides. "
                    + "This is the contract ballot-service composes ballots from.")
    public ContestCandidates candidates(@PathParam("idOrCode") String idOrCode) {
        return registered(idOrCode, false);
    }

    private ContestCandidates registered(String idOrCode, boolean withQuota) {
        Contest contest = ContestResource.find(idOrCode);
        if (contest.kind == ContestKind.RECALL) {
            // A recall vote's one registration is the deputy's, as elected (CL Art. 113-14).
            List<CandidateView> deputy = kz.elections.registry.recall.RecallPetition.forRecallContest(contest)
                    .map(p -> Nomination.<Nomination>findById(p.deputyNominationId)).stream()
                    .map(n -> view(n, withQuota)).toList();
            return new ContestCandidates(contest.code, contest.kind.name(), deputy, List.of());
        }
        if (contest.kind != ContestKind.PARTY_LIST) {
            List<CandidateView> candidates = Nomination.findRegisteredFor(contest).stream().map(n -> view(n, withQuota)).toList();
            return new ContestCandidates(contest.code, contest.kind.name(), candidates, List.of());
        }
        List<RegisteredList> lists = PartyList.findRegisteredFor(contest).stream().map(list -> {
            Party party = Party.findById(list.partyId);
            return new RegisteredList(list.id, list.partyId, party.nameKk, party.nameRu, party.nameEn, party.shortName,
                    party.registrationNumber, list.decidedAt, list.candidates().stream().map(n -> view(n, withQuota)).toList());
        }).sorted(Comparator.comparing(RegisteredList::partyRegistrationNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new ContestCandidates(contest.code, contest.kind.name(), List.of(), lists);
    }

    @GET
    @Path("registrations")
    @jakarta.annotation.security.RolesAllowed(kz.elections.common.Roles.SERVICE)
    @org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement(name = "bearer")
    @Operation(summary = "The contest and its registrations, for composing its ballot and allocating its seats",
            description = "Service accounts only (ballot-service, results-service): it carries the seat-quota category. "
                    + "The contest's body, each list's registration instant, each candidate's public record. The "
                    + "contract: contracts/registry/contest-registrations.json.")
    public NominationApi.ContestRegistrations registrations(@PathParam("idOrCode") String idOrCode) {
        Contest contest = ContestResource.find(idOrCode);
        ContestCandidates registered = registered(idOrCode, true);
        return new NominationApi.ContestRegistrations(kz.elections.registry.election.ElectionApi.view(contest),
                contest.election.electionDay, java.time.OffsetDateTime.now(clock), registered.candidates(), registered.lists());
    }

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** The public record of a registered candidate: what the ballot and the published results show. */
    static CandidateView publicRecord(Nomination n) {
        return view(n, false);
    }

    private static CandidateView view(Nomination n, boolean withQuota) {
        return new CandidateView(n.id, n.surnameKk, n.nameKk, n.patronymicKk, n.surnameRu, n.nameRu, n.patronymicRu,
                n.birthDate.getYear(), n.occupation, n.placeOfWork, n.residence, nominatedBy(n), n.route, n.partyId, n.listPosition,
                withQuota ? n.quotaCategory : null);
    }

    private static String nominatedBy(Nomination n) {
        return switch (n.route) {
            case SELF -> "self-nominated";
            case PUBLIC_ASSOCIATION -> n.associationName;
            case PARTY -> {
                Party party = Party.findById(n.partyId);
                yield party == null ? "party" : party.shortName;
            }
        };
    }
}
