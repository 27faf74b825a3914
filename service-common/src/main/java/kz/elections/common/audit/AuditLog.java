package kz.elections.common.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the audit trail. {@link Transactional.TxType#MANDATORY}: a change and its audit record
 * commit together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    /** The columns {@link AuditRecord} maps; the database numbers {@code sequence}, the sealer fills the hashes. */
    private static final String INSERT = "insert into audit_record (id, entity_type, entity_id, action, actor, at, before, after) "
            + "values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))";

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

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
     * The same record as {@link #record}, written at once by one SQL statement on the transaction's own connection
     * rather than persisted as an entity the ORM inserts when it flushes before commit: for a hot path (filing a
     * nomination), where the entity's insert (its insert action, the pre-insert validation, the flush at commit)
     * cost as much CPU as the rest of the audit. The same row (the snapshots as the same mapper renders them, stored
     * as jsonb), the same log line; it commits or rolls back with the change. Returns the JSON of {@code after} as
     * stored (null for none), for a caller that answers with the same snapshot rather than rendering it again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String insert(String actor, String entityType, UUID entityId, String action, Object before, Object after) {
        String afterJson;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, entityType);
            insert.setObject(3, entityId);
            insert.setString(4, action);
            insert.setString(5, actor);
            insert.setObject(6, OffsetDateTime.now(clock));
            insert.setString(7, before == null ? null : json.writeValueAsString(before));
            afterJson = after == null ? null : json.writeValueAsString(after);
            insert.setString(8, afterJson);
            insert.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit snapshot not rendered as JSON", e);
        } catch (SQLException e) {
            throw new IllegalStateException("audit record not written", e);
        }
        logged(actor, entityType, entityId, action);
        return afterJson;
    }

    /**
     * The log line of a state change. {@link #record} writes it; a hot path that writes its audit row in the
     * SQL statement of the change itself (same columns as {@link AuditRecord}) calls it once that statement ran.
     */
    public void logged(String actor, String entityType, UUID entityId, String action) {
        LOG.infof("%s %s %s by %s", action, entityType, entityId, actor);
    }
}
