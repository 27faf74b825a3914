package kz.elections.registry.appeal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.transaction.Transactional;
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

import kz.elections.common.Caller;
import kz.elections.common.Enums;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.law.nomination.Route;
import kz.elections.registry.nomination.Nomination;
import kz.elections.registry.nomination.PartyList;

/** Appeals against a refusal to register a candidate or a party list (CL Art. 87, 103, 113-1). */
@Path("/api/v1/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals")
@SecurityRequirement(name = "bearer")
public class AppealResource {

    @Inject
    AppealService appeals;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.PARTY_AGENT, Roles.COMMISSION})
    @Operation(summary = "Appeal a refusal to register",
            description = "The self-nominated citizen who filed the nomination, or the nominating party's agent (for its "
                    + "nomination or its list); another's nomination or list is 404. A public association files on paper, as "
                    + "it nominates: commission staff of the contest's territory (or the central commission) record its "
                    + "appeal against the refusal of its nominee; commission staff may record no other appeal (403). "
                    + "Only a REFUSED one (else 409 with its "
                    + "state), one open appeal at a time (409 appeal-pending), within the election's appeal days of the "
                    + "refusal: 7 for the Mazhilis and maslikhats, 3 for akims (`tizim.election.<kind>.appeal-days`), the last "
                    + "day ending at local midnight; later is 409 appeal-late naming the `deadline`. The central commission "
                    + "decides.")
    @Transactional // the nomination or list is read, checked and appealed in one transaction
    public Response file(@NotNull @Valid AppealApi.AppealRequest request) {
        if ((request.nominationId() == null) == (request.partyListId() == null)) {
            throw ProblemException.invalid("nominationId", "name exactly one of nominationId and partyListId");
        }
        AppealService.Target target = request.nominationId() != null ? ownNomination(request.nominationId())
                : ownList(request.partyListId());
        Appeal appeal = appeals.file(target, request.grounds(), caller.subject());
        return Response.created(URI.create("/api/v1/appeals/" + appeal.id)).entity(AppealApi.view(appeal)).build();
    }

    @GET
    @RolesAllowed({Roles.COMMISSION, Roles.CITIZEN, Roles.PARTY_AGENT})
    @Operation(summary = "Appeals", description = "Commission staff: all, by status (the central commission's queue: "
            + "status=FILED); a citizen the appeals they filed; a party agent its party's.")
    public List<AppealApi.AppealView> list(@QueryParam("status") String statusParameter) {
        AppealStatus status = Enums.parse(AppealStatus.class, "status", statusParameter);
        return Appeal.listByStatus(status).stream().filter(this::readable).map(AppealApi::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COMMISSION, Roles.CITIZEN, Roles.PARTY_AGENT})
    @Operation(summary = "One appeal", description = "As the list: anyone else gets 404.")
    public AppealApi.AppealView get(@PathParam("id") UUID id) {
        Appeal appeal = Appeal.findById(id);
        if (appeal == null || !readable(appeal)) {
            throw ProblemException.notFound("Appeal", id);
        }
        return AppealApi.view(appeal);
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Decide an appeal", description = "The central commission (the higher commission of every "
            + "territorial one; territory KZ), else 403. UPHOLD registers the refused nomination or list, recording the "
            + "appeal with it (`registeredOnAppeal`); DISMISS needs a reason. Only a FILED appeal (else 409 with its state), "
            + "before election day.")
    public AppealApi.AppealView decide(@PathParam("id") UUID id, @NotNull @Valid AppealApi.DecisionRequest request) {
        if (!caller.isCentralCommission()) {
            throw ProblemException.forbidden("Appeals are decided by the central commission");
        }
        return AppealApi.view(appeals.decide(id, request.decision(), request.reason(), caller.subject()));
    }

    private boolean readable(Appeal appeal) {
        if (caller.is(Roles.COMMISSION)) {
            return true;
        }
        if (caller.is(Roles.PARTY_AGENT)) {
            return appeal.partyId != null && caller.party().filter(appeal.partyId::equals).isPresent();
        }
        return appeal.filedBy.equals(caller.subject()) && appeal.partyId == null;
    }

    private AppealService.Target ownNomination(UUID id) {
        Nomination n = Nomination.findById(id);
        if (caller.is(Roles.COMMISSION)) {
            return associationsNomination(n, id);
        }
        boolean own = n != null && n.partyListId == null
                && ((caller.is(Roles.CITIZEN) && n.route == Route.SELF && n.submittedBy.equals(caller.subject()))
                        || (caller.is(Roles.PARTY_AGENT) && n.partyId != null
                                && caller.party().filter(n.partyId::equals).isPresent()));
        if (!own) {
            throw ProblemException.notFound("Nomination", id);
        }
        return AppealService.Target.of(n);
    }

    /**
     * A public association's nomination whose appeal commission staff record: the association has no account, so its
     * paper appeal is entered by the commission of the contest's territory, as its nomination was.
     */
    private AppealService.Target associationsNomination(Nomination n, UUID id) {
        if (n == null) {
            throw ProblemException.notFound("Nomination", id);
        }
        if (n.route != Route.PUBLIC_ASSOCIATION) {
            throw ProblemException.forbidden("Commission staff record only a public association's appeal; the citizen or "
                    + "the party appeals its own nomination");
        }
        if (!caller.mayActIn(n.contest.unitCode)) {
            throw ProblemException.forbidden("The contest is in " + (n.contest.unitCode == null ? "KZ" : n.contest.unitCode)
                    + ", outside your territory");
        }
        return AppealService.Target.of(n);
    }

    private AppealService.Target ownList(UUID id) {
        if (caller.is(Roles.COMMISSION)) {
            throw ProblemException.forbidden("A party appeals its own list; commission staff record only a public "
                    + "association's appeal");
        }
        PartyList list = PartyList.findById(id);
        if (list == null || !caller.is(Roles.PARTY_AGENT) || caller.party().filter(list.partyId::equals).isEmpty()) {
            throw ProblemException.notFound("Party list", id);
        }
        return AppealService.Target.of(list);
    }
}
