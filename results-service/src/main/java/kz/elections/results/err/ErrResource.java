package kz.elections.results.err;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import kz.elections.common.Problem;
import kz.elections.common.ProblemException;
import kz.elections.results.contest.ContestRecord;

/**
 * Published result versions in the NIST SP 1500-100 v2 Election Results Reporting format (its JSON binding): each
 * version at its own address, {@code application/json}, beside the version's Tizim JSON and CSV (separate addresses
 * rather than content negotiation: the ERR JSON and Tizim's JSON share a media type). Built by {@link ErrExport}.
 */
@Path("/api/v1/elections/{code}/results")
@Tag(name = "Published results")
public class ErrResource {

    static final int LATEST_MAX_AGE = 5;
    static final int VERSION_MAX_AGE = 31_536_000;

    private static final String MAPPING = " Format summary-contest: per contest its VoteCounts for the contest's "
            + "district and for each unit; GeneratedDate is when the version was published, SequenceStart = SequenceEnd = the "
            + "version number, Status certified (a final version), correction (a provisional version after a certified "
            + "one), unofficial-complete (every precinct of every contest reported) or unofficial-partial. Contests: "
            + "PartyContest (lists), CandidateContest (districts, akims), RetentionContest (recall votes). Seats: VoteCounts of "
            + "Type other, OtherType seats. Against all: a BallotMeasureSelection with @id sel-{contest}-against-all. Winners: "
            + "Candidate PostElectionStatus winner (certified) or projected-winner. OCD division ids and Tizim's codes are "
            + "ExternalIdentifiers (ocd-id, national-level).";
    private static final String EXAMPLE = """
            {"@type":"ElectionResults.ElectionReport","Format":"summary-contest","GeneratedDate":"2023-03-20T06:00:00+06:00",
             "Issuer":"Central Election Commission of the Republic of Kazakhstan","IssuerAbbreviation":"CEC RK",
             "SequenceStart":2,"SequenceEnd":2,"Status":"unofficial-partial","VendorApplicationId":"Tizim results-service",
             "Election":[{"@type":"ElectionResults.Election","Type":"general","StartDate":"2023-03-19","EndDate":"2023-03-19",
               "ElectionScopeId":"gpu-kz","Contest":[{"@type":"ElectionResults.PartyContest","@id":"contest-mazhilis-2023.list",
               "Name":"mazhilis-2023.list","ElectoralDistrictId":"gpu-kz","BallotSelection":[
                 {"@type":"ElectionResults.PartySelection","@id":"sel-mazhilis-2023.list-1","PartyIds":["party-9f939ef7-c6e8-3aeb-9eb4-252a78be9a3c"],
                  "VoteCounts":[{"@type":"ElectionResults.VoteCounts","Type":"total","GpUnitId":"gpu-kz","Count":3431510},
                                {"@type":"ElectionResults.VoteCounts","Type":"other","OtherType":"seats","GpUnitId":"gpu-kz","Count":40}]},
                 {"@type":"ElectionResults.BallotMeasureSelection","@id":"sel-mazhilis-2023.list-against-all",
                  "Selection":{"@type":"ElectionResults.InternationalizedText","Text":[{"@type":"ElectionResults.LanguageString","Language":"ru","Content":"Против всех"}]},
                  "VoteCounts":[{"@type":"ElectionResults.VoteCounts","Type":"total","GpUnitId":"gpu-kz","Count":212000}]}]}]}],
             "GpUnit":[{"@type":"ElectionResults.ReportingUnit","@id":"gpu-kz","Type":"country",
               "ExternalIdentifier":[{"@type":"ElectionResults.ExternalIdentifier","Type":"ocd-id","Value":"ocd-division/country:kz"}]}]}
            """;

    @Inject
    ErrFeed feed;

    @GET
    @Path("latest/err")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest result version as an ERR ElectionReport (NIST SP 1500-100 v2)", description = "Public. "
            + "The latest version in the Election Results Reporting JSON format." + MAPPING + " ETag and If-None-Match "
            + "(304); cacheable for 5 seconds; readable cross-origin.")
    @APIResponse(responseCode = "200", description = "The ERR ElectionReport", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Err.ElectionReport.class),
            examples = @ExampleObject(name = "a list contest (abridged)", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No result version published (or no such election)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response latest(@PathParam("code") String idOrCode, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        return respond(feed.summary(code, latestNumber(code)), ifNoneMatch, LATEST_MAX_AGE, false);
    }

    @GET
    @Path("versions/{number}/err")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One result version as an ERR ElectionReport (NIST SP 1500-100 v2)", description = "Public. "
            + "As latest/err gives it. Immutable: cacheable for a year; ETag and If-None-Match (304).")
    @APIResponse(responseCode = "200", description = "The ERR ElectionReport", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Err.ElectionReport.class),
            examples = @ExampleObject(name = "a list contest (abridged)", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such version (or no such election)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response version(@PathParam("code") String idOrCode, @PathParam("number") int number,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        return respond(known(feed.summary(code, number), code, number), ifNoneMatch, VERSION_MAX_AGE, true);
    }

    @GET
    @Path("latest/err/precincts")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest result version as a precinct-level ERR ElectionReport", description = "Public. As "
            + "latest/err, with Format precinct-level: every precinct that reported is a GpUnit (Type precinct, in its unit "
            + "and district), with VotersRegistered, VotersParticipated and the VoteCounts and SummaryCounts of each contest "
            + "it votes in, from its protocol as the version counted it (the latest version of it submitted by the time "
            + "the version was published). ETag and If-None-Match (304); cacheable for 5 seconds.")
    @APIResponse(responseCode = "200", description = "The precinct-level ERR ElectionReport", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Err.ElectionReport.class),
            examples = @ExampleObject(name = "precinct-level: as summary-contest, with a GpUnit of Type precinct and its "
                    + "counts per precinct (abridged to the summary)", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No result version published (or no such election)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "precincts-differ: the protocols stored by the version's time do "
            + "not add up to its figures (one stored in the same instant); the next version's will",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response latestPrecincts(@PathParam("code") String idOrCode,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        return respond(feed.precinctLevel(code, latestNumber(code)), ifNoneMatch, LATEST_MAX_AGE, false);
    }

    @GET
    @Path("versions/{number}/err/precincts")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One result version as a precinct-level ERR ElectionReport", description = "Public. As "
            + "latest/err/precincts gives it. Immutable: cacheable for a year; ETag and If-None-Match (304).")
    @APIResponse(responseCode = "200", description = "The precinct-level ERR ElectionReport", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Err.ElectionReport.class),
            examples = @ExampleObject(name = "precinct-level: as summary-contest, with a GpUnit of Type precinct and its "
                    + "counts per precinct (abridged to the summary)", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such version (or no such election)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "precincts-differ: the protocols stored by the version's time do "
            + "not add up to its figures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response versionPrecincts(@PathParam("code") String idOrCode, @PathParam("number") int number,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        return respond(known(feed.precinctLevel(code, number), code, number), ifNoneMatch, VERSION_MAX_AGE, true);
    }

    private int latestNumber(String code) {
        Integer latest = feed.latest(code);
        if (latest == null) {
            throw ProblemException.notFound("Published results of election", code);
        }
        return latest;
    }

    private static ErrFeed.Rendered known(ErrFeed.Rendered rendered, String code, int number) {
        if (rendered == null) {
            throw ProblemException.notFound("Result version " + number + " of election", code);
        }
        return rendered;
    }

    private static Response respond(ErrFeed.Rendered rendered, String ifNoneMatch, int maxAge, boolean immutable) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAge);
        if (ifNoneMatch != null && ifNoneMatch.contains(rendered.etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, rendered.etag()).cacheControl(cache).build();
        }
        Response.ResponseBuilder response = Response.ok(rendered.json(), MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ETAG, rendered.etag()).cacheControl(cache);
        if (immutable) {
            response.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge + ", immutable");
        }
        return response.build();
    }
}
