package kz.elections.registry.mandate;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Problem;
import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.Election;
import kz.elections.registry.election.ElectionApi;
import kz.elections.registry.mandate.MandateApi.ByElectionRequest;
import kz.elections.registry.mandate.MandateApi.ConsentRequest;
import kz.elections.registry.mandate.MandateApi.SuccessorRequest;
import kz.elections.registry.mandate.MandateApi.VacancyView;

@Path("/api/v1/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
public class VacancyResource {

    @Inject
    VacancyService vacancies;

    @Inject
    Caller caller;

    @GET
    @PermitAll
    @Operation(summary = "Vacancies", description = "Public. Every vacancy, oldest first, or those of one status (OPEN, "
            + "FILLED, LIST_EXHAUSTED, BY_ELECTION_CALLED).")
    public List<VacancyView> list(@QueryParam("status") Vacancy.Status status) {
        List<Vacancy> found = status == null ? Vacancy.list("order by openedOn, id")
                : Vacancy.list("status = ?1 order by openedOn, id", status);
        return found.stream().map(MandateApi::view).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One vacancy", description = "Public.")
    @APIResponse(responseCode = "404", description = "No such vacancy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VacancyView get(@PathParam("id") UUID id) {
        return MandateApi.view(find(id));
    }

    @POST
    @Path("{id}/successor")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTY_AGENT)
    @SecurityRequirement(name = "bearer")
    @Transactional
    @Operation(summary = "The party names the next of its list for its vacant seat", description = "The agent of the "
            + "seat's party only, until the vacancy's namingLastDay (policy: the law gives no number of days; the party "
            + "has as many as for naming its elected, 10, maslikhat 5: tizim.mandate.successor-naming-days.*), then 409 "
            + "naming-period-over. A registered candidate of the party's list who holds no seat and never held one in "
            + "this term; on a Mazhilis list the party's seats keep at least 30 % (rounded up) women, youth and persons "
            + "with disabilities while the list has them. The successor's mandate runs to the end of the body's term.")
    public VacancyView nameSuccessor(@PathParam("id") UUID id, @NotNull @Valid SuccessorRequest request) {
        return MandateApi.view(vacancies.nameSuccessor(id, request.nominationId(), caller.party(), caller.subject()));
    }

    @POST
    @Path("{id}/successor/by-list-order")
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Transactional
    @Operation(summary = "The commission assigns the seat in Kazakh order of the remaining list", description = "Commission "
            + "staff of the seat's territory (a national list: the central commission), after the party's namingLastDay "
            + "(before it: 409 naming-period-running): the first of the remaining list in Kazakh alphabetical order, a "
            + "quota candidate first while the 30 % seat quota needs one. An exhausted list: status LIST_EXHAUSTED, the "
            + "seat stays vacant until the next election.")
    public VacancyView assignByListOrder(@PathParam("id") UUID id) {
        return MandateApi.view(vacancies.assignByListOrder(id, caller::mayActIn, caller.subject()));
    }

    @POST
    @Path("{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Transactional
    @Operation(summary = "The central commission consents to a by-election on another day", description = "The Central "
            + "Election Commission only (territory KZ): records its decision allowing a by-election of this district or "
            + "akim seat on a day other than the last Sunday of March or October (CL Art. 101 p.3-1).")
    public VacancyView consent(@PathParam("id") UUID id, @NotNull @Valid ConsentRequest request) {
        return MandateApi.view(vacancies.recordConsent(id, request.electionDay(), request.reference(),
                caller.isCentralCommission(), caller.subject()));
    }

    @POST
    @Path("{id}/by-election")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Transactional
    @Operation(summary = "The commission calls the by-election of a district or akim seat", description = "Commission "
            + "staff of the seat's territory (a Mazhilis district: the central commission, whose elections are national). "
            + "The day is the last Sunday of March or October, or the day the central commission consented to; never "
            + "within the last year of the body's term (from the same date a year before the vacated mandate's planned "
            + "end): else 422 by-election-date saying why, with termEnds and nextLawDay. Creates an election like any "
            + "other (its calendar by the law's windows unless the calling decision's dates are given) with the seat's one "
            + "contest, linked to the vacancy; its elected fill the vacancy for the rest of the term. Answers the "
            + "by-election.")
    public Response callByElection(@PathParam("id") UUID id, @NotNull @Valid ByElectionRequest request) {
        Election election = vacancies.callByElection(id, request, caller::mayActIn, caller.subject());
        return Response.created(URI.create("/api/v1/elections/" + election.code))
                .entity(ElectionApi.view(election, (int) Contest.count("election", election))).build();
    }

    private static Vacancy find(UUID id) {
        Vacancy vacancy = Vacancy.findById(id);
        if (vacancy == null) {
            throw ProblemException.notFound("Vacancy", id);
        }
        return vacancy;
    }
}
