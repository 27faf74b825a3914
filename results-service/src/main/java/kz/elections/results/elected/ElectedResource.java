package kz.elections.results.elected;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Caller;
import kz.elections.common.Problem;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.results.contest.ContestRecord;

@Path("/api/v1/contests/{code}/elected")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Elected")
public class ElectedResource {

    private static final String EXAMPLE = """
            {"contestCode": "mazhilis-2023.smd-75-01", "status": "COMPLETE", "outcome": "ELECTED", "note": null,
             "elected": [{"nominationId": "cf710fff-3080-420d-bf4e-0fc85b74a7f1", "nameKk": "Әбілов Ерлан Серікұлы",
               "nameRu": "Абилов Ерлан Серикович", "yearOfBirth": 1970, "occupation": "инженер",
               "residence": "Алматы қаласы", "nominatedBy": "self-nominated"}],
             "tied": [], "parties": [], "lotBetween": [], "partyDeadline": null}
            """;

    public record ChoiceRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> candidates) {
    }

    @Inject
    ElectedService elected;

    @Inject
    Caller caller;

    @Inject
    MandateReport mandateReport;

    @GET
    @PermitAll
    @Operation(summary = "The elected of a contest", description = "Public. Single-seat: the plurality winner, "
            + "matched by registration id; a tie for first is outcome REPEAT_VOTE_REQUIRED (more than two stood) or "
            + "REPEAT_ELECTION_REQUIRED (exactly two stood; every akim race) with the tied candidates. Party lists: per party "
            + "its seats, the candidates taking them once named, and the seats its list is too short to fill (vacant); a tie "
            + "for next-largest list is outcome LOT_REQUIRED with lotBetween; once the final results are certified, "
            + "partyDeadline: until when parties name their elected. status: PROVISIONAL while precincts report, COMPLETE "
            + "once every seat is taken or vacant, AWAITING_PARTIES, or UNDECIDED (a repeat, a lot or no allocation).")
    @APIResponse(responseCode = "200", description = "The contest's elected", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ElectedService.Elected.class),
            examples = @ExampleObject(name = "a district's winner", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No protocol of the contest has arrived (or no such contest)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ElectedService.Elected get(@PathParam("code") String code) {
        return elected.elected(ContestRecord.codeOf(code));
    }

    @PUT
    @Path("{party}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTY_AGENT)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "A party names who takes its seats", description = "The party's own agent, once every precinct "
            + "has reported: as many registered list candidates as seats won, each once (a list shorter than its seats names "
            + "all its candidates; the other seats stay vacant); on a Mazhilis list at least 30 % of them (rounded up) "
            + "women, youth or persons with disabilities, as far as the list has them. The party may name them (and "
            + "name them again) until its time ends: 10 calendar days (maslikhat 5) after the day the election's final "
            + "results are first certified, the last day ending at midnight Asia/Almaty (policy: the law does not say "
            + "what the days count from; tizim.elected.*). Later: 409 party-deadline-passed, naming the deadline. While the "
            + "election's results are certified, a new final version (same figures) is published showing the names; "
            + "otherwise the next version published shows them.")
    public ElectedService.Elected choose(@PathParam("code") String code, @PathParam("party") UUID party,
            @NotNull @Valid ChoiceRequest request) {
        if (caller.party().filter(party::equals).isEmpty()) {
            throw ProblemException.forbidden("A party agent names the elected of its own party only");
        }
        ElectedService.Elected named = elected.assign(ContestRecord.codeOf(code), party, request.candidates(),
                caller.subject());
        mandateReport.reportAfterCommit(elected.contestOf(named.contestCode()).electionCode);
        return named;
    }

    @POST
    @Path("{party}/by-list-order")
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The commission assigns a party's seats", description = "Commission staff of the contest's "
            + "territory, when the party has not named its elected in time: the list's candidates in Kazakh "
            + "alphabetical order (on a Mazhilis list quota candidates first until the 30 % seat quota holds; seats the list "
            + "cannot fill stay vacant). 409 results-not-certified before the final results are certified, 409 "
            + "party-deadline-running while the party's time runs (with the deadline), 409 party-named if it named them. A new "
            + "final version (same figures) is published showing the names.")
    public ElectedService.Elected byListOrder(@PathParam("code") String code, @PathParam("party") UUID party) {
        String contest = ContestRecord.codeOf(code);
        if (!caller.mayActIn(elected.contestOf(contest).unitCode)) {
            throw ProblemException.forbidden("A commission acts only inside its territory");
        }
        ElectedService.Elected assigned = elected.assignByListOrder(contest, party, caller.subject());
        mandateReport.reportAfterCommit(elected.contestOf(contest).electionCode);
        return assigned;
    }
}
