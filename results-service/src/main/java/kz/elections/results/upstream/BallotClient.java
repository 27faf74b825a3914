package kz.elections.results.upstream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** ballot-service, called with this service's client-credentials token. */
@RegisterRestClient(configKey = "ballot")
@OidcClientFilter
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface BallotClient {

    @GET
    @Path("contests/{code}/ballot")
    Upstream.ApprovedBallot approvedBallot(@PathParam("code") String contestCode);

    @GET
    @Path("precincts")
    Upstream.ContestPrecincts precincts(@QueryParam("contest") String contestCode);
}
