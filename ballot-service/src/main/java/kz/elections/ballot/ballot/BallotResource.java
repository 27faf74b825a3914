package kz.elections.ballot.ballot;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.ballot.ballot.BallotApi.BallotView;
import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;

@Path("/api/v1/ballots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ballots")
@SecurityRequirement(name = "bearer")
public class BallotResource {

    @Inject
    BallotService ballots;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Compose a draft ballot from the registry",
            description = "Commission staff of the contest's territory. Candidates in Kazakh alphabetical order, party lists in "
                    + "the order of the recorded lot, then \"against all\". Replaces an earlier draft. 503 with Retry-After "
                    + "when the registry does not answer (nothing is written).")
    public Response compose(@NotNull @Valid BallotApi.ComposeRequest request) {
        Ballot ballot = ballots.compose(request.contest(), request.reason(), caller::mayActIn, caller.subject());
        return Response.created(URI.create("/api/v1/ballots/" + ballot.id)).entity(BallotView.of(ballot)).build();
    }

    @GET
    @RolesAllowed({Roles.COMMISSION, Roles.OBSERVER})
    @Operation(summary = "Drafts and versions of a contest's ballot", description = "Commission staff and observers.")
    public List<BallotView> list(@QueryParam("contest") String contest) {
        if (contest == null || contest.isBlank()) {
            throw ProblemException.invalid("contest", "is required: the contest code");
        }
        return Ballot.listFor(contest).stream().map(BallotView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COMMISSION, Roles.OBSERVER})
    @Operation(summary = "One ballot", description = "Commission staff and observers.")
    public BallotView get(@PathParam("id") UUID id) {
        Ballot ballot = Ballot.findById(id);
        if (ballot == null) {
            throw ProblemException.notFound("Ballot", id);
        }
        return BallotView.of(ballot);
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Approve a draft", description = "Commission staff of the contest's territory. The draft becomes the "
            + "contest's next version, frozen with its content hash; the version it replaces stays readable.")
    public BallotView approve(@PathParam("id") UUID id) {
        Ballot ballot = Ballot.findById(id);
        if (ballot == null) {
            throw ProblemException.notFound("Ballot", id);
        }
        ballots.contestFor(ballot.contestCode, caller::mayActIn);
        return BallotView.of(ballots.approve(id, caller.subject()));
    }
}
