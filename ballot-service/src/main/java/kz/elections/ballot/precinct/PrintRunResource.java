package kz.elections.ballot.precinct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Roles;
import kz.elections.law.ballot.PrintRun;

@Path("/api/v1/contests/{code}/print-run")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Precincts")
public class PrintRunResource {

    public record PrintLine(String unitCode, int number, int voters, long ballots) {
    }

    public record UnitPrintRun(String unitCode, int precincts, long voters, long ballots) {
    }

    public record PrintRunView(String contestCode, int reservePercent, long voters, long ballots, List<UnitPrintRun> units,
            List<PrintLine> precincts) {
    }

    @ConfigProperty(name = "tizim.ballot.print-reserve-percent", defaultValue = "1")
    int reservePercent;

    @GET
    @RolesAllowed({Roles.COMMISSION, Roles.OBSERVER})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Ballots to print for a contest", description = "Commission staff and observers: per precinct the "
            + "voters on the list plus 1 %, rounded up, and the totals per unit.")
    public PrintRunView printRun(@PathParam("code") String code) {
        List<Precinct> list = Precinct.findFor(code);
        Map<String, long[]> units = new TreeMap<>();
        List<PrintLine> lines = list.stream().map(p -> {
            long ballots = PrintRun.ballots(p.voters, reservePercent);
            long[] unit = units.computeIfAbsent(p.unitCode, u -> new long[3]);
            unit[0]++;
            unit[1] += p.voters;
            unit[2] += ballots;
            return new PrintLine(p.unitCode, p.number, p.voters, ballots);
        }).toList();
        List<UnitPrintRun> perUnit = units.entrySet().stream()
                .map(e -> new UnitPrintRun(e.getKey(), (int) e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new PrintRunView(code, reservePercent, perUnit.stream().mapToLong(UnitPrintRun::voters).sum(),
                perUnit.stream().mapToLong(UnitPrintRun::ballots).sum(), perUnit, lines);
    }
}
