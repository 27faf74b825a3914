package kz.elections.results.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Caller;
import kz.elections.common.Roles;

@Path("/api/v1/contests/{code}/not-held")
@Tag(name = "Published results")
public class NotHeldResource {

    public record NotHeldRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @Inject
    PublicationService publication;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Declare a contest not held", description = "Commission staff of the contest's territory, with a "
            + "reason: certification of the election no longer waits for the contest's protocols, and the next version "
            + "published shows the declaration (contests[].notHeld, and notHeld[] for every declaration, also of a contest "
            + "no protocol reached, which results then look up in the registry: 503 while it is down). 201, or 200 if it was declared before; 409 while the "
            + "election's results are certified.")
    public Response declare(@PathParam("code") String idOrCode, @NotNull @Valid NotHeldRequest request) {
        PublicationService.NotHeldDeclared declared = publication.declareNotHeld(publication.contest(idOrCode),
                request.reason(), caller::mayActIn, caller.subject());
        return Response.status(declared.created() ? Response.Status.CREATED : Response.Status.OK)
                .type(MediaType.APPLICATION_JSON).entity(declared.declaration()).build();
    }
}
