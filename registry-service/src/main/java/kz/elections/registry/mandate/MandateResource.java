package kz.elections.registry.mandate;

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
import kz.elections.law.election.Body;
import kz.elections.registry.mandate.MandateApi.EndRequest;
import kz.elections.registry.mandate.MandateApi.Ended;
import kz.elections.registry.mandate.MandateApi.MandateView;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mandates")
public class MandateResource {

    @Inject
    MandateService mandates;

    @Inject
    Caller caller;

    @GET
    @Path("bodies/{body}/members")
    @PermitAll
    @Operation(summary = "The current members of a body", description = "Public. The current mandates of the Mazhilis "
            + "(territory KZ, the default) or of a unit's maslikhat or akim posts (territory = the unit code), by contest: "
            + "each with its constituency (list or district) and party.")
    public List<MandateView> members(@PathParam("body") Body body, @QueryParam("territory") String territory) {
        String where = territory == null || territory.isBlank() ? Roles.CENTRAL_TERRITORY : territory;
        return Mandate.findCurrentOf(body, where).stream().map(MandateApi::view).toList();
    }

    @GET
    @Path("mandates/{id}")
    @PermitAll
    @Operation(summary = "One mandate", description = "Public.")
    @APIResponse(responseCode = "404", description = "No such mandate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MandateView get(@PathParam("id") UUID id) {
        Mandate mandate = Mandate.findById(id);
        if (mandate == null) {
            throw ProblemException.notFound("Mandate", id);
        }
        return MandateApi.view(mandate);
    }

    @Transactional
    @POST
    @Path("mandates/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The commission ends a mandate early", description = "Commission staff of the seat's territory "
            + "(the contest's unit; a national list seat: the central commission): resignation, death, court decision or "
            + "recall, with the day it ends (not before the term started, not after its planned end) and the decision. "
            + "The end opens a vacancy: a list seat for the party to name the next of its list, a district or akim seat "
            + "for a by-election. 409 if the mandate is not current.")
    public Ended end(@PathParam("id") UUID id, @NotNull @Valid EndRequest request) {
        Vacancy vacancy = mandates.end(id, request.ground(), request.endedOn(), request.decision(), caller::mayActIn,
                caller.subject());
        return new Ended(MandateApi.view(vacancy.mandate), MandateApi.view(vacancy));
    }
}
