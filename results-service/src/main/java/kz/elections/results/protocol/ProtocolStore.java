package kz.elections.results.protocol;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * The election-night path: a precinct's first protocol, its tally and its audit record written by one SQL
 * statement, so one round trip and one transaction (the statement's own) with no ORM session. Whatever is not a
 * first protocol (a retry, other figures, a correction) meets a unique key, writes nothing, and is left to
 * {@link ProtocolService}'s ORM path.
 */
@ApplicationScoped
public class ProtocolStore {

    /**
     * Parameters: the election (1), the protocol (16), the tally ({@link Tallies#PARAMETERS}), the audit record (7).
     * Nothing is inserted while the election's results are certified ({@link ResultsFreeze}).
     */
    private static final String FIRST_VERSION = """
            with certified as (
                select %s as version
            ), inserted as (
                insert into protocol (id, contest_code, precinct_id, unit_code, version, current, ballot_hash, voters_on_list,
                                      voters_added, ballots_received, ballots_issued, ballots_cancelled, took_part, invalid,
                                      against_all, votes, idempotency_key, request_fingerprint, submitted_by, submitted_at)
                select ?, ?, ?, ?, 1, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?
                where (select version from certified) is null
                on conflict do nothing
                returning id
            ), tallied as (
                %s
            ), audited as (
                insert into audit_record (id, entity_type, entity_id, action, actor, at, before, after)
                select ?, ?, ?, ?, ?, ?, null, cast(? as jsonb) where exists (select from inserted)
            )
            select (select count(*) from inserted), (select version from certified)"""
            .formatted(ResultsFreeze.CERTIFIED_VERSION, Tallies.upsert("where exists (select from inserted)"));

    static final String ENTITY_TYPE = "protocol";
    static final String ACCEPTED = "protocol.accepted";

    /**
     * What {@link #insertFirst} did: {@code stored} the protocol, or wrote nothing; {@code certifiedVersion}: the
     * final version freezing the election's results, if any (then nothing is stored).
     */
    public record FirstVersion(boolean stored, Integer certifiedVersion) {
    }

    @Inject
    DataSource dataSource;

    /**
     * Stores {@code protocol} as version 1 of its precinct's protocol, adds it to the tally and audits it with
     * {@code view} (its JSON) as the state after. Nothing is written if the results of {@code election} are
     * certified, if the precinct has a protocol, or if the submitter used its Idempotency-Key for another
     * protocol in the meantime.
     */
    public FirstVersion insertFirst(Protocol protocol, String election, String view) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(FIRST_VERSION)) {
            int p = 1;
            statement.setString(p++, election);
            statement.setObject(p++, protocol.id);
            statement.setString(p++, protocol.contestCode);
            statement.setObject(p++, protocol.precinctId);
            statement.setString(p++, protocol.unitCode);
            statement.setString(p++, protocol.ballotHash);
            statement.setLong(p++, protocol.votersOnList);
            statement.setLong(p++, protocol.votersAdded);
            statement.setLong(p++, protocol.ballotsReceived);
            statement.setLong(p++, protocol.ballotsIssued);
            statement.setLong(p++, protocol.ballotsCancelled);
            statement.setLong(p++, protocol.tookPart);
            statement.setLong(p++, protocol.invalid);
            statement.setLong(p++, protocol.againstAll);
            statement.setString(p++, votesJson(protocol));
            statement.setString(p++, protocol.idempotencyKey);
            statement.setString(p++, protocol.requestFingerprint);
            statement.setString(p++, protocol.submittedBy);
            statement.setObject(p++, protocol.submittedAt);
            Tallies.bind(statement, p, protocol, 1);
            p += Tallies.PARAMETERS;
            statement.setObject(p++, UUID.randomUUID());
            statement.setString(p++, ENTITY_TYPE);
            statement.setObject(p++, protocol.precinctId);
            statement.setString(p++, ACCEPTED);
            statement.setString(p++, protocol.submittedBy);
            statement.setObject(p++, protocol.submittedAt);
            statement.setString(p, view);
            try (ResultSet inserted = statement.executeQuery()) {
                inserted.next();
                int certified = inserted.getInt(2);
                return new FirstVersion(inserted.getLong(1) == 1, inserted.wasNull() ? null : certified);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("protocol of precinct " + protocol.precinctId + " not stored", e);
        }
    }

    /** The votes column as the ORM maps it: a JSON array of numbers. */
    private static String votesJson(Protocol protocol) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < protocol.votes.size(); i++) {
            json.append(i == 0 ? "" : ",").append(protocol.votes.get(i));
        }
        return json.append(']').toString();
    }
}
