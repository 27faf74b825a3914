package kz.elections.ballot.registry;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import kz.elections.common.Problem;

/** The registry could not be reached: 503 with Retry-After, and nothing was written. */
public class RegistryUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(RegistryUnavailableMapper.class);

    @ConfigProperty(name = "tizim.registry.retry-after", defaultValue = "30")
    int retryAfterSeconds;

    @ServerExceptionMapper
    public Response unavailable(RegistryUnavailableException e, UriInfo uri) {
        LOG.warnf("registry unavailable for %s: %s", uri.getPath(), e.getCause());
        Problem problem = Problem.of(503, "registry-unavailable", "Registry unavailable",
                "registry-service did not answer; nothing was changed. Retry in " + retryAfterSeconds + " s.")
                .at(uri.getPath());
        return Response.status(503).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
