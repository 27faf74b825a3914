package kz.elections.common.upstream;

/**
 * The service this one calls did not answer in time, failed, or its circuit is open: the caller should
 * retry later. {@link UpstreamUnavailableMapper} answers it with 503 and Retry-After.
 */
public class UpstreamUnavailableException extends RuntimeException {

    private final String service;

    /** @param service the callee as its operators name it, e.g. {@code registry-service} */
    public UpstreamUnavailableException(String service, Throwable cause) {
        super(service + " is unavailable", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
