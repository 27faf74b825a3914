package kz.elections.results.elected;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.results.contest.ContestRecord;

@Path("/api/v1/elections/{code}/elected/report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Elected")
public class MandateReportResource {

    @Inject
    MandateReport report;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Send the elected to registry-service again", description = "Commission staff of the election's "
            + "territory. Certifying the final results, and each naming of a party's elected after it, reports the elected "
            + "of every decided contest to registry-service, where each holds a mandate; a registry that did not answer "
            + "then is logged, and this sends the report again (idempotent there). 409 before certification; 503 with "
            + "Retry-After while registry-service is unavailable. Answers each contest reported and how many elected.")
    public List<MandateReport.Reported> send(@PathParam("code") String idOrCode) {
        String election = ContestRecord.electionCodeOf(idOrCode);
        List<ContestRecord> contests = ContestRecord.forElection(election);
        if (contests.isEmpty()) {
            throw ProblemException.notFound("Election with protocols", idOrCode);
        }
        if (!contests.stream().allMatch(c -> caller.mayActIn(c.unitCode))) {
            throw ProblemException.forbidden("A commission acts only inside its territory");
        }
        List<MandateReport.Reported> sent = report.report(election);
        if (sent.isEmpty() && report.certifiedVersion(election) == null) {
            throw ProblemException.conflict("not-certified", "Results not certified", "The elected of " + election
                    + " are reported once its final results are certified", java.util.Map.of());
        }
        return sent;
    }
}
