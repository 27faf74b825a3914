package kz.elections.registry.recall;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Problem;
import kz.elections.common.Caller;
import kz.elections.common.Enums;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.recall.RecallApi.PetitionView;

/** Recall petitions against single-mandate deputies (CL chapter 13-2): public state, the applicant's and commission's acts. */
@Path("/api/v1/recalls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recalls")
public class RecallResource {

    @Inject
    RecallService recalls;

    @Inject
    RecallSignatures signatures;

    @Inject
    RecallConfig config;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Apply to recall a district's deputy",
            description = "A signed-in citizen, as a voter of the district, applies against the deputy who holds the "
                    + "district's mandate now, with the ground. 409 if the district has no current deputy or a recall of "
                    + "them is under way. The territorial commission decides within 3 days.")
    public Response apply(@NotNull @Valid RecallApi.ApplicationRequest request) {
        RecallPetition petition = recalls.apply(request, caller.subject());
        return Response.created(URI.create("/api/v1/recalls/" + petition.id)).entity(view(petition, 0L, config.decisionDays())).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Recall petitions",
            description = "Public: each petition's deputy, district, state, dates, signature count and result, newest "
                    + "first; never the applicant or a signer. district: a single-mandate contest's code or id.")
    public List<PetitionView> list(@QueryParam("district") String district) {
        List<RecallPetition> petitions = district == null ? RecallPetition.all()
                : RecallPetition.forDistrict(ContestResource.find(district));
        return petitions.stream().map(p -> view(p, signatures.count(p.id), config.decisionDays())).toList();
    }

    @GET
    @Path("mine")
    @RolesAllowed(Roles.CITIZEN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The petitions the signed-in citizen applied for", description = "Citizen: their own only.")
    public List<PetitionView> mine() {
        return RecallPetition.ofApplicant(caller.subject()).stream().map(p -> view(p, signatures.count(p.id), config.decisionDays())).toList();
    }

    @GET
    @Path("queue")
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The commission's queue",
            description = "Commission staff: petitions of their territory in one state, oldest first: APPLIED (to "
                    + "decide within 3 days) or COLLECTING (to check after the collection's last day).")
    public List<PetitionView> queue(@QueryParam("status") String status) {
        RecallPetition.Status wanted = status == null ? RecallPetition.Status.APPLIED
                : Enums.parse(RecallPetition.Status.class, "status", status);
        return RecallPetition.queue(wanted).stream().filter(p -> caller.mayActIn(p.unitCode))
                .map(p -> view(p, signatures.count(p.id), config.decisionDays())).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A recall petition", description = "Public, as in the list.")
    @APIResponse(responseCode = "404", description = "No such recall petition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PetitionView get(@PathParam("id") UUID id) {
        RecallPetition petition = find(id);
        return view(petition, signatures.count(id), config.decisionDays());
    }

    @GET
    @Path("{id}/applicant")
    @RolesAllowed({Roles.CITIZEN, Roles.COMMISSION})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Who applied", description = "The applicant themself, or commission staff of the district's territory.")
    public RecallApi.ApplicantView applicantOf(@PathParam("id") UUID id) {
        RecallPetition petition = find(id);
        boolean own = caller.is(Roles.CITIZEN) && petition.applicant.equals(caller.subject());
        boolean commission = caller.is(Roles.COMMISSION) && caller.mayActIn(petition.unitCode);
        if (!own && !commission) {
            throw ProblemException.forbidden("Only the applicant and the district's commission see who applied");
        }
        return applicant(petition);
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Admit or refuse an application",
            description = "Commission staff of the district's territory. ADMIT opens 30 days of signature collection "
                    + "(the decision's day is day 0); it is refused (422 recall-not-admissible, naming the ground and "
                    + "from when an application would be admissible) in the mandate's first or last year or within a year "
                    + "of a failed or invalid recall vote on the deputy. A decision after the 3 days is recorded as late. "
                    + "409 naming the state unless APPLIED.")
    public PetitionView decide(@PathParam("id") UUID id, @NotNull @Valid RecallApi.DecisionRequest request) {
        RecallPetition petition = recalls.decide(id, request, caller::mayActIn, caller.subject());
        return view(petition, signatures.count(id), config.decisionDays());
    }

    @POST
    @Path("{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.COMMISSION})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Enter signature sheets",
            description = "The applicant (the initiative group's account) or commission staff of the territory, while "
                    + "the petition is COLLECTING and until the end of the collection's last day (Asia/Almaty): 409 "
                    + "collection-closed after it. Each signature is dated between the decision and day 30 and not in the "
                    + "future, with a valid IIN; any bad entry refuses the batch (422, nothing entered). A voter who "
                    + "signed already is listed in alreadySigned and not counted again. The IIN is stored only as a keyed "
                    + "hash; names and addresses are never public.")
    public RecallApi.SignatureReceipt enter(@PathParam("id") UUID id, @NotNull @Valid RecallApi.SignatureBatch batch) {
        return recalls.enterSignatures(id, batch, caller.is(Roles.COMMISSION), caller::mayActIn, caller.subject());
    }

    @POST
    @Path("{id}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record the signature check",
            description = "Commission staff of the territory, after the collection's last day (409 collection-open "
                    + "before). districtVoters is the district's voter count from ballot-service's precinct registers "
                    + "(GET /api/v1/precincts?contest={district} there, its voters), recorded with its source: the registry never calls "
                    + "ballot-service. More than 10 % of it (exactly 10 % is not enough) calls the recall vote on voteDay "
                    + "(within 2 months, else 422): a new election with one RECALL contest, whose ballot ballot-service "
                    + "composes as usual. Fewer: INSUFFICIENT.")
    public PetitionView check(@PathParam("id") UUID id, @NotNull @Valid RecallApi.CheckRequest request) {
        RecallPetition petition = recalls.check(id, request, caller::mayActIn, caller.subject());
        return view(petition, signatures.count(id), config.decisionDays());
    }

    @POST
    @Path("outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The certified outcome of a recall vote",
            description = "Service accounts (results-service, on certification). RECALLED ends the deputy's mandate "
                    + "(ground RECALL) and opens the vacancy for a by-election; NOT_RECALLED and INVALID block a new "
                    + "application for a year. The same outcome again changes nothing.")
    public PetitionView outcome(@NotNull @Valid RecallApi.OutcomeRequest request) {
        RecallPetition petition = recalls.recordOutcome(request, caller.subject());
        return view(petition, signatures.count(petition.id), config.decisionDays());
    }

    private static RecallPetition find(UUID id) {
        RecallPetition petition = RecallPetition.findById(id);
        if (petition == null) {
            throw ProblemException.notFound("Recall petition", id);
        }
        return petition;
    }

    static PetitionView view(RecallPetition p, Long signatureCount, int decisionDays) {
        return new PetitionView(p.id, p.mandateId, p.deputyNominationId, p.deputyNameKk, p.deputyNameRu, p.district.code,
                p.unitCode, p.body.name(), p.ground, p.status, p.appliedOn,
                p.appliedOn.plusDays(decisionDays), p.decidedOn, p.decidedLate, p.refusal,
                p.collectionEndsOn, signatureCount, p.requiredSignatures, p.districtVoters, p.votersSource, p.calledOn,
                p.voteDay, p.recallContest == null ? null : p.recallContest.code, p.outcomeRule, p.resultVersion, p.version);
    }

    static RecallApi.ApplicantView applicant(RecallPetition p) {
        return new RecallApi.ApplicantView(p.applicant, p.applicantName, p.applicantAddress, p.appliedAt);
    }
}
