package kz.elections.registry.party;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import io.agroal.api.AgroalDataSource;
import kz.elections.common.Violation;

/**
 * A party's member list in the database. Large lists are the norm (tens of thousands of rows), so
 * writes go through PostgreSQL COPY and counts are computed in SQL; member rows never become entities.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class PartyMembers {

    /** Lines shown in a report for each kind of flagged row; the rest are counted. */
    static final int LINES_SHOWN = 50;

    public record Summary(Map<String, Integer> countedPerUnit, int duplicateRows, List<Integer> duplicateLines,
            int otherPartyRows, List<Integer> otherPartyLines) {
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * Replaces the party's member list with the rows added to the answer, streamed to PostgreSQL COPY as they come
     * (a million-row list is never held in memory); closing it ends the COPY. Inside the caller's transaction, so a
     * list refused half-way is rolled back whole.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Replacement replace(UUID partyId) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement delete = connection.prepareStatement("delete from party_member where party_id = ?")) {
                delete.setObject(1, partyId);
                delete.executeUpdate();
            }
            return new Replacement(partyId, connection, new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    "copy party_member (party_id, line, iin_hash, unit_code, duplicate_of) from stdin", 1 << 16));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the member list of party " + partyId, e);
        }
    }

    /** A member list being written: one row per {@link #add}, in COPY's text format. */
    public static final class Replacement implements AutoCloseable {
        private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        private final UUID partyId;
        private final Connection connection;
        private final PGCopyOutputStream copy;
        private final byte[] party;
        private byte[] line = new byte[256];

        Replacement(UUID partyId, Connection connection, PGCopyOutputStream copy) {
            this.partyId = partyId;
            this.connection = connection;
            this.copy = copy;
            this.party = (partyId + "\t").getBytes(StandardCharsets.US_ASCII);
        }

        /** A member: its line in the file, its IIN's hash, its unit, and the line of the same IIN's first row, if any. */
        public void add(int fileLine, byte[] iinHash, String unitCode, Integer duplicateOf) {
            // Written byte by byte (numbers, hex, an ASCII unit code): no strings built for each of a million rows.
            int length = party.length + 11 + 4 + iinHash.length * 2 + 1 + unitCode.length() + 1 + 11 + 1;
            if (line.length < length) {
                line = new byte[length];
            }
            System.arraycopy(party, 0, line, 0, party.length);
            int at = putNumber(fileLine, party.length);
            line[at++] = '\t';
            line[at++] = '\\';
            line[at++] = '\\';
            line[at++] = 'x';
            for (byte b : iinHash) {
                line[at++] = HEX[(b >> 4) & 0xf];
                line[at++] = HEX[b & 0xf];
            }
            line[at++] = '\t';
            for (int i = 0; i < unitCode.length(); i++) {
                line[at++] = (byte) unitCode.charAt(i);
            }
            line[at++] = '\t';
            if (duplicateOf == null) {
                line[at++] = '\\';
                line[at++] = 'N';
            } else {
                at = putNumber(duplicateOf, at);
            }
            line[at++] = '\n';
            try {
                copy.write(line, 0, at);
            } catch (IOException e) {
                throw new IllegalStateException("cannot store the member list of party " + partyId, e);
            }
        }

        /** A line number (positive) in decimal. */
        private int putNumber(int number, int at) {
            int end = at + 1;
            for (int rest = number; rest >= 10; rest /= 10) {
                end++;
            }
            for (int i = end - 1; i >= at; i--) {
                line[i] = (byte) ('0' + number % 10);
                number /= 10;
            }
            return end;
        }

        @Override
        public void close() {
            try (Connection ignored = connection) {
                copy.close();
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("cannot store the member list of party " + partyId, e);
            }
        }
    }

    /**
     * Member figures as the pre-check counts them, against the parties registered right now: one pass over the list
     * counts each unit's members, the repeats and those counted elsewhere; the lines of flagged rows are looked up
     * only when there are any.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Summary summarize(UUID partyId) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Integer> perUnit = new HashMap<>();
            int duplicates = 0;
            int elsewhere = 0;
            try (PreparedStatement counts = connection.prepareStatement("""
                    select m.unit_code, m.duplicate_of is not null, o.iin_hash is not null, count(*)
                    from party_member m left join (%s) o on m.duplicate_of is null and o.iin_hash = m.iin_hash
                    where m.party_id = ? group by 1, 2, 3""".formatted(CURRENT_ELSEWHERE))) {
                counts.setObject(1, partyId);
                counts.setObject(2, partyId);
                try (ResultSet rows = counts.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getBoolean(2)) {
                            duplicates += rows.getInt(4);
                        } else if (rows.getBoolean(3)) {
                            elsewhere += rows.getInt(4);
                        } else {
                            perUnit.merge(rows.getString(1), rows.getInt(4), Integer::sum);
                        }
                    }
                }
            }
            List<Integer> duplicateLines = duplicates == 0 ? List.of() : lines(connection, partyId,
                    "select m.line from party_member m where m.party_id = ? and m.duplicate_of is not null");
            List<Integer> elsewhereLines = elsewhere == 0 ? List.of() : lines(connection, partyId,
                    "select m.line from party_member m join (" + CURRENT_ELSEWHERE + ") o on o.iin_hash = m.iin_hash"
                            + " where m.party_id = ? and m.duplicate_of is null");
            return new Summary(perUnit, duplicates, duplicateLines, elsewhere, elsewhereLines);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the members of party " + partyId, e);
        }
    }

    /**
     * Whether the person (by IIN hash) is a member of the party on {@code date}: counted at its registration or
     * joined since, on or before that date, and not left by it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isMemberOn(UUID partyId, byte[] iinHash, LocalDate date) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select 1 from party_member where party_id = ? and iin_hash = ? and counted
                          and (joined_on is null or joined_on <= ?) and (left_on is null or left_on > ?)""")) {
            query.setObject(1, partyId);
            query.setBytes(2, iinHash);
            query.setObject(3, date);
            query.setObject(4, date);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up a member of party " + partyId, e);
        }
    }

    /** A joiner or leaver of a registered party, its IIN hashed; {@code line}: of the uploaded file. */
    public record HashedChange(int line, byte[] iinHash, String unitCode, boolean joins, LocalDate on) {
    }

    /**
     * Applies a registered party's membership changes in file order: a joiner becomes a counted member from its
     * date, unless already a member or counted for another party (one person, one party); a leaver stops being a
     * member on its date. Answers the refused lines; the caller rolls back if there are any.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Violation> applyChanges(UUID partyId, List<HashedChange> changes) {
        List<Violation> refused = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement base = connection.prepareStatement(
                        "select coalesce(max(line), 0) from party_member where party_id = ?");
                PreparedStatement current = connection.prepareStatement(
                        "select 1 from party_member where party_id = ? and iin_hash = ? and counted and left_on is null");
                PreparedStatement elsewhere = connection.prepareStatement("""
                        select 1 from party_member o join party p on p.id = o.party_id
                        where o.party_id <> ? and o.iin_hash = ? and o.counted and o.left_on is null
                          and p.status in ('REGISTERED', 'SUSPENDED')""");
                PreparedStatement join = connection.prepareStatement(
                        "insert into party_member (party_id, line, iin_hash, unit_code, counted, joined_on) "
                                + "values (?, ?, ?, ?, true, ?)");
                PreparedStatement leave = connection.prepareStatement(
                        "update party_member set left_on = ? where party_id = ? and iin_hash = ? and counted "
                                + "and left_on is null and (joined_on is null or joined_on <= ?)")) {
            base.setObject(1, partyId);
            int lineBase;
            try (ResultSet rows = base.executeQuery()) {
                rows.next();
                lineBase = rows.getInt(1);
            }
            for (HashedChange change : changes) {
                if (change.joins()) {
                    if (exists(current, partyId, change.iinHash())) {
                        refused.add(new Violation("line " + change.line(), "already a member of this party"));
                    } else if (exists(elsewhere, partyId, change.iinHash())) {
                        refused.add(new Violation("line " + change.line(),
                                "counted as a member of another party: a citizen belongs to one party only"));
                    } else {
                        join.setObject(1, partyId);
                        join.setInt(2, lineBase + change.line());
                        join.setBytes(3, change.iinHash());
                        join.setString(4, change.unitCode());
                        join.setObject(5, change.on());
                        join.executeUpdate();
                    }
                } else {
                    leave.setObject(1, change.on());
                    leave.setObject(2, partyId);
                    leave.setBytes(3, change.iinHash());
                    leave.setObject(4, change.on());
                    if (leave.executeUpdate() == 0) {
                        refused.add(new Violation("line " + change.line(), "not a member of this party on " + change.on()));
                    }
                }
            }
            return refused;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the members of party " + partyId, e);
        }
    }

    private static boolean exists(PreparedStatement query, UUID partyId, byte[] iinHash) throws SQLException {
        query.setObject(1, partyId);
        query.setBytes(2, iinHash);
        try (ResultSet rows = query.executeQuery()) {
            return rows.next();
        }
    }

    /** At registration: the members who counted towards this party now belong to it alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int markCounted(UUID partyId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement mark = connection.prepareStatement(
                        "update party_member m set counted = true where m.party_id = ? and m.duplicate_of is null and not exists ("
                                + COUNTED_ELSEWHERE + ")")) {
            mark.setObject(1, partyId);
            return mark.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark the members of party " + partyId, e);
        }
    }

    private static final String COUNTED_ELSEWHERE = """
            select 1 from party_member o join party p on p.id = o.party_id
            where o.iin_hash = m.iin_hash and o.counted and o.left_on is null and o.party_id <> m.party_id
              and p.status in ('REGISTERED', 'SUSPENDED')""";

    /** The IIN hashes counted for another registered (or suspended) party than the parameter's, each once. */
    private static final String CURRENT_ELSEWHERE = """
            select distinct o.iin_hash from party_member o join party p on p.id = o.party_id
            where o.counted and o.left_on is null and o.party_id <> ? and p.status in ('REGISTERED', 'SUSPENDED')""";

    /**
     * The first {@link #LINES_SHOWN} of the lines {@code flagged} selects (each of its parameters the party). Found
     * whole first: under the limit, a plan that reads the list in line order and looks each row up would go through
     * all of a million rows to find one flagged.
     */
    private static List<Integer> lines(Connection connection, UUID partyId, String flagged) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("with flagged as materialized (" + flagged
                + ") select line from flagged order by line limit " + LINES_SHOWN)) {
            for (int i = 1; i <= query.getParameterMetaData().getParameterCount(); i++) {
                query.setObject(i, partyId);
            }
            List<Integer> lines = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getInt(1));
                }
            }
            return List.copyOf(lines);
        }
    }
}
