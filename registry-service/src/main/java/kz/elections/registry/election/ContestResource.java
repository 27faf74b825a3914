package kz.elections.registry.election;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.ProblemException;
import kz.elections.registry.election.ElectionApi.ContestView;

@Path("/api/v1/contests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Elections and contests")
@PermitAll
public class ContestResource {

    @GET
    @Path("{idOrCode}")
    @Operation(summary = "One contest, by id or code (e.g. mazhilis-2023.smd-75-03)", description = "Public.")
    public ContestView get(@PathParam("idOrCode") String idOrCode) {
        return ElectionApi.view(find(idOrCode));
    }

    public static Contest find(String idOrCode) {
        return Contest.findByIdOrCode(idOrCode).orElseThrow(() -> ProblemException.notFound("Contest", idOrCode));
    }

    /** As {@link #find}, read-only ({@link Contest#findByIdOrCodeToRead}). */
    public static Contest findToRead(String idOrCode) {
        return Contest.findByIdOrCodeToRead(idOrCode).orElseThrow(() -> ProblemException.notFound("Contest", idOrCode));
    }
}
