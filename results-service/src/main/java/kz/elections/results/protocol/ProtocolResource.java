package kz.elections.results.protocol;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.idempotency.RequestFingerprints;
import kz.elections.results.contest.ContestPrecinct;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.observer.ObserverAccess;
import kz.elections.results.protocol.ProtocolApi.ProtocolView;

@Path(ProtocolResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Protocols")
@SecurityRequirement(name = "bearer")
public class ProtocolResource {

    static final String PATH = "/api/v1/protocols";

    @Inject
    ProtocolService protocols;

    @Inject
    Caller caller;

    @Inject
    RequestFingerprints fingerprints;

    @Inject
    ObserverAccess observers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TABULATOR, Roles.COMMISSION})
    @Operation(summary = "Submit a precinct protocol",
            description = "Tabulators (and commission staff) of the precinct's territory. Refused with 409 if counted on a "
                    + "ballot hash other than the approved one, 422 naming every failed control relation with its figures, "
                    + "400 if the votes do not match the ballot's options. A retry with the same Idempotency-Key and the same "
                    + "request, or the same figures again, answers 200 with the accepted protocol; the same key with "
                    + "another request (other figures, another precinct, a correction) is refused with 422 (type "
                    + "idempotency-key-reused). Other figures for a precinct that has a "
                    + "protocol: 409, unless it is a correction with a reason, which becomes the next version (201). Once the "
                    + "election's results are certified (a final version), new figures are refused with 409 "
                    + "(type results-certified) until a commission member reopens the results.")
    @APIResponse(responseCode = "201", description = "Accepted: a precinct's first protocol, or a correction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProtocolView.class)))
    @APIResponse(responseCode = "200", description = "A retry: the protocol accepted earlier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProtocolView.class)))
    public Uni<Response> submit(@HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey,
            @NotNull @Valid ProtocolApi.ProtocolRequest request) {
        // A Uni: this runs on the event loop, which reads the body before; ProtocolService moves what may block.
        return protocols.submitting(request, fingerprints.of(idempotencyKey, HttpMethod.POST, PATH, request),
                caller.subject(), this::mayActIn, true).map(ProtocolResource::answer);
    }

    private static Response answer(ProtocolService.Accepted accepted) {
        // The view is already JSON (the audit record holds the same): sent as its bytes, not rendered again. As a
        // String it went through the JSON writer (a stream and a copy); bytes are written to the response as they are.
        byte[] view = accepted.view().getBytes(StandardCharsets.UTF_8);
        return accepted.created()
                ? Response.created(URI.create("/api/v1/protocols/" + accepted.protocol().id)).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @RolesAllowed({Roles.TABULATOR, Roles.COMMISSION, Roles.OBSERVER})
    @Operation(summary = "Protocols of a contest", description = "Tabulators, commission staff and observers; every version, "
            + "current ones marked. An observer reads by its accreditation: a contest of a unit, or a precinct, only with an "
            + "accreditation of that unit (or KZ); of a national contest only its own unit's protocols (all of them with KZ); "
            + "403 saying why otherwise (expired, revoked, another territory, not accredited).")
    public List<ProtocolView> list(@QueryParam("contest") String contest, @QueryParam("precinct") UUID precinct) {
        if (contest == null || contest.isBlank()) {
            throw ProblemException.invalid("contest", "is required: the contest code");
        }
        if (observers.applies()) {
            observers.requireAny();
            ContestRecord record = ContestRecord.findById(contest);
            if (record != null && record.unitCode != null) {
                observers.require(record.unitCode);
            }
            if (precinct != null) {
                ContestPrecinct.<ContestPrecinct>find("contestCode = ?1 and precinctId = ?2", contest, precinct)
                        .firstResultOptional().ifPresent(p -> observers.require(p.unitCode));
            }
        }
        List<Protocol> found = precinct == null
                ? Protocol.list("contestCode = ?1 order by unitCode, precinctId, version", contest)
                : Protocol.list("contestCode = ?1 and precinctId = ?2 order by version", contest, precinct);
        return found.stream().filter(p -> observers.sees(p.unitCode)).map(ProtocolView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.TABULATOR, Roles.COMMISSION, Roles.OBSERVER})
    @Operation(summary = "One protocol version", description = "Tabulators, commission staff and observers accredited for its "
            + "unit (or KZ); 403 saying why to other observers.")
    public ProtocolView get(@PathParam("id") UUID id) {
        Protocol protocol = Protocol.findById(id);
        if (protocol == null) {
            throw ProblemException.notFound("Protocol", id);
        }
        observers.require(protocol.unitCode);
        return ProtocolView.of(protocol);
    }

    /** Tabulators and commission staff act in their territory; KZ is everywhere. */
    private boolean mayActIn(String unit) {
        Optional<String> territory = caller.territory();
        return territory.filter(t -> t.equals(Roles.CENTRAL_TERRITORY) || t.equals(unit)).isPresent();
    }
}
