package kz.elections.common.ratelimit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds Retry-After to the 429 a rate-limited request ends in, whether the API or a page answered it. */
public class RetryAfterFilter {

    @Inject
    RetryAfter retryAfter;

    @ServerResponseFilter
    public void addRetryAfter(ContainerResponseContext response) {
        if (response.getStatus() == 429) {
            retryAfter.seconds().ifPresent(seconds -> response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, seconds));
        }
    }
}
