package kz.elections.common.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Makes the audit trail tamper-evident. The table itself is append-only (a trigger refuses UPDATE, DELETE and
 * TRUNCATE, except the sealer filling a record's hashes once); on top of that, every record is linked into a hash
 * chain, so a record changed or removed behind the trigger's back breaks the chain at that record.
 *
 * <p>Writers are not slowed: a record is inserted as before (the database numbers it, {@code sequence}), with no
 * lock. The sealer ({@link #seal}, every second by {@link AuditSealer} and before each {@link #verify}) takes the
 * unsealed records in sequence order and sets, once:
 * <ul>
 * <li>{@code content_hash} = hex SHA-256 of the record's {@linkplain #canonicalContent canonical content};</li>
 * <li>{@code link} = its position in the chain (1, 2, …): the order of sealing, which is the sequence order except
 * for a record whose transaction committed after a later one had been sealed;</li>
 * <li>{@code chain_hash} = hex SHA-256 of the previous record's chain_hash (64 zeros for the first) followed by
 * this record's content_hash, both as lower-case hex text.</li>
 * </ul>
 * One sealer at a time across replicas: it holds a transaction-scoped advisory lock.
 *
 * <p>Canonical content of a record: the JSON object of {@code id}, {@code sequence}, {@code actor},
 * {@code entityType}, {@code entityId}, {@code action}, {@code at} (UTC, ISO-8601, e.g.
 * {@code 2025-03-01T10:15:30.123456Z}), {@code before} and {@code after} (the stored JSON, or null), with the keys
 * of every object sorted, no whitespace, numbers as the database stores them (no exponent).
 *
 * <p>What it cannot show: the chain's newest records removed together, or the whole chain recomputed by someone
 * who can write to the database; publishing the head hash elsewhere from time to time closes both.
 */
@ApplicationScoped
public class AuditChain {

    private static final Logger LOG = Logger.getLogger(AuditChain.class);

    /** The advisory lock of the sealer: any constant that nothing else in the database locks. */
    private static final long SEALER_LOCK = 0x7a17_a0d1_7L;
    private static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 5_000;
    /** The last sealed record: its link and chain hash. */
    private static final String HEAD =
            "select link, chain_hash from audit_record where link is not null order by link desc limit 1";
    private static final String CONTENT_COLUMNS =
            "id, sequence, actor, entity_type, entity_id, action, at, before::text, after::text";

    /** A record whose content or chain link does not match what was sealed; the first one in chain order. */
    public record BrokenLink(UUID id, long sequence) {
    }

    /**
     * The result of {@link #verify}: {@code headHash} the chain hash of the last record (null for an empty trail),
     * {@code count} the records in the chain, {@code sealedThrough} the sequence number of its last record,
     * {@code firstBrokenLink} the first record that does not match, or null if the whole chain holds.
     */
    public record Verification(String headHash, long count, Long sealedThrough, BrokenLink firstBrokenLink) {
    }

    @Inject
    DataSource dataSource;

    /** Links every unsealed record into the chain, in sequence order; returns how many it sealed. */
    public int seal() {
        int sealed = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                sealed = sealIn(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit trail not sealed", e);
        }
        if (sealed > 0) {
            LOG.debugf("sealed %d audit record(s)", sealed);
        }
        return sealed;
    }

    private static int sealIn(Connection connection) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute("select pg_advisory_xact_lock(" + SEALER_LOCK + ")");
        }
        long link = 0;
        String previous = GENESIS;
        try (Statement head = connection.createStatement(); ResultSet last = head.executeQuery(HEAD)) {
            if (last.next()) {
                link = last.getLong(1);
                previous = last.getString(2);
            }
        }
        int sealed = 0;
        int batch;
        do {
            batch = 0;
            try (PreparedStatement unsealed = connection.prepareStatement("select " + CONTENT_COLUMNS
                    + " from audit_record where link is null order by sequence limit " + BATCH);
                    PreparedStatement update = connection.prepareStatement(
                            "update audit_record set content_hash = ?, link = ?, chain_hash = ? where id = ?");
                    ResultSet rows = unsealed.executeQuery()) {
                while (rows.next()) {
                    String content = sha256(canonicalContent(rows));
                    previous = sha256(previous + content);
                    update.setString(1, content);
                    update.setLong(2, ++link);
                    update.setString(3, previous);
                    update.setObject(4, rows.getObject(1, UUID.class));
                    update.addBatch();
                    batch++;
                }
                if (batch > 0) {
                    update.executeBatch();
                }
            }
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    /**
     * The chain hash of the last sealed record, null while none is: the head a publication cites (a result version's
     * {@code auditHead}). Read on the caller's connection, in its transaction if it has one; records committed in the
     * last second may not be sealed yet.
     */
    public String head() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery(HEAD)) {
            return last.next() ? last.getString(2) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("audit chain head not read", e);
        }
    }

    /** Seals what is unsealed, then recomputes every record's content hash and the whole chain from the start. */
    public Verification verify() {
        seal();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // Streamed (a cursor needs a transaction), so a long trail is not held in memory.
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(1_000);
                try (ResultSet rows = statement.executeQuery("select " + CONTENT_COLUMNS
                        + ", content_hash, link, chain_hash from audit_record where link is not null order by link")) {
                    return verify(rows);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit trail not verified", e);
        }
    }

    private static Verification verify(ResultSet rows) throws SQLException {
        long count = 0;
        String previous = GENESIS;
        Long sealedThrough = null;
        BrokenLink broken = null;
        while (rows.next()) {
            count++;
            String content = sha256(canonicalContent(rows));
            String chain = sha256(previous + content);
            String storedChain = rows.getString(12);
            if (broken == null && (!content.equals(rows.getString(10)) || rows.getLong(11) != count
                    || !chain.equals(storedChain))) {
                broken = new BrokenLink(rows.getObject(1, UUID.class), rows.getLong(2));
            }
            previous = storedChain;
            sealedThrough = rows.getLong(2);
        }
        if (broken != null) {
            LOG.warnf("audit chain broken at record %s (sequence %d)", broken.id(), broken.sequence());
        }
        return new Verification(count == 0 ? null : previous, count, sealedThrough, broken);
    }

    /** The canonical content (see the class comment) of the record at the current row of {@code row}. */
    static String canonicalContent(ResultSet row) throws SQLException {
        Map<String, Object> content = new TreeMap<>();
        content.put("id", row.getString(1));
        content.put("sequence", row.getLong(2));
        content.put("actor", row.getString(3));
        content.put("entityType", row.getString(4));
        content.put("entityId", row.getString(5));
        content.put("action", row.getString(6));
        content.put("at", DateTimeFormatter.ISO_INSTANT.format(row.getObject(7, OffsetDateTime.class).toInstant()));
        content.put("before", CanonicalJson.value(row.getString(8)));
        content.put("after", CanonicalJson.value(row.getString(9)));
        return CanonicalJson.text(content);
    }

    private static String sha256(String text) {
        return CanonicalJson.sha256(text);
    }
}
