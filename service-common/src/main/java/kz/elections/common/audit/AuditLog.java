package kz.elections.common.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the audit trail. {@link Transactional.TxType#MANDATORY}: a change and its audit record
 * commit together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String entityType, UUID entityId, String action, Object before, Object after) {
        AuditRecord record = new AuditRecord();
        record.id = UUID.randomUUID();
        record.actor = actor;
        record.entityType = entityType;
        record.entityId = entityId;
        record.action = action;
        record.at = OffsetDateTime.now(clock);
        record.before = before == null ? null : json.valueToTree(before);
        record.after = after == null ? null : json.valueToTree(after);
        record.persist();
        logged(actor, entityType, entityId, action);
    }

    /**
     * The log line of a state change. {@link #record} writes it; a hot path that writes its audit row in the
     * SQL statement of the change itself (same columns as {@link AuditRecord}) calls it once that statement ran.
     */
    public void logged(String actor, String entityType, UUID entityId, String action) {
        LOG.infof("%s %s %s by %s", action, entityType, entityId, actor);
    }
}
