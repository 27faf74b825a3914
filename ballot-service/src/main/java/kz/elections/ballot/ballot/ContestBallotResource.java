package kz.elections.ballot.ballot;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.ballot.ballot.BallotApi.BallotView;
import kz.elections.ballot.ballot.BallotApi.LotView;
import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.json.JsonCanonicalization;

/** A contest's approved ballot and lot, served from what this service holds: no registry call. */
@Path("/api/v1/contests/{idOrCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ballots")
public class ContestBallotResource {

    @Inject
    BallotService ballots;

    @Inject
    Caller caller;

    @GET
    @Path("ballot")
    @PermitAll
    @Operation(summary = "The approved ballot of a contest", description = "Public: the current version with its content hash. "
            + "The contest by its code or the registry's id.")
    public BallotView approved(@PathParam("idOrCode") String idOrCode) {
        String code = Ballot.codeOf(idOrCode);
        return BallotView.of(Ballot.findApproved(code)
                .orElseThrow(() -> ProblemException.notFound("Approved ballot of contest", code)));
    }

    @GET
    @Path("ballot/versions/{version}")
    @PermitAll
    @Operation(summary = "One approved version, current or superseded", description = "Public.")
    public BallotView version(@PathParam("idOrCode") String idOrCode, @PathParam("version") int version) {
        String code = Ballot.codeOf(idOrCode);
        return BallotView.of(Ballot.findVersion(code, version)
                .orElseThrow(() -> ProblemException.notFound("Ballot version " + version + " of contest", code)));
    }

    @GET
    @Path("ballot/versions/{version}/canonical")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One approved version's document in its canonical form, the bytes its content hash is over",
            description = "Public. The `document` of the version in the JSON Canonicalization Scheme (RFC 8785), UTF-8: "
                    + "the SHA-256 of exactly these bytes is the version's `contentHash` (`curl … | sha256sum`). The same "
                    + "text comes from canonicalizing the `document` of `GET …/ballot/versions/{version}` with any RFC 8785 "
                    + "implementation.")
    @APIResponse(responseCode = "200", description = "The canonical document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, example = "{\"contestCode\":\"mazhilis-2023.list\",\"contestKind\":"
                    + "\"PARTY_LIST\",\"electionCode\":\"mazhilis-2023\",\"electionDay\":\"2023-03-19\",\"options\":[…]}"))
    @APIResponse(responseCode = "404", description = "No such approved version", content = @Content(
            mediaType = "application/problem+json"))
    public String canonical(@PathParam("idOrCode") String idOrCode, @PathParam("version") int version) {
        String code = Ballot.codeOf(idOrCode);
        Ballot ballot = Ballot.findVersion(code, version)
                .orElseThrow(() -> ProblemException.notFound("Ballot version " + version + " of contest", code));
        return JsonCanonicalization.canonicalize(ballot.document);
    }

    @GET
    @Path("lot")
    @PermitAll
    @Operation(summary = "The recorded lot order of a party-list contest", description = "Public.")
    public LotView lot(@PathParam("idOrCode") String idOrCode) {
        String code = Ballot.codeOf(idOrCode);
        Lot lot = Lot.findById(code);
        if (lot == null) {
            throw ProblemException.notFound("Lot of contest", code);
        }
        return LotView.of(lot);
    }

    @PUT
    @Path("lot")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record the lot order", description = "Commission staff of the contest's territory, before its "
            + "ballot is approved: the parties in the order drawn, who drew and when.")
    public LotView recordLot(@PathParam("idOrCode") String idOrCode, @NotNull @Valid BallotApi.LotRequest request) {
        return LotView.of(ballots.recordLot(ballots.contestFor(idOrCode, caller::mayActIn), request, caller.subject()));
    }
}
