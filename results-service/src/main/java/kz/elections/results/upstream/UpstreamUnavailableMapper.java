package kz.elections.results.upstream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import kz.elections.common.Problem;

/** An upstream service could not be reached: 503 with Retry-After, and nothing was written. */
public class UpstreamUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(UpstreamUnavailableMapper.class);

    @ConfigProperty(name = "tizim.upstream.retry-after", defaultValue = "30")
    int retryAfterSeconds;

    @ServerExceptionMapper
    public Response unavailable(UpstreamUnavailableException e, UriInfo uri) {
        LOG.warnf("%s for %s: %s", e.getMessage(), uri.getPath(), e.getCause());
        Problem problem = Problem.of(503, "upstream-unavailable", "Service unavailable",
                e.getMessage() + "; nothing was changed. Retry in " + retryAfterSeconds + " s.").at(uri.getPath());
        return Response.status(503).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
