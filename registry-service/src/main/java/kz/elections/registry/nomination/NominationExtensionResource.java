package kz.elections.registry.nomination;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.election.ElectionApi;

/** Too few candidates: the commission extends a contest's nomination (CL Art. 87, 103 p.8, 113-7). */
@Path("/api/v1/contests/{idOrCode}/nomination-extension")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Elections and contests")
@SecurityRequirement(name = "bearer")
public class NominationExtensionResource {

    @Inject
    NominationExtensionService extensions;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Extend nomination for too few candidates",
            description = "Commission staff of the contest's territory (the central commission for the national list). "
                    + "Only after nomination has closed and before registration closes (else 409), and only while the "
                    + "contest has fewer than two active nominees or lists; all extensions together at most the law's "
                    + "days (akim 3, CL Art. 113-7; Mazhilis and maslikhat: Tizim's policy, 3, "
                    + "`tizim.election.<kind>.nomination-extension-days`), never past the close of registration (else 422 "
                    + "naming each refusal). The new close keeps the 18:00 local deadline; filing is accepted until it, and "
                    + "the contest shows it as `nominationCloses`. Audited as contest.nomination-extended.")
    public ElectionApi.ContestView extend(@PathParam("idOrCode") String idOrCode,
            @NotNull @Valid NominationApi.ExtensionRequest request) {
        Contest contest = ContestResource.find(idOrCode);
        if (!caller.mayActIn(contest.unitCode)) {
            throw ProblemException.forbidden("A commission acts only inside its territory; this contest is in "
                    + (contest.unitCode == null ? "KZ" : contest.unitCode));
        }
        return ElectionApi.view(extensions.extend(contest, request.days(), request.grounds(), caller.subject()));
    }
}
