package kz.elections.results.observer;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.elections.common.audit.CanonicalJson;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.publication.OpenCsv;

/** Open data: how many observers' reports each unit has, by category and state; never who filed them or what they say. */
@Path("/api/v1/elections/{code}/observer-reports/counts")
@Tag(name = "Observers")
public class ReportCountsResource {

    static final String CSV_EXAMPLE = "\uFEFFelection_code,unit_code,category,state,reports\n"
            + "\"mazhilis-2023\",\"KZ-75\",\"COUNTING\",\"UPHELD\",1\n";

    @Inject
    ReportCounts counts;

    @Inject
    ObjectMapper json;

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, OpenCsv.MEDIA_TYPE})
    @Operation(summary = "Observers' reports counted", description = "Public. The reports of the election's contests per "
            + "unit, category and state, live (cacheable for 5 seconds, ETag and If-None-Match → 304): never the observer, "
            + "the text or the precinct. JSON, or CSV (UTF-8 with a byte-order mark) with ?format=csv or Accept: text/csv. "
            + "An election without reports has no counts.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObserverApi.ReportCounts.class)),
                    @Content(mediaType = OpenCsv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response counts(@PathParam("code") String idOrCode, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch)
            throws JsonProcessingException {
        ObserverApi.ReportCounts found = counts.of(ContestRecord.electionCodeOf(idOrCode));
        boolean csv = OpenCsv.wanted(format, accept);
        String body = csv ? ReportCounts.csv(found) : json.writeValueAsString(found);
        String etag = "\"" + (csv ? "csv-" : "") + CanonicalJson.sha256(body).substring(0, 32) + "\"";
        CacheControl cache = new CacheControl();
        cache.setMaxAge(5);
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).cacheControl(cache).build();
        }
        Response.ResponseBuilder response = csv ? OpenCsv.ok(body, found.electionCode() + "-observer-reports.csv")
                : Response.ok(body, MediaType.APPLICATION_JSON);
        return response.header(HttpHeaders.ETAG, etag).cacheControl(cache).build();
    }
}
