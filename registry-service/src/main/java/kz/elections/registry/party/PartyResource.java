package kz.elections.registry.party;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.elections.common.Enums;
import kz.elections.common.ProblemException;
import kz.elections.registry.party.PartyApi.PartyView;

@Path("/api/v1/parties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
@PermitAll
public class PartyResource {

    @Inject
    PartyService parties;

    @GET
    @Operation(summary = "Registered parties", description = "Public. Parties that have been registered (also suspended and "
            + "liquidated ones, with their status), in registration order. Applications and member data are never shown.")
    public List<PartyView> list(@QueryParam("status") String statusParameter) {
        PartyStatus status = Enums.parse(PartyStatus.class, "status", statusParameter);
        if (status != null && !status.wasRegistered()) {
            throw ProblemException.invalid("status", "must be REGISTERED, SUSPENDED, LIQUIDATED or CANCELLED");
        }
        return Party.listRegistered(status).stream().map(parties::publicView).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One registered party", description = "Public. 404 for an application that was never registered.")
    public PartyView get(@PathParam("id") UUID id) {
        Party party = Party.findById(id);
        if (party == null || !party.status.wasRegistered()) {
            throw ProblemException.notFound("Party", id);
        }
        return parties.publicView(party);
    }
}
