package kz.elections.registry.mandate;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Problem;
import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.mandate.MandateApi.ContestMandates;
import kz.elections.registry.mandate.MandateApi.ElectedRequest;
import kz.elections.registry.mandate.MandateApi.MandateView;

/** The mandates of one contest: reported by results-service, read by anyone. */
@Path("/api/v1/contests/{idOrCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mandates")
public class ContestMandateResource {

    @Inject
    MandateService mandates;

    @Inject
    MandateConfig config;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @Transactional
    @PUT
    @Path("elected")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "results-service reports the elected of a contest",
            description = "The results-service service account only (role service, azp results-service; ballot-service "
                    + "gets 403): once the final results are certified and the elected named, the registration ids of "
                    + "everyone elected in the contest. Idempotent: the same report again changes nothing; a person no "
                    + "longer named (a party naming its elected again within its period) is withdrawn without a vacancy. "
                    + "Each elected person gets a mandate from electedOn for the body's term (Mazhilis and maslikhat 5 "
                    + "years, akim 4: tizim.mandate.term-years.*); the elected of a by-election fill its vacancy and serve "
                    + "out the body's term. Calls go one way: results → registry. Answers the contest's current mandates.")
    public List<MandateView> recordElected(@PathParam("idOrCode") String idOrCode, @NotNull @Valid ElectedRequest request) {
        String client = Optional.ofNullable(token.<Object>getClaim("azp")).map(Object::toString).orElse("");
        if (!config.electedReporter().equals(client)) {
            throw ProblemException.forbidden("Only results-service reports the elected; this token is of " + client);
        }
        Contest contest = ContestResource.find(idOrCode);
        return mandates.recordElected(contest, request.electedOn(), request.elected(), request.resultVersion(),
                caller.subject()).stream().map(MandateApi::view).toList();
    }

    @GET
    @Path("mandates")
    @PermitAll
    @Operation(summary = "A seat's history", description = "Public. Every mandate of the contest, current and past, "
            + "oldest first, and the vacancies their ends opened.")
    @APIResponse(responseCode = "404", description = "No such contest",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContestMandates history(@PathParam("idOrCode") String idOrCode) {
        Contest contest = ContestResource.find(idOrCode);
        return new ContestMandates(contest.code, Mandate.findHistoryOf(contest).stream().map(MandateApi::view).toList(),
                Vacancy.findIn(contest).stream().map(MandateApi::view).toList());
    }
}
