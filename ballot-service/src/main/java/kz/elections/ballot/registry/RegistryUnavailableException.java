package kz.elections.ballot.registry;

/** The registry did not answer in time, failed, or its circuit is open: the caller should retry later. */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(Throwable cause) {
        super("registry-service is unavailable", cause);
    }
}
