package kz.elections.registry.nomination;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Problem;
import kz.elections.common.ProblemException;

/** Each registered candidate's public page: the public record and the election programme (CL Art. 37, 44). */
@Path("/api/v1/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class CandidatePageResource {

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A registered candidate's public page",
            description = "Public. The public record (never the IIN or the date of birth) and the election programme: the "
                    + "candidate's own, or its party's for a list candidate. 404 unless the candidate is REGISTERED.")
    @APIResponse(responseCode = "404", description = "No registered candidate with this nomination id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NominationApi.CandidatePage candidate(@PathParam("id") UUID id) {
        Nomination n = Nomination.findById(id);
        if (n == null || n.status != NominationStatus.REGISTERED) {
            throw ProblemException.notFound("Candidate", id);
        }
        return new NominationApi.CandidatePage(n.contest.code, CandidateResource.publicRecord(n),
                ElectionProgramme.findFor(n).map(ProgrammeService::view).orElse(null));
    }
}
