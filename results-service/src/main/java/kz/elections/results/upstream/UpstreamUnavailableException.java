package kz.elections.results.upstream;

/** ballot-service or registry-service did not answer in time, failed, or its circuit is open. */
public class UpstreamUnavailableException extends RuntimeException {

    public UpstreamUnavailableException(String service, Throwable cause) {
        super(service + " is unavailable", cause);
    }
}
