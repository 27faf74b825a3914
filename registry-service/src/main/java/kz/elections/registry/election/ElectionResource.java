package kz.elections.registry.election;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import kz.elections.registry.election.ElectionApi.ContestRequest;
import kz.elections.registry.election.ElectionApi.ContestView;
import kz.elections.registry.election.ElectionApi.ElectionRequest;
import kz.elections.registry.election.ElectionApi.ElectionView;

@Path("/api/v1/elections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Elections and contests")
public class ElectionResource {

    @Inject
    ElectionService elections;

    @Inject
    Caller caller;

    @GET
    @PermitAll
    @Operation(summary = "Elections", description = "Public. Newest election day first, with their calendars.")
    public List<ElectionView> list() {
        return Election.listByDay().stream().map(e -> ElectionApi.view(e, (int) Contest.count("election", e))).toList();
    }

    @GET
    @Path("{idOrCode}")
    @PermitAll
    @Operation(summary = "One election, by id or code (e.g. mazhilis-2023)", description = "Public.")
    @APIResponse(responseCode = "404", description = "No such election",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ElectionView get(@PathParam("idOrCode") String idOrCode) {
        Election election = find(idOrCode);
        return ElectionApi.view(election, (int) Contest.count("election", election));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create an election with its calendar and template contests",
            description = "Commission staff inside their territory (a Mazhilis election: the central commission). The "
                    + "calendar follows the law's windows (nomination and registration close at 18:00 local time) unless "
                    + "the calling decision's dates are given. Code defaults to kind-year (plus the unit digits).")
    public Response create(@NotNull @Valid ElectionRequest request) {
        Election election = elections.create(request, caller::mayActIn, caller.subject());
        return Response.created(URI.create("/api/v1/elections/" + election.code))
                .entity(ElectionApi.view(election, (int) Contest.count("election", election))).build();
    }

    @GET
    @Path("{idOrCode}/contests")
    @PermitAll
    @Operation(summary = "The contests of an election", description = "Public, ordered by code.")
    @APIResponse(responseCode = "404", description = "No such election",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ContestView> contests(@PathParam("idOrCode") String idOrCode) {
        return Contest.listFor(find(idOrCode)).stream().map(ElectionApi::view).toList();
    }

    @POST
    @Path("{idOrCode}/contests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a contest", description = "Commission staff of the contest's unit or the central commission: "
            + "a single-mandate district, an akim post (with its voters and settlements) or a party-list constituency.")
    public Response addContest(@PathParam("idOrCode") String idOrCode, @NotNull @Valid ContestRequest request) {
        Contest contest = elections.addContest(find(idOrCode), request, caller::mayActIn, caller.subject());
        return Response.created(URI.create("/api/v1/contests/" + contest.code)).entity(ElectionApi.view(contest)).build();
    }

    static Election find(String idOrCode) {
        return Election.findByIdOrCode(idOrCode).orElseThrow(() -> ProblemException.notFound("Election", idOrCode));
    }
}
