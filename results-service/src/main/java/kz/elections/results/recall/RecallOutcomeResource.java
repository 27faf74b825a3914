package kz.elections.results.recall;

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

/** Sending a recall vote's certified outcome to the registry again. */
@Path("/api/v1/elections/{code}/results/recall-outcomes")
@Tag(name = "Results")
public class RecallOutcomeResource {

    @Inject
    RecallNotices notices;

    @Inject
    Caller caller;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Send the recall outcomes of the certified results to the registry",
            description = "Commission staff of the election's territory. Certification sends them by itself; this sends "
                    + "them again when the registry was down then (it takes the same outcome twice as once). 409 unless "
                    + "the latest version is final; 503 with Retry-After while the registry is down.")
    public List<RecallRegistryClient.Outcome> send(@PathParam("code") String idOrCode) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        List<ContestRecord> contests = ContestRecord.forElection(code);
        if (contests.isEmpty()) {
            throw ProblemException.notFound("Election with protocols", code);
        }
        for (ContestRecord contest : contests) {
            if (!caller.mayActIn(contest.unitCode)) {
                throw ProblemException.forbidden("A commission acts only inside its territory; " + contest.code + " is in "
                        + (contest.unitCode == null ? "KZ" : contest.unitCode));
            }
        }
        return notices.send(code);
    }
}
