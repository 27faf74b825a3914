package kz.elections.registry.region;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import kz.elections.common.ProblemException;

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions")
@PermitAll
public class RegionResource {

    public record RegionView(String code, String kind, String nameKk, String nameRu, String nameEn, String centreEn,
            @Schema(description = "Open Civic Data division id: ocd-division/country:kz/region:NN or …/city:NN, NN the ISO "
                    + "3166-2:KZ number; stable", example = "ocd-division/country:kz/city:75") String ocdId) {
        static RegionView of(Region region) {
            return new RegionView(region.code, region.kind, region.nameKk, region.nameRu, region.nameEn, region.centreEn,
                    OcdDivisions.unit(region));
        }
    }

    @GET
    @Operation(summary = "The 20 first-level units", description = "Public. 17 regions and 3 cities of republican significance, by ISO 3166-2:KZ code.")
    public List<RegionView> list() {
        return Region.listInOrder().stream().map(RegionView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One unit by its code", description = "Public.")
    public RegionView get(@PathParam("code") String code) {
        Region region = Region.findById(code);
        if (region == null) {
            throw ProblemException.notFound("Region", code);
        }
        return RegionView.of(region);
    }
}
