package kz.elections.registry.party;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Caller;
import kz.elections.common.IfMatch;
import kz.elections.common.Enums;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.registry.party.PartyApi.ApplicationRequest;
import kz.elections.registry.party.PartyApi.ApplicationView;
import kz.elections.registry.party.PartyApi.BranchesRequest;
import kz.elections.registry.party.PartyApi.DecisionRequest;
import kz.elections.registry.party.PartyApi.MembersUploaded;
import kz.elections.registry.party.PartyApi.ReportView;

@Path("/api/v1/parties/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Party applications")
@SecurityRequirement(name = "bearer")
public class PartyApplicationResource {

    static final String CSV = "text/csv";

    @Inject
    PartyService parties;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTY_AGENT, Roles.COMMISSION})
    @Operation(summary = "File a registration application",
            description = "A party agent files for the party named by the `party` claim of its token (the claim becomes the "
                    + "party's id); the central commission (territory KZ) may file on a party's behalf. BIN, names and "
                    + "short name must not be used by another party that is not refused or liquidated: 409 otherwise.")
    public Response apply(@NotNull @Valid ApplicationRequest request) {
        UUID id;
        if (caller.is(Roles.PARTY_AGENT)) {
            id = caller.party().orElseThrow(() -> ProblemException.forbidden("The token's party claim is not a party id"));
        } else {
            requireCentralCommission();
            id = UUID.randomUUID();
        }
        Party party = parties.apply(id, request, caller.subject());
        return Response.created(URI.create("/api/v1/parties/applications/" + party.id))
                .tag(etag(party)).entity(parties.view(party)).build();
    }

    @GET
    @RolesAllowed({Roles.PARTY_AGENT, Roles.COMMISSION})
    @Operation(summary = "Applications", description = "Commission staff see every application (filter by status); "
            + "a party agent sees only its own party's.")
    public List<ApplicationView> list(@QueryParam("status") String statusParameter) {
        PartyStatus status = Enums.parse(PartyStatus.class, "status", statusParameter);
        if (caller.is(Roles.COMMISSION)) {
            return Party.listApplications(status).stream().map(parties::view).toList();
        }
        return caller.party().map(id -> (Party) Party.findById(id))
                .filter(party -> status == null || party.status == status)
                .map(parties::view).stream().toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PARTY_AGENT, Roles.COMMISSION})
    @Operation(summary = "One application", description = "Commission staff, or the party's own agent (another party's agent gets 404). "
            + "The ETag is the version to send as If-Match with a change.")
    public Response get(@PathParam("id") UUID id) {
        Party party = readable(id);
        return Response.ok(parties.view(party)).tag(etag(party)).build();
    }

    @PUT
    @Path("{id}/members")
    @Consumes(CSV)
    @RolesAllowed({Roles.PARTY_AGENT, Roles.COMMISSION})
    @Operation(summary = "Upload the member list",
            description = "The party's agent, or the central commission. Body: CSV, one member a line: `IIN,unit code` "
                    + "(e.g. `791028302728,KZ-75`), optional header `iin,unit_code`. Replaces any earlier list. A list with "
                    + "a malformed line is refused whole (400, every bad line named, nothing stored). IINs are stored "
                    + "only as a keyed hash. Answers with the pre-check report.")
    public MembersUploaded uploadMembers(@PathParam("id") UUID id,
            @Parameter(description = "The version from the ETag; 412 if the application changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        Party party = changeable(id);
        return parties.uploadMembers(party, new InputStreamReader(body, StandardCharsets.UTF_8), IfMatch.version(ifMatch), caller.subject());
    }

    @GET
    @Path("{id}/report")
    @RolesAllowed({Roles.PARTY_AGENT, Roles.COMMISSION})
    @Operation(summary = "The registration pre-check report",
            description = "Every rule with its required and actual figure, against the parties registered right now. "
                    + "Commission staff, or the party's own agent.")
    public ReportView report(@PathParam("id") UUID id) {
        return parties.report(readable(id));
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Decide on a party",
            description = "Central commission only. APPLIED → REGISTER (needs a passing pre-check, else 422 listing the "
                    + "failed rules) or REFUSE (with grounds); REGISTERED → SUSPEND or LIQUIDATE (with grounds); "
                    + "SUSPENDED → REINSTATE or LIQUIDATE; REGISTERED or SUSPENDED → CANCEL (with grounds) once its regional "
                    + "branches are overdue (not registered by `branchesDue`; a later date does not clear it), else 409 "
                    + "branches-not-overdue; a CANCELLED party nominates nobody. Any other step: 409 with the current state.")
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DecisionRequest decision) {
        requireCentralCommission();
        Party party = parties.decide(id, decision.action(), decision.grounds(), IfMatch.version(ifMatch), caller.subject());
        return Response.ok(parties.view(party)).tag(etag(party)).build();
    }

    @POST
    @Path("{id}/membership-changes")
    @Consumes(CSV)
    @RolesAllowed({Roles.PARTY_AGENT, Roles.COMMISSION})
    @Operation(summary = "Upload a registered party's joiners and leavers",
            description = "The party's agent, or the central commission; the party must be REGISTERED (else 409 with its "
                    + "state). Body: CSV, one change a line: `IIN,unit code,JOIN|LEAVE,date` (e.g. "
                    + "`791028302728,KZ-75,JOIN,2024-03-01`), optional header. Dates lie between the party's registration "
                    + "and today. A joiner is a member from its date, a leaver until its date; nominations check "
                    + "membership on their filing date. One person, one party: a joiner counted for another registered "
                    + "party, a joiner already a member, or a leaver who is not one is refused with its line (422), a "
                    + "malformed line is a 400; either way nothing is stored. IINs are stored only as a keyed hash.")
    public PartyApi.MembershipChanged changeMembers(@PathParam("id") UUID id, InputStream body) {
        Party party = changeable(id);
        return parties.changeMembers(party.id, new InputStreamReader(body, StandardCharsets.UTF_8), caller.subject());
    }

    @POST
    @Path("{id}/branches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Record the registration of the party's regional branches",
            description = "Central commission only. Until recorded, a party registered more than a year ago shows as "
                    + "branchesOverdue.")
    public Response branches(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid BranchesRequest request) {
        requireCentralCommission();
        Party party = parties.recordBranches(id, request.registeredOn(), IfMatch.version(ifMatch), caller.subject());
        return Response.ok(parties.view(party)).tag(etag(party)).build();
    }

    /** Commission staff read every application; a party agent only its own, and others' look absent. */
    private Party readable(UUID id) {
        if (caller.is(Roles.COMMISSION)) {
            return parties.find(id);
        }
        if (caller.party().filter(id::equals).isEmpty()) {
            throw ProblemException.notFound("Party application", id);
        }
        return parties.find(id);
    }

    private Party changeable(UUID id) {
        if (caller.is(Roles.COMMISSION)) {
            requireCentralCommission();
        }
        return readable(id);
    }

    /** Parties are registered nationally: only the central commission (territory KZ) decides on them. */
    private void requireCentralCommission() {
        if (!caller.isCentralCommission()) {
            throw ProblemException.forbidden("Only the central commission (territory KZ) acts on party registration");
        }
    }

    private static EntityTag etag(Party party) {
        return new EntityTag(String.valueOf(party.version));
    }
}
