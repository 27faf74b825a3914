package kz.elections.common.upstream;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import kz.elections.common.Problem;

/**
 * A called service could not be reached: 503 with Retry-After, and nothing was written. The problem
 * type names the callee ({@code registry-service} → {@code registry-unavailable}), so a client can tell
 * which dependency is down.
 */
public class UpstreamUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(UpstreamUnavailableMapper.class);

    @ConfigProperty(name = "tizim.upstream.retry-after", defaultValue = "30")
    int retryAfterSeconds;

    @ServerExceptionMapper
    public Response unavailable(UpstreamUnavailableException e, UriInfo uri) {
        LOG.warnf("%s for %s: %s", e.getMessage(), uri.getPath(), e.getCause());
        String callee = e.service().replaceFirst("-service$", "");
        Problem problem = Problem.of(503, callee + "-unavailable",
                callee.substring(0, 1).toUpperCase(Locale.ROOT) + callee.substring(1) + " unavailable",
                e.service() + " did not answer; nothing was changed. Retry in " + retryAfterSeconds + " s.")
                .at(uri.getPath());
        return Response.status(503).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
