package kz.elections.results.recall;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The registry's recall petitions, told a recall vote's certified outcome with this service's client-credentials token. */
@RegisterRestClient(configKey = "registry")
@OidcClientFilter
@Path("/api/v1/recalls")
public interface RecallRegistryClient {

    /** The registry's {@code OutcomeRequest}: the recall contest's code, RECALLED / NOT_RECALLED / INVALID, the version. */
    record Outcome(String contest, String outcome, int resultVersion, String rule) {
    }

    @POST
    @Path("outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    void outcome(Outcome outcome);
}
