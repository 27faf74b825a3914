package kz.elections.results.turnout;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.elections.common.Caller;
import kz.elections.common.Problem;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.audit.CanonicalJson;
import kz.elections.common.idempotency.RequestFingerprints;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.observer.ObserverAccess;
import kz.elections.results.contest.ContestSync;
import kz.elections.results.publication.OpenCsv;
import kz.elections.results.turnout.TurnoutApi.ElectionTurnout;
import kz.elections.results.turnout.TurnoutApi.MissingReports;
import kz.elections.results.turnout.TurnoutApi.ReportView;
import kz.elections.results.turnout.TurnoutApi.TurnoutRequest;

@Path(TurnoutResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Turnout through the day")
public class TurnoutResource {

    static final String PATH = "/api/v1/elections/{code}/turnout";
    private static final String CSV_EXAMPLE = TurnoutAggregates.HEADER + """

            mazhilis-2023,10:00,false,KZ,4980,5027,1402311,11912044,1520,12035578,11.77
            mazhilis-2023,10:00,false,KZ-75,412,415,160230,1228000,130,1236000,13.05
            """;

    @Inject
    ObserverAccess observers;

    @Inject
    TurnoutService turnout;

    @Inject
    TurnoutAggregates aggregates;

    @Inject
    ContestSync contests;

    @Inject
    Caller caller;

    @Inject
    RequestFingerprints fingerprints;

    @Inject
    ObjectMapper json;

    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TABULATOR, Roles.COMMISSION})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Report turnout at a reporting time",
            description = "Tabulators (and commission staff) of the precinct's territory, as for protocols. One report per "
                    + "precinct and reporting time of the election (default 10:00, 12:00, 14:00, 16:00, 18:00 and the close "
                    + "at 20:00, local time of the precinct's unit; configuration per election, tizim.turnout.*: the law "
                    + "names no times, this is the commission's procedure). Refused with 422 (type turnout-rules-failed) "
                    + "naming every failed rule: voted above the list + added (CL Art. 43), lower than the precinct's figure "
                    + "at an earlier time or higher than at a later one, a time after the close or not a reporting time, a "
                    + "time that has not come yet on election day. The list is the precinct's as ballot-service gives it. "
                    + "The same figures again, or a retry with the same Idempotency-Key and request, answer 200 with the "
                    + "report; the same key with another request is refused with 422 (idempotency-key-reused). Another "
                    + "figure for a time reported: 409 (turnout-report-exists) unless sent as a correction with a reason, "
                    + "which becomes the next version (201) and is audited with the figures before and after.")
    @APIResponse(responseCode = "201", description = "Accepted: a precinct's first report at the time, or a correction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "200", description = "A retry: the report accepted earlier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "422", description = "A rule fails, or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("code") String idOrCode,
            @HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey, @NotNull @Valid TurnoutRequest request) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        ContestRecord contest = contests.stored(request.contest());
        if (!contest.electionCode.equals(code)) {
            throw ProblemException.invalid("contest", request.contest() + " is not a contest of election " + code);
        }
        String path = "/api/v1/elections/" + code + "/turnout/reports";
        TurnoutService.Accepted accepted = turnout.submit(request,
                fingerprints.of(idempotencyKey, HttpMethod.POST, path, request), caller.subject(), this::mayActIn);
        return accepted.created()
                ? Response.created(URI.create(path + "?precinct=" + accepted.report().precinctId)).entity(accepted.view()).build()
                : Response.ok(accepted.view()).build();
    }

    @GET
    @Path("reports")
    @RolesAllowed({Roles.TABULATOR, Roles.COMMISSION, Roles.OBSERVER})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Turnout reports of an election", description = "Every version, current ones marked; one "
            + "precinct's with ?precinct=. Tabulators and commission staff read their territory's (KZ: all); observers "
            + "read those of the territory and period of their accreditation (CL Art. 20, 20-1).")
    public List<ReportView> reports(@PathParam("code") String idOrCode, @QueryParam("precinct") UUID precinct) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        if (observers.applies()) {
            observers.requireAny();
            return turnout.history(code, precinct, observers::sees);
        }
        return turnout.history(code, precinct, this::mayActIn);
    }

    @GET
    @Path("missing")
    @RolesAllowed({Roles.TABULATOR, Roles.COMMISSION})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Precincts that have not reported at a time", description = "The commission's queue, not public: "
            + "tabulators and commission staff see the precincts of their territory (KZ: all) without a current report at "
            + "the reporting time (HH:mm), by unit and number; due says whether the time has come on election day.")
    public MissingReports missing(@PathParam("code") String idOrCode, @QueryParam("time") String time) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        String territory = caller.territory()
                .orElseThrow(() -> ProblemException.forbidden("The queue is a territory's: the token names no territory"));
        return turnout.missing(code, TurnoutSchedules.parse("time", time), territory);
    }

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, OpenCsv.MEDIA_TYPE})
    @Operation(summary = "Turnout through the day, per unit and for the nation", description = "Public, live. For each "
            + "reporting time (the close last): the nation (unitCode KZ) and each unit, with precincts reported of all, "
            + "the voters who have voted and the list (+ added) of the precincts that reported, and the percentage of "
            + "them, exact to two places. JSON, or CSV (UTF-8 with a byte-order mark) with ?format=csv or Accept: "
            + "text/csv, one row per time and unit. ETag and If-None-Match (304); cacheable for 5 seconds. The push feed "
            + "(…/results/stream) sends an event named turnout as reports arrive.")
    @APIResponse(responseCode = "200", description = "The turnout",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ElectionTurnout.class)),
                    @Content(mediaType = OpenCsv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "404", description = "No precincts of the election are known here (or no such election)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response figures(@PathParam("code") String idOrCode, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) @DefaultValue(MediaType.APPLICATION_JSON) String accept,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        ElectionTurnout figures = aggregates.of(code);
        boolean csv = OpenCsv.wanted(format, accept);
        String body = csv ? TurnoutAggregates.csv(figures) : json(figures);
        String etag = "\"" + (csv ? "csv-" : "") + CanonicalJson.sha256(body).substring(0, 32) + "\"";
        CacheControl cache = new CacheControl();
        cache.setMaxAge(5);
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).cacheControl(cache).build();
        }
        Response.ResponseBuilder response = csv ? OpenCsv.ok(body, code + "-turnout.csv")
                : Response.ok(body, MediaType.APPLICATION_JSON);
        return response.header(HttpHeaders.ETAG, etag).cacheControl(cache).build();
    }

    private String json(ElectionTurnout figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("turnout of " + figures.electionCode() + " not rendered", e);
        }
    }

    /** Tabulators and commission staff act in their territory; KZ is everywhere. */
    private boolean mayActIn(String unit) {
        Optional<String> territory = caller.territory();
        return territory.filter(t -> t.equals(Roles.CENTRAL_TERRITORY) || t.equals(unit)).isPresent();
    }
}
