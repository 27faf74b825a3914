package kz.elections.registry.nomination;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Caller;
import kz.elections.common.IfMatch;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.nomination.NominationApi.PartyListView;
import kz.elections.law.election.ContestKind;

@Path("/api/v1/party-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Party lists")
@SecurityRequirement(name = "bearer")
public class PartyListResource {

    @Inject
    PartyListService partyLists;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTY_AGENT)
    @Operation(summary = "Submit a party list", description = "The party's agent, for a party-list contest: the ordered "
            + "candidates, first name first. Checked as a whole (at most seats + 30 % names rounded up, each person once, "
            + "the 30 % quota rounded up) and per candidate (age, residence, declarations, membership, one constituency); "
            + "any failure is a 422 naming every rule and candidate, and nothing is stored.")
    public Response submit(@NotNull @Valid NominationApi.PartyListRequest request) {
        if (caller.party().filter(request.partyId()::equals).isEmpty()) {
            throw ProblemException.forbidden("A party agent submits lists only for its own party");
        }
        Contest contest = ContestResource.find(request.contest());
        if (contest.kind != ContestKind.PARTY_LIST) {
            throw ProblemException.invalid("contest", contest.code + " is not a party-list contest");
        }
        PartyList list = partyLists.submitList(contest, request, new NominationService.Filer(caller.subject(),
                java.util.Optional.empty()));
        return Response.created(URI.create("/api/v1/party-lists/" + list.id)).tag(etag(list))
                .entity(partyLists.listView(list)).build();
    }

    @GET
    @RolesAllowed({Roles.PARTY_AGENT, Roles.COMMISSION})
    @Operation(summary = "Party lists", description = "Commission staff see all; a party agent its party's.")
    public List<PartyListView> list() {
        List<PartyList> lists = caller.is(Roles.COMMISSION) ? PartyList.listAll()
                : PartyList.list("partyId", caller.party().orElse(new UUID(0, 0)));
        return lists.stream().map(partyLists::listView).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PARTY_AGENT, Roles.COMMISSION})
    @Operation(summary = "One party list with its quota count", description = "Commission staff, or the party's own agent.")
    public Response get(@PathParam("id") UUID id) {
        PartyList list = readable(id);
        return Response.ok(partyLists.listView(list)).tag(etag(list)).build();
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Register, refuse or cancel a list", description = "Commission staff of the list contest's "
            + "territory (the Mazhilis list: the central commission). The decision applies to every candidate on it.")
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid NominationApi.DecisionRequest decision) {
        requireTerritory(id);
        if (decision.action() == NominationStatus.Action.WITHDRAW) {
            throw ProblemException.invalid("action", "the party withdraws its list: POST …/withdrawal");
        }
        PartyList list = partyLists.decideList(id, decision.action(), decision.grounds(), IfMatch.version(ifMatch),
                caller.subject());
        return Response.ok(partyLists.listView(list)).tag(etag(list)).build();
    }

    @POST
    @Path("{id}/deposit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Record the list's deposit paid", description = "Commission staff of the contest's territory.")
    public PartyListView deposit(@PathParam("id") UUID id, @NotNull @Valid NominationApi.DepositRequest deposit) {
        requireTerritory(id);
        return partyLists.listView(partyLists.recordListDeposit(id, deposit.amount(), caller.subject()));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.PARTY_AGENT)
    @Operation(summary = "Withdraw the list", description = "The party's own agent, until election day.")
    public PartyListView withdraw(@PathParam("id") UUID id) {
        readable(id);
        return partyLists.listView(partyLists.withdrawList(id, caller.subject()));
    }

    @POST
    @Path("{id}/removals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTY_AGENT)
    @Operation(summary = "Remove a candidate from the registered list",
            description = "The party's own agent (another party's gets 404), before election day, on a REGISTERED list "
                    + "(else 409 with its state). The candidate's nomination becomes WITHDRAWN and the names after it move "
                    + "up; the list must still meet the cap and the 30 % quota (else 422 naming the rules, nothing changes). "
                    + "Once more than half of the names the list was filed with have left, the list's registration is "
                    + "CANCELLED with every candidate on it (exactly half keeps it).")
    public PartyListView remove(@PathParam("id") UUID id, @NotNull @Valid NominationApi.ListRemovalRequest request) {
        readable(id);
        return partyLists.listView(partyLists.removeCandidate(id, request.nominationId(), request.reason(), caller.subject()));
    }

    @jakarta.ws.rs.PUT
    @Path("{id}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTY_AGENT)
    @Operation(summary = "Change the order of the registered list",
            description = "The party's own agent, by application, before election day, on a REGISTERED list. `order` names "
                    + "every candidate on the list exactly once (else 400); the cap and quota are checked again (422).")
    public PartyListView reorder(@PathParam("id") UUID id, @NotNull @Valid NominationApi.ListOrderRequest request) {
        readable(id);
        return partyLists.listView(partyLists.reorder(id, request.order(), caller.subject()));
    }

    @jakarta.ws.rs.PUT
    @Path("{id}/programme")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTY_AGENT)
    @Operation(summary = "Publish the election programme of a registered party list",
            description = "The party's agent (another party's agent gets 404). Only a REGISTERED list (else 409). Shown on "
                    + "the public page of each of its candidates. Same limits as a candidate's programme.")
    public NominationApi.ProgrammeView publishProgramme(@PathParam("id") UUID id,
            @NotNull @Valid NominationApi.ProgrammeRequest request) {
        readable(id);
        return ProgrammeService.view(programmes.publishForList(id, request, caller.subject()));
    }

    @Inject
    ProgrammeService programmes;

    private PartyList readable(UUID id) {
        PartyList list = PartyList.findById(id);
        boolean allowed = list != null && (caller.is(Roles.COMMISSION) || caller.party().filter(list.partyId::equals).isPresent());
        if (!allowed) {
            throw ProblemException.notFound("Party list", id);
        }
        return list;
    }

    private void requireTerritory(UUID id) {
        PartyList list = PartyList.findById(id);
        if (list == null) {
            throw ProblemException.notFound("Party list", id);
        }
        if (!caller.mayActIn(list.contest.unitCode)) {
            throw ProblemException.forbidden("A commission acts only inside its territory");
        }
    }

    private static EntityTag etag(PartyList list) {
        return new EntityTag(String.valueOf(list.version));
    }
}
