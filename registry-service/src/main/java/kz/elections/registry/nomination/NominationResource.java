package kz.elections.registry.nomination;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Caller;
import kz.elections.common.Enums;
import kz.elections.common.IfMatch;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.idempotency.IdempotentRequest;
import kz.elections.common.idempotency.RequestFingerprints;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.nomination.NominationApi.NominationView;
import kz.elections.law.election.ContestKind;
import kz.elections.law.nomination.NominationRules;
import kz.elections.law.nomination.Route;

@Path(NominationResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nominations")
@SecurityRequirement(name = "bearer")
public class NominationResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    static final String PATH = "/api/v1/nominations";

    @Inject
    NominationService nominations;

    @Inject
    Caller caller;

    @Inject
    RequestFingerprints fingerprints;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.PARTY_AGENT, Roles.COMMISSION})
    @kz.elections.common.ratelimit.RateLimited(value = "self-nomination", exemptRoles = {Roles.PARTY_AGENT, Roles.COMMISSION})
    @Transactional // the contest is read, the filing checked and stored in one transaction, on one connection
    @Operation(summary = "Nominate a candidate",
            description = "SELF: a citizen, for single-mandate and akim contests. PARTY: the party's agent (the party in its "
                    + "token), or commission staff of the contest's territory. PUBLIC_ASSOCIATION: commission staff, for "
                    + "single-mandate contests. The pre-check runs first: any failed rule is a 422 naming every one "
                    + "(nothing is stored); a deposit still to pay does not block filing, only registration. The same "
                    + "person may hold one active nomination per election (409). With an Idempotency-Key, a retried "
                    + "request answers with the nomination it created (200) and creates nothing new; the same key with "
                    + "another request is refused with 422 (type idempotency-key-reused).")
    public Response submit(@HeaderParam(IDEMPOTENCY_KEY) @Size(max = 100) String idempotencyKey,
            @NotNull @Valid NominationApi.NominationRequest request) {
        Optional<IdempotentRequest> key = fingerprints.of(idempotencyKey, HttpMethod.POST, PATH, request);
        if (key.isPresent()) {
            Optional<Nomination> earlier = Nomination.findByIdempotencyKey(caller.subject(), key.get().key());
            if (earlier.isPresent()) {
                key.get().requireSameAs(earlier.get().requestFingerprint);
                return Response.ok(nominations.view(earlier.get(), null)).tag(etag(earlier.get())).build();
            }
        }
        Contest contest = ContestResource.findToRead(request.contest());
        authorizeFiling(contest, request);
        NominationService.Submitted filed = nominations.submit(contest, request, new NominationService.Filer(caller.subject(), key));
        Nomination nomination = filed.nomination();
        // The view is already JSON (the audit record holds the same): sent as its bytes, not rendered again.
        return Response.created(URI.create(PATH + "/" + nomination.id)).tag(etag(nomination))
                .entity(filed.view().getBytes(StandardCharsets.UTF_8)).build();
    }

    /**
     * The nomination {@link #submit} answered with, for a caller in this service (the pages): a new one is named by
     * the answer's Location (its body is JSON bytes), one filed earlier under the same Idempotency-Key is the entity.
     */
    public static UUID filedId(Response submitted) {
        if (submitted.getEntity() instanceof NominationView earlier) {
            return earlier.id();
        }
        String path = submitted.getLocation().getPath();
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    private void authorizeFiling(Contest contest, NominationApi.NominationRequest request) {
        if (contest.kind == ContestKind.PARTY_LIST) {
            throw ProblemException.invalid("contest", "a party-list contest takes whole lists: POST /api/v1/party-lists");
        }
        switch (request.route()) {
            case SELF -> {
                if (!caller.is(Roles.CITIZEN)) {
                    throw ProblemException.forbidden("Only a signed-in citizen nominates themself");
                }
            }
            case PARTY -> {
                if (request.partyId() == null) {
                    throw ProblemException.invalid("partyId", "is required for a party nomination");
                }
                boolean ownAgent = caller.is(Roles.PARTY_AGENT) && caller.party().filter(request.partyId()::equals).isPresent();
                if (!ownAgent && !caller.mayActIn(contest.unitCode)) {
                    throw ProblemException.forbidden("A party agent nominates only for its own party");
                }
            }
            case PUBLIC_ASSOCIATION -> {
                if (!NominationRules.mayNominate(Route.PUBLIC_ASSOCIATION, contest.kind)) {
                    throw ProblemException.invalid("route", "akim candidates are nominated by a party or by themselves");
                }
                if (request.associationName() == null || request.associationName().isBlank()) {
                    throw ProblemException.invalid("associationName", "is required for a public association's nomination");
                }
                if (!caller.mayActIn(contest.unitCode)) {
                    throw ProblemException.forbidden("Commission staff of the contest's territory file an association's nomination");
                }
            }
        }
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.PARTY_AGENT, Roles.COMMISSION})
    @Operation(summary = "Nominations", description = "A citizen sees the nominations they filed; a party agent its party's; "
            + "commission staff all, filtered by contest and status (the work queue: status=PENDING).")
    public List<NominationView> list(@QueryParam("contest") String contestParameter, @QueryParam("status") String statusParameter,
            @QueryParam("limit") @jakarta.ws.rs.DefaultValue("500") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(5000) int limit) {
        NominationStatus status = Enums.parse(NominationStatus.class, "status", statusParameter);
        Contest contest = contestParameter == null ? null : ContestResource.find(contestParameter);
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (caller.is(Roles.COMMISSION)) {
            // every nomination
        } else if (caller.is(Roles.PARTY_AGENT)) {
            query.append(" and partyId = :party");
            parameters.put("party", caller.party().orElse(new UUID(0, 0)));
        } else {
            query.append(" and submittedBy = :subject and route = :self");
            parameters.put("subject", caller.subject());
            parameters.put("self", Route.SELF);
        }
        if (contest != null) {
            query.append(" and contest = :contest");
            parameters.put("contest", contest);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        return Nomination.<Nomination>find(query + " order by submittedAt", parameters).page(0, limit).list().stream()
                .map(n -> nominations.view(n, null)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CITIZEN, Roles.PARTY_AGENT, Roles.COMMISSION})
    @Operation(summary = "One nomination with its pre-check report", description = "Its filer (citizen), its party's agent, "
            + "or commission staff; anyone else gets 404.")
    public Response get(@PathParam("id") UUID id) {
        Nomination n = readable(id);
        return Response.ok(nominations.view(n, nominations.precheck(n))).tag(etag(n)).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Roles.CITIZEN, Roles.PARTY_AGENT})
    @Operation(summary = "Withdraw a nomination", description = "Its citizen or its party's agent, until election day. "
            + "A pending or registered nomination becomes WITHDRAWN; anything else is a 409 with its state.")
    public NominationView withdraw(@PathParam("id") UUID id) {
        readable(id);
        return nominations.view(nominations.withdraw(id, caller.subject()), null);
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Register, refuse or cancel", description = "Commission staff of the contest's territory. REGISTER "
            + "needs every rule to pass and the deposit paid (else 422 naming them) and the registration window open; "
            + "REFUSE (within the window) and CANCEL (a registered one, until election day) need grounds.")
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid NominationApi.DecisionRequest decision) {
        requireTerritory(id);
        if (decision.action() == NominationStatus.Action.WITHDRAW) {
            throw ProblemException.invalid("action", "a withdrawal is made by the candidate or party: POST …/withdrawal");
        }
        Nomination n = nominations.decide(id, decision.action(), decision.grounds(), IfMatch.version(ifMatch), caller.subject());
        return Response.ok(nominations.view(n, null)).tag(etag(n)).build();
    }

    @POST
    @Path("{id}/deposit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Record the deposit paid", description = "Commission staff of the contest's territory.")
    public NominationView deposit(@PathParam("id") UUID id, @NotNull @Valid NominationApi.DepositRequest deposit) {
        requireTerritory(id);
        return nominations.view(nominations.recordDeposit(id, deposit.amount(), caller.subject()), null);
    }

    @jakarta.ws.rs.PUT
    @Path("{id}/programme")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.PARTY_AGENT})
    @Operation(summary = "Publish a registered candidate's election programme",
            description = "The self-nominated candidate who filed the nomination, or the nominating party's agent; anyone "
                    + "else 404 (403 for other roles). Only a REGISTERED single-seat candidate (else 409 with the state; a "
                    + "list candidate's programme is the list's). Plain text, kk and ru, each at most 20,000 characters "
                    + "(422 naming the field; a body beyond the server's limit is 413). Publishing again replaces it; "
                    + "voters read it at GET /api/v1/candidates/{id}.")
    public NominationApi.ProgrammeView publishProgramme(@PathParam("id") UUID id,
            @NotNull @Valid NominationApi.ProgrammeRequest request) {
        readable(id);
        return ProgrammeService.view(programmes.publishForCandidate(id, request, caller.subject()));
    }

    @Inject
    ProgrammeService programmes;

    private void requireTerritory(UUID id) {
        Nomination n = Nomination.findById(id);
        if (n == null) {
            throw ProblemException.notFound("Nomination", id);
        }
        if (!caller.mayActIn(n.contest.unitCode)) {
            throw ProblemException.forbidden("A commission acts only inside its territory; this contest is in "
                    + (n.contest.unitCode == null ? "KZ" : n.contest.unitCode));
        }
    }

    /** Commission staff read all; a party agent its party's; a citizen what they filed. Others: 404. */
    private Nomination readable(UUID id) {
        Nomination n = Nomination.findById(id);
        boolean allowed = n != null && (caller.is(Roles.COMMISSION)
                || (caller.is(Roles.PARTY_AGENT) && n.partyId != null && caller.party().filter(n.partyId::equals).isPresent())
                || (caller.is(Roles.CITIZEN) && n.route == Route.SELF && n.submittedBy.equals(caller.subject())));
        if (!allowed) {
            throw ProblemException.notFound("Nomination", id);
        }
        return n;
    }

    static EntityTag etag(Nomination n) {
        return new EntityTag(String.valueOf(n.version));
    }
}
