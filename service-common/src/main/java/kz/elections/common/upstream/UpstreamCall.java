package kz.elections.common.upstream;

import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

import kz.elections.common.ProblemException;

/**
 * How a service calls another one. The REST client call sits in a CDI bean method carrying
 * {@code @Timeout}, {@code @Retry(abortOn = ProblemException.class)} and
 * {@code @CircuitBreaker(skipOn = ProblemException.class)} (the interceptors need a bean per call site);
 * inside it, {@link #notFoundAs} turns the callee's 404 into the caller's mistake, which is neither
 * retried nor counted against the callee. Around it, {@link #guarded} lets that mistake through and turns
 * every other failure (timeout, 5xx, open circuit, refused connection) into
 * {@link UpstreamUnavailableException}.
 */
public final class UpstreamCall {

    private UpstreamCall() {
    }

    /** Inside the guarded method: a 404 from the callee becomes {@code notFound}; any other failure passes on. */
    public static <T> T notFoundAs(Supplier<ProblemException> notFound, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw notFound.get();
            }
            throw e;
        }
    }

    /** Around the guarded method: a {@link ProblemException} passes, anything else means {@code service} is unavailable. */
    public static <T> T guarded(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UpstreamUnavailableException(service, e);
        }
    }
}
