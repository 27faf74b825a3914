package kz.elections.results.upstream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** registry-service, called with this service's client-credentials token: seats, threshold, registration order. */
@RegisterRestClient(configKey = "registry")
@OidcClientFilter
@Path("/api/v1/contests")
@Produces(MediaType.APPLICATION_JSON)
public interface RegistryClient {

    @GET
    @Path("{code}/registrations")
    Upstream.Registrations registrations(@PathParam("code") String contestCode);
}
