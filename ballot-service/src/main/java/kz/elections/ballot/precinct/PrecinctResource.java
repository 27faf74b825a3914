package kz.elections.ballot.precinct;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;

@Path("/api/v1/precincts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Precincts")
public class PrecinctResource {

    public record PrecinctView(UUID id, String unitCode, int number, String address, int voters, List<String> contests) {
        static PrecinctView of(Precinct p) {
            return new PrecinctView(p.id, p.unitCode, p.number, p.address, p.voters, p.contests);
        }
    }

    public record ContestPrecincts(String contestCode, int precincts, long voters, List<PrecinctView> items) {
    }

    @Inject
    PrecinctService precincts;

    @Inject
    Caller caller;

    @POST
    @Path("imports")
    @Consumes("text/csv")
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Import precincts from CSV",
            description = "Commission staff, for precincts inside their territory. Header number,unit_code,address,voters,contests "
                    + "(contest codes separated by ;). At most 3,000 voters a precinct; every contest must exist in the "
                    + "registry and lie in the precinct's unit. Any refused line refuses the file (400, every line named, "
                    + "nothing stored); precincts with the same unit and number are replaced.")
    public PrecinctService.Imported importCsv(InputStream body) {
        return precincts.importCsv(new InputStreamReader(body, StandardCharsets.UTF_8), caller::mayActIn, caller.subject());
    }

    @GET
    @PermitAll
    @Operation(summary = "Precincts of a contest with their voters", description = "Public.")
    public ContestPrecincts forContest(@QueryParam("contest") String contest) {
        if (contest == null || contest.isBlank()) {
            throw ProblemException.invalid("contest", "is required: the contest code");
        }
        List<PrecinctView> items = Precinct.findFor(contest).stream().map(PrecinctView::of).toList();
        return new ContestPrecincts(contest, items.size(), items.stream().mapToLong(PrecinctView::voters).sum(), items);
    }
}
