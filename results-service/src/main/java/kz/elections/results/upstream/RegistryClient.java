package kz.elections.results.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * registry-service, called with this service's client-credentials token: seats, threshold, registration order; and which
 * contests an election holds (certification waits for each of them).
 */
@RegisterRestClient(configKey = "registry")
@OidcClientFilter
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface RegistryClient {

    @GET
    @Path("contests/{code}/registrations")
    Upstream.Registrations registrations(@PathParam("code") String contestCode);

    @GET
    @Path("elections/{code}/contests")
    java.util.List<Upstream.Contest> electionContests(@PathParam("code") String electionCode);

    /** Reports the elected of a contest, so that each holds a mandate (idempotent on the registry's side). */
    @PUT
    @Path("contests/{code}/elected")
    @Consumes(MediaType.APPLICATION_JSON)
    jakarta.ws.rs.core.Response reportElected(@PathParam("code") String contestCode, Upstream.ElectedReport report);
}
