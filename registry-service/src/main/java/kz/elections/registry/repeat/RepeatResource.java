package kz.elections.registry.repeat;

import java.net.URI;

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
import kz.elections.registry.election.ContestResource;

/** The repeat of a tied single-seat contest. */
@Path("/api/v1/contests/{idOrCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Repeat votes and repeat elections")
public class RepeatResource {

    @Inject
    RepeatService repeats;

    @Inject
    Caller caller;

    @POST
    @Path("repeat")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Transactional
    @Operation(summary = "Create the repeat vote or repeat election of a tied contest, in one step",
            description = "Commission staff of the contest's territory. From the outcome results-service published "
                    + "(the registry reads nothing from results-service): REPEAT_VOTE_REQUIRED where more than two "
                    + "candidates stood, with the tied registrations: the new contest carries only them, their "
                    + "registrations reused, and takes no nominations (409 repeat-vote); REPEAT_ELECTION_REQUIRED where "
                    + "exactly two stood and in every akim race: nomination opens again (the calendar given, else the "
                    + "law's windows). The day falls after election day and within one month of it (CL Art. 95 p.3; "
                    + "tizim.repeat.*-within-months; a repeat election is held to the same month by policy). Creates an "
                    + "election of that day with the one contest linked to the original; 400 naming what does not meet "
                    + "the law; 409 if a repeat exists.")
    public Response create(@PathParam("idOrCode") String idOrCode, @NotNull @Valid RepeatApi.RepeatRequest request) {
        Contest repeat = repeats.create(ContestResource.find(idOrCode), request, caller::mayActIn, caller.subject());
        return Response.created(URI.create("/api/v1/contests/" + repeat.code)).entity(RepeatService.view(repeat)).build();
    }

    @GET
    @Path("repeat")
    @PermitAll
    @Transactional
    @Operation(summary = "The repeat of a contest", description = "Public. 404 if none was created.")
    @APIResponse(responseCode = "404", description = "No such contest, or no repeat of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RepeatApi.RepeatView get(@PathParam("idOrCode") String idOrCode) {
        Contest original = ContestResource.find(idOrCode);
        Contest repeat = Contest.<Contest>find("repeatOf", original.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Repeat of contest", idOrCode));
        return RepeatService.view(repeat);
    }
}
