package kz.elections.common.audit;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * Which audit records a caller reads, beyond the roles {@link AuditResource} allows: a service whose readers are
 * bounded further (results-service's observers, by their accreditation) provides its own bean; without one, every
 * caller the roles let in reads every record.
 */
public interface AuditReadScope {

    /** Refuses (with a problem) a caller who may not read the records of {@code entityId}, or (null) the recent ones. */
    void checkRead(UUID entityId);

    /** Refuses a caller who may not verify the chain. */
    void checkVerification();

    /** Whether the caller sees {@code record} among those it may read. */
    boolean shows(AuditRecord record);

    /** Every record for every caller the roles let in. */
    @DefaultBean
    @ApplicationScoped
    class Whole implements AuditReadScope {

        @Override
        public void checkRead(UUID entityId) {
            // the roles decide
        }

        @Override
        public void checkVerification() {
            // the roles decide
        }

        @Override
        public boolean shows(AuditRecord record) {
            return true;
        }
    }
}
