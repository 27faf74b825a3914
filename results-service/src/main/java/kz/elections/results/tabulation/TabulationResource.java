package kz.elections.results.tabulation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Roles;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.observer.ObserverAccess;

@Path("/api/v1/contests/{code}/tabulation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tabulation")
@SecurityRequirement(name = "bearer")
public class TabulationResource {

    @Inject
    TabulationService tabulation;

    @Inject
    ObserverAccess observers;

    @GET
    @RolesAllowed({Roles.COMMISSION, Roles.OBSERVER, Roles.TABULATOR})
    @Operation(summary = "Live totals of a contest", description = "Commission staff, tabulators and observers; the contest by code or the registry's id. Totals per "
            + "unit and nation from the running tallies, turnout, precincts reported of all, and the outcome (seat "
            + "allocation with its trace, or the plurality winner). The public reads published versions instead. An observer "
            + "reads the contests of its accredited unit, and national contests only with a national (KZ) accreditation; 403 "
            + "saying why otherwise.")
    public TabulationService.Tabulation get(@PathParam("code") String code) {
        String contest = ContestRecord.codeOf(code);
        if (observers.applies()) {
            ContestRecord record = ContestRecord.findById(contest);
            if (record != null) {
                observers.require(record.unitCode);
            }
        }
        return tabulation.tabulate(contest);
    }
}
