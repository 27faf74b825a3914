package kz.elections.results.publication;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import kz.elections.common.Caller;
import kz.elections.common.Problem;
import kz.elections.common.ProblemException;
import kz.elections.results.turnout.TurnoutStream;
import kz.elections.common.Roles;
import kz.elections.results.contest.ContestRecord;
import kz.elections.verifier.VersionChain;

@Path("/api/v1/elections/{code}/results")
@Tag(name = "Published results")
public class ResultsResource {

    static final String CSV = OpenCsv.MEDIA_TYPE;
    private static final String SSE_EXAMPLE = "event: version\n"
            + "data: {\"electionCode\":\"mazhilis-2023\",\"number\":2,\"status\":\"PROVISIONAL\",\"links\":{"
            + "\"self\":\"/api/v1/elections/mazhilis-2023/results/versions/2\","
            + "\"csv\":\"/api/v1/elections/mazhilis-2023/results/versions/2?format=csv\","
            + "\"changes\":\"/api/v1/elections/mazhilis-2023/results/changes?since=1\"}}\n\n"
            + ": heartbeat\n";
    /** A final version of a one-contest election, abridged: one list of seven, the trace left out. */
    static final String VERSION_EXAMPLE = """
            {"electionCode": "mazhilis-2023", "number": 2, "status": "FINAL", "asOf": "2023-03-20T01:00:00Z",
             "certifies": 1, "reason": null, "changes": [], "tallyDigest": "5f0c…",
             "contests": [{"contestCode": "mazhilis-2023.list", "electionCode": "mazhilis-2023", "kind": "PARTY_LIST",
               "ballotVersion": 1, "ballotHash": "a3e1…", "precincts": 5027, "precinctsReported": 5027,
               "reportingComplete": true, "reportingPercent": "100.00",
               "nation": {"precinctsReported": 5027, "votersOnList": 12035578, "ballotsIssued": 6523152,
                 "tookPart": 6523152, "invalid": 155419, "againstAll": 248291, "turnoutPercent": "54.19"},
               "units": [],
               "options": [{"position": 1, "kind": "PARTY", "ref": "4ea51854-26f5-40ec-94f6-67eed415098d",
                 "labelKk": "«AMANAT» партиясы", "labelRu": "Партия «AMANAT»", "labelEn": "AMANAT Party",
                 "detail": "AMANAT", "votes": 3431510}],
               "allocation": {"outcome": "ALLOCATED", "seats": {"4ea51854-26f5-40ec-94f6-67eed415098d": 40},
                 "lotBetween": [], "trace": null},
               "winner": null, "recall": null, "elected": null, "notHeld": null}],
             "notHeld": [], "previousDigest": "c81d…", "auditHead": "77b0…", "digest": "e4a9…"}
            """;
    private static final String VERSION_CSV_EXAMPLE = """
            election,version,status,contest,precincts_reported,precincts,turnout_percent,position,option,votes,seats_or_elected
            mazhilis-2023,2,FINAL,mazhilis-2023.list,5027,5027,54.19,1,AMANAT,3431510,40
            """;
    private static final String VERSIONS_EXAMPLE = """
            {"electionCode": "mazhilis-2023", "versions": [
              {"number": 1, "status": "PROVISIONAL", "asOf": "2023-03-20T00:30:00Z", "previousDigest": null,
               "auditHead": "41aa…", "digest": "c81d…",
               "links": {"self": "/api/v1/elections/mazhilis-2023/results/versions/1"}},
              {"number": 2, "status": "FINAL", "asOf": "2023-03-20T01:00:00Z", "previousDigest": "c81d…",
               "auditHead": "77b0…", "digest": "e4a9…",
               "links": {"self": "/api/v1/elections/mazhilis-2023/results/versions/2"}}]}
            """;
    private static final String CHANGES_EXAMPLE = """
            {"electionCode": "mazhilis-2023", "since": 1, "latest": 2, "versions": [
              {"number": 2, "status": "FINAL", "asOf": "2023-03-20T01:00:00Z", "reason": "certifies version 1",
               "changes": [], "certifies": 1}]}
            """;
    private static final String PRECINCTS_CSV_EXAMPLE = OpenResults.PRECINCT_HEADER + """

            mazhilis-2023,mazhilis-2023.list,KZ-75,1001,1,3000,1038,PARTY,1,1b4e28ba-2fa1-11d2-883f-0016d3cca427,"AMANAT","AMANAT",560
            mazhilis-2023,mazhilis-2023.list,KZ-75,1001,1,3000,1038,AGAINST_ALL,,,"Барлығына қарсы","Против всех",40
            mazhilis-2023,mazhilis-2023.list,KZ-75,1001,1,3000,1038,INVALID,,,"Жарамсыз бюллетеньдер","Недействительные бюллетени",20
            """;
    private static final String UNITS_CSV_EXAMPLE = OpenResults.UNIT_HEADER + """

            mazhilis-2023,mazhilis-2023.list,KZ-75,412,1236000,803400,PARTY,1,1b4e28ba-2fa1-11d2-883f-0016d3cca427,"AMANAT","AMANAT",431510
            """;

    public record PublishRequest(@Size(max = 2000) String reason) {
    }

    public record ReopenRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** {@code reopens}: the final version whose freeze ends. */
    public record ReopeningView(String electionCode, int reopens, String reason, String reopenedAt) {
    }

    public record ChangeView(int number, String status, String asOf, String reason, List<String> changes, Integer certifies) {
    }

    public record ChangesView(String electionCode, int since, Integer latest, List<ChangeView> versions) {
    }

    /** A version's place in the election's chain ({@code links.self}: its JSON, from which its digest is recomputed). */
    public record VersionLink(int number, String status, String asOf, String previousDigest, String auditHead, String digest,
            Map<String, String> links) {
    }

    public record VersionsView(String electionCode, List<VersionLink> versions) {
    }

    /**
     * {@code versions} checked, {@code headDigest} the latest one's digest, {@code firstBrokenVersion} the first version
     * whose digest or link does not hold (its number and why), null if the whole chain holds.
     */
    public record ChainVerification(String electionCode, int versions, String headDigest,
            VersionChain.Broken firstBrokenVersion) {
    }

    @Inject
    kz.elections.results.elected.MandateReport mandateReport;

    @Inject
    VersionChaining chaining;

    @Inject
    PublicationService publication;

    @Inject
    ResultsFeed feed;

    @Inject
    Caller caller;

    @Inject
    ResultsStream stream;

    @Inject
    OpenResults open;

    @Inject
    TurnoutStream turnoutStream;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish a provisional result version", description = "Commission staff of the election's "
            + "territory. Numbered 1, 2, …, immutable, built from the running tallies; from version 2 on a reason is "
            + "required and the version names the contests that changed.")
    public Response publish(@PathParam("code") String idOrCode, @Valid PublishRequest request) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        ResultVersion version = publication.publish(code, request == null ? null : request.reason(), caller::mayActIn,
                caller.subject());
        return Response.created(URI.create("/api/v1/elections/" + code + "/results/versions/" + version.number))
                .type(MediaType.APPLICATION_JSON).entity(feed.version(code, version.number).json()).build();
    }

    @POST
    @Path("versions/{number}/certification")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Certify a provisional version as final", description = "A second commission member of the "
            + "election's territory, not the one who published it, certifies the latest provisional version: a new, final "
            + "version with the same figures. 409 (tallies-changed) if a protocol arrived or was corrected since the version "
            + "was published; 409 (not-complete, naming each incomplete contest in incomplete[]) unless every contest of the "
            + "election, as the registry holds them (also those no protocol reached), has a protocol from each of its "
            + "precincts or is declared not held; 503 registry-unavailable while the registry cannot say which contests "
            + "the election holds. A final version freezes the election's protocols until a reopening. Once "
            + "certified, the elected of every decided contest are reported to registry-service, where each holds a "
            + "mandate (POST /api/v1/elections/{code}/elected/report sends them again).")
    public Response certify(@PathParam("code") String idOrCode, @PathParam("number") int number) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        ResultVersion version = publication.certify(code, number, caller::mayActIn, caller.subject());
        mandateReport.reportAfterCommit(code);
        return Response.created(URI.create("/api/v1/elections/" + code + "/results/versions/" + version.number))
                .type(MediaType.APPLICATION_JSON).entity(feed.version(code, version.number).json()).build();
    }

    @POST
    @Path("reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Reopen certified results", description = "Commission staff of the election's territory, with a "
            + "reason. While the latest version is final, protocols of the election's contests are refused (409, type "
            + "results-certified); a reopening accepts them again, and the next version published is provisional, to be "
            + "certified again. 409 if the results are not certified.")
    public Response reopen(@PathParam("code") String idOrCode, @NotNull @Valid ReopenRequest request) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        ResultReopening reopening = publication.reopen(code, request.reason(), caller::mayActIn, caller.subject());
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(new ReopeningView(
                reopening.electionCode, reopening.version, reopening.reason, reopening.reopenedAt.toString())).build();
    }

    @GET
    @Path("latest")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "The latest result version", description = "Public. JSON, or CSV with Accept: text/csv or "
            + "?format=csv. ETag and If-None-Match (304) make polling cheap; cacheable for 5 seconds.")
    @APIResponse(responseCode = "200", description = "The version: its contests as typed in "
            + "contracts/results/result-document.json, and every contest declared not held",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedVersion.class),
                    examples = @ExampleObject(name = "a final version (abridged)", value = VERSION_EXAMPLE)),
                    @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = VERSION_CSV_EXAMPLE))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No result version published (or no such election)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response latest(@PathParam("code") String idOrCode, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) @DefaultValue("application/json") String accept,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        ResultsFeed.Rendered rendered = feed.latest(code);
        if (rendered == null) {
            throw ProblemException.notFound("Published results of election", code);
        }
        return respond(rendered, format, accept, ifNoneMatch, 5, false);
    }

    @GET
    @Path("versions/{number}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "One result version", description = "Public. Immutable: cacheable for a year.")
    @APIResponse(responseCode = "200", description = "The version, as latest gives it",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedVersion.class),
                    examples = @ExampleObject(name = "a final version (abridged)", value = VERSION_EXAMPLE)),
                    @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = VERSION_CSV_EXAMPLE))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such version (or no such election)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response version(@PathParam("code") String idOrCode, @PathParam("number") int number, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) @DefaultValue("application/json") String accept,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        ResultsFeed.Rendered rendered = feed.version(code, number);
        if (rendered == null) {
            throw ProblemException.notFound("Result version " + number + " of election", code);
        }
        return respond(rendered, format, accept, ifNoneMatch, 31_536_000, true);
    }

    @GET
    @Path("versions")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The chain of result versions", description = "Public: every version of the election, oldest "
            + "first, with its digest, the digest of the version before it (null for version 1) and the head hash of the "
            + "audit chain when it was published; links.self is the version, whose digest anyone recomputes (SHA-256 of "
            + "the RFC 8785 canonical form of its members electionCode, number, status, asOf, certifies, reason, changes, "
            + "tallyDigest, contests, notHeld, previousDigest, auditHead). The verifier (verifier/) reads this list and "
            + "checks every link. 404 before the first version.")
    @APIResponse(responseCode = "200", description = "The chain, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionsView.class),
            examples = @ExampleObject(name = "two versions", value = VERSIONS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No result version published (or no such election)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response versions(@PathParam("code") String idOrCode) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        List<VersionLink> versions = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ResultVersion
                .chain(code).stream()
                .map(v -> new VersionLink(v.number(), v.status().name(), PublishedVersion.asOf(v.asOf()), v.previousDigest(),
                        v.auditHead(), v.digest(),
                        Map.of("self", "/api/v1/elections/" + code + "/results/versions/" + v.number())))
                .toList());
        if (versions.isEmpty()) {
            throw ProblemException.notFound("Published results of election", code);
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(5);
        return Response.ok(new VersionsView(code, versions)).cacheControl(cache).build();
    }

    @GET
    @Path("verification")
    @RolesAllowed({Roles.COMMISSION, Roles.OBSERVER})
    @SecurityRequirement(name = "bearer")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify the chain of result versions", description = "Commission and observers. Recomputes every "
            + "version's digest and link from the database, as the verifier does from the public feed, and answers the "
            + "count, the head digest and the first version whose digest or link does not hold (null if none).")
    public ChainVerification verification(@PathParam("code") String idOrCode) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        VersionChain.Result result = chaining.verify(code);
        return new ChainVerification(code, result.versions(), result.headDigest(), result.broken());
    }

    @GET
    @Path("changes")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Versions published after a version number", description = "Public: what a consumer that last saw "
            + "version n missed, oldest first, each with what changed and why; fetch a version for its figures.")
    @APIResponse(responseCode = "200", description = "The versions after since, and the latest version's number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangesView.class),
                    examples = @ExampleObject(name = "one version after version 1", value = CHANGES_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "since is not a version number, 0 or more",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changes(@PathParam("code") String idOrCode, @QueryParam("since") @DefaultValue("0") int since) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        if (since < 0) {
            throw ProblemException.invalid("since", "must be a version number, 0 or more");
        }
        List<ChangeView> versions = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ResultVersion
                .since(code, since).stream()
                .map(v -> new ChangeView(v.number, v.status.name(), v.asOf.toString(), v.reason, v.changes, v.certifies))
                .toList());
        ResultsFeed.Rendered latest = feed.latest(code);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(5);
        return Response.ok(new ChangesView(code, since, latest == null ? null : latest.number(), versions))
                .cacheControl(cache).build();
    }

    @GET
    @Path("stream")
    @PermitAll
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Result versions as they are published (Server-Sent Events)", description = "Public. An event "
            + "named version for each result version published, the latest one first as soon as the stream opens (none "
            + "before the first version): its number, status and links to its figures. A comment line every 15 seconds "
            + "keeps a quiet connection open. Versions missed while disconnected: changes?since=. An event named turnout "
            + "each time a precinct's turnout report is stored (a TurnoutNotice: the unit and reporting time, links to "
            + "the election's turnout).")
    @APIResponse(responseCode = "200", description = "The stream; each event's data is a VersionNotice in JSON",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = ResultsStream.VersionNotice.class),
                    examples = @ExampleObject(name = "a version, then a heartbeat", value = SSE_EXAMPLE)))
    public Multi<OutboundSseEvent> stream(@PathParam("code") String idOrCode, @Context Sse sse) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        Multi<OutboundSseEvent> versions = stream.follow(code).map(notice -> sse.newEventBuilder().name("version")
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(ResultsStream.VersionNotice.class, notice).build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(stream.heartbeat())
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        Multi<OutboundSseEvent> turnout = turnoutStream.follow(code).map(notice -> sse.newEventBuilder().name("turnout")
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(TurnoutStream.TurnoutNotice.class, notice).build());
        return Multi.createBy().merging().streams(versions, heartbeats, turnout);
    }

    @GET
    @Path("precincts")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Each precinct's accepted protocol, for anyone to recount", description = "Public. Every contest "
            + "of the election, one entry per precinct whose protocol is accepted (its current version), as soon as it is: "
            + "live, not tied to a published version. JSON, or CSV (UTF-8 with a byte-order mark) with ?format=csv or "
            + "Accept: text/csv: one row per precinct and ballot option, then one for \"against all\" and one for the "
            + "invalid ballots; a precinct's rows add up to took_part.")
    @APIResponse(responseCode = "200", description = "The precincts that reported",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenResults.PrecinctResults.class)),
                    @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = PRECINCTS_CSV_EXAMPLE))})
    @APIResponse(responseCode = "404", description = "No contest of the election has protocols (or no such election)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response precincts(@PathParam("code") String idOrCode, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        OpenResults.PrecinctResults results = open.precincts(code);
        return live(format, accept, results, () -> OpenResults.csv(results), code + "-precincts.csv");
    }

    @GET
    @Path("units")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Votes per party or candidate in each unit", description = "Public. The running totals of every "
            + "contest of the election per unit (region or city of national significance), from the precincts that "
            + "reported: live, not tied to a published version; the units of a contest add up to its national totals. "
            + "JSON, or CSV (UTF-8 with a byte-order mark) with ?format=csv or Accept: text/csv: one row per unit and "
            + "ballot option, then one for \"against all\" and one for the invalid ballots.")
    @APIResponse(responseCode = "200", description = "The units that reported",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenResults.UnitResults.class)),
                    @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = UNITS_CSV_EXAMPLE))})
    @APIResponse(responseCode = "404", description = "No contest of the election has protocols (or no such election)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response units(@PathParam("code") String idOrCode, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        OpenResults.UnitResults results = open.units(code);
        return live(format, accept, results, () -> OpenResults.csv(results), code + "-units.csv");
    }

    /** Live figures, as JSON or CSV: shared caches may keep them as briefly as "latest". */
    private static Response live(String format, String accept, Object json, Supplier<String> csv, String fileName) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(5);
        Response.ResponseBuilder response = OpenCsv.wanted(format, accept) ? OpenCsv.ok(csv.get(), fileName)
                : Response.ok(json, MediaType.APPLICATION_JSON);
        return response.cacheControl(cache).build();
    }

    private static Response respond(ResultsFeed.Rendered rendered, String format, String accept, String ifNoneMatch,
            int maxAge, boolean immutable) {
        boolean csv = OpenCsv.wanted(format, accept);
        String etag = csv ? "\"csv-" + rendered.etag().substring(1) : rendered.etag();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAge);
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).cacheControl(cache).build();
        }
        Response.ResponseBuilder response = csv
                ? OpenCsv.ok(rendered.csv(), rendered.electionCode() + "-v" + rendered.number() + ".csv")
                : Response.ok(rendered.json(), MediaType.APPLICATION_JSON);
        response.header(HttpHeaders.ETAG, etag);
        if (immutable) { // one Cache-Control header, as PreparedResults answers it
            response.header(HttpHeaders.CACHE_CONTROL, PreparedResults.VERSION_CACHE);
        } else {
            response.cacheControl(cache);
        }
        return response.build();
    }

}
