package kz.elections.results.upstream;

/**
 * ballot-service or registry-service did not answer in time, failed, or its circuit is open. The shared
 * {@link kz.elections.common.upstream.UpstreamUnavailableException} under the name this service's callers
 * already catch; its mapper answers 503 with Retry-After.
 */
public class UpstreamUnavailableException extends kz.elections.common.upstream.UpstreamUnavailableException {

    public UpstreamUnavailableException(String service, Throwable cause) {
        super(service, cause);
    }
}
