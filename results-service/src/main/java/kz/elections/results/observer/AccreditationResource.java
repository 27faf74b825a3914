package kz.elections.results.observer;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Caller;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.law.observer.ObserverAccreditation;
import kz.elections.results.observer.ObserverApi.AccreditationView;

@Path("/api/v1/observer-accreditations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observers")
@SecurityRequirement(name = "bearer")
public class AccreditationResource {

    @Inject
    AccreditationService accreditations;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Accredit an observer", description = "Commission staff. International observers (a foreign state "
            + "or an international organisation) by the central commission only (CL Art. 20-1); domestic ones (a party, a "
            + "public association, the media) by the commission of the territory they observe, or the central one (CL Art. "
            + "20). Territory KZ, the whole country, which lets the observer read everything, is the central commission's "
            + "own. The observer then reads the protocols, live tabulation and audit trail of its territory during its "
            + "period, and files reports about its precincts. Audited.")
    public Response accredit(@NotNull @Valid ObserverApi.AccreditationRequest request) {
        Accreditation a = accreditations.accredit(request, caller.subject(), caller.territory().orElse(null));
        return Response.created(URI.create("/api/v1/observer-accreditations/" + a.id)).entity(AccreditationView.of(a)).build();
    }

    @GET
    @RolesAllowed({Roles.COMMISSION, Roles.OBSERVER})
    @Operation(summary = "Accreditations", description = "Commission staff: those of their territory (the central "
            + "commission: all). Observers: their own, standing or not.")
    public List<AccreditationView> list() {
        List<Accreditation> found = caller.is(Roles.COMMISSION)
                ? Accreditation.inTerritory(caller.territory().orElse(""))
                : Accreditation.of(caller.username());
        return found.stream().map(AccreditationView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COMMISSION, Roles.OBSERVER})
    @Operation(summary = "One accreditation", description = "The commission of its territory (or the central one), or the "
            + "observer it names.")
    public AccreditationView get(@PathParam("id") UUID id) {
        Accreditation a = Accreditation.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Accreditation", id);
        }
        boolean staff = caller.is(Roles.COMMISSION) && (caller.isCentralCommission()
                || ObserverAccreditation.covers(caller.territory().orElse(""), a.territory));
        if (!staff && !a.username.equals(caller.username())) {
            throw ProblemException.forbidden("The accreditation of another observer, or of another territory");
        }
        return AccreditationView.of(a);
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSION)
    @Operation(summary = "Revoke an accreditation", description = "Commission staff who could have given it, with grounds. "
            + "From that moment the observer reads nothing more by it and files no report under it; 409 if it is revoked "
            + "already. Audited.")
    public AccreditationView revoke(@PathParam("id") UUID id, @NotNull @Valid ObserverApi.RevocationRequest request) {
        return AccreditationView.of(accreditations.revoke(id, request.grounds(), caller.subject(),
                caller.territory().orElse(null)));
    }
}
