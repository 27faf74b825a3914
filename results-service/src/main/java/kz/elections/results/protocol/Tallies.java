package kz.elections.results.protocol;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running totals per contest and unit: a protocol adds its figures (and a correction takes the
 * version it replaces out) in the transaction that stores it, in one upsert on one of the unit's
 * {@value #SHARDS} shards (chosen by precinct, so a correction meets its original). Protocol intake keeps
 * them; the tabulation reads them.
 */
@ApplicationScoped
public class Tallies {

    public record UnitTally(String unitCode, int precinctsReported, long votersOnList, long ballotsIssued, long tookPart,
            long invalid, long againstAll, List<Long> votes) {
    }

    static final int SHARDS = 16;

    /** Adds a protocol's figures to its shard: the row is created, or locked and added to, element by element for the votes. */
    private static final String UPSERT = """
            insert into tally as t (contest_code, unit_code, shard, precincts_reported, voters_on_list, ballots_issued,
                                    took_part, invalid, against_all, votes)
            select ?, ?, ?, ?, ?, ?, ?, ?, ?, ? %s
            on conflict (contest_code, unit_code, shard) do update set
                precincts_reported = t.precincts_reported + excluded.precincts_reported,
                voters_on_list = t.voters_on_list + excluded.voters_on_list,
                ballots_issued = t.ballots_issued + excluded.ballots_issued,
                took_part = t.took_part + excluded.took_part,
                invalid = t.invalid + excluded.invalid,
                against_all = t.against_all + excluded.against_all,
                votes = array(select coalesce(a, 0) + coalesce(b, 0) from unnest(t.votes, excluded.votes) as v(a, b))""";

    /** Parameters of {@link #upsert}, set by {@link #bind}. */
    public static final int PARAMETERS = 10;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /**
     * The upsert adding a protocol's figures (times a sign) to its shard, when {@code condition} holds (an SQL
     * {@code where} clause, or empty): a statement of its own, or a step of a larger one that stores the protocol too.
     */
    public static String upsert(String condition) {
        return UPSERT.formatted(condition);
    }

    /** Sets the {@value #PARAMETERS} parameters of {@link #upsert} from {@code first} on. */
    public static void bind(PreparedStatement statement, int first, Protocol protocol, int sign) throws SQLException {
        Long[] votes = protocol.votes.stream().map(v -> sign * v).toArray(Long[]::new);
        statement.setString(first, protocol.contestCode);
        statement.setString(first + 1, protocol.unitCode);
        statement.setShort(first + 2, shard(protocol));
        statement.setInt(first + 3, sign);
        statement.setLong(first + 4, sign * (protocol.votersOnList + protocol.votersAdded));
        statement.setLong(first + 5, sign * protocol.ballotsIssued);
        statement.setLong(first + 6, sign * protocol.tookPart);
        statement.setLong(first + 7, sign * protocol.invalid);
        statement.setLong(first + 8, sign * protocol.againstAll);
        statement.setArray(first + 9, statement.getConnection().createArrayOf("bigint", votes));
    }

    /** Adds (sign 1) or takes out (sign -1) a protocol's figures, in the transaction that stores or replaces it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Protocol protocol, int sign) {
        // The transaction's connection: Agroal hands out the one enlisted with it, which Hibernate uses too.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(upsert(""))) {
            bind(statement, 1, protocol, sign);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("tally of " + protocol.contestCode + " not updated", e);
        }
    }

    static short shard(Protocol protocol) {
        return (short) Math.floorMod(protocol.precinctId.hashCode(), SHARDS);
    }

    /** The totals per unit, its shards added up. */
    @SuppressWarnings("unchecked")
    public List<UnitTally> forContest(String contest) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select unit_code, precincts_reported, voters_on_list, ballots_issued, took_part, invalid, against_all, array_to_json(votes)::text
                from tally where contest_code = ?1 order by unit_code""").setParameter(1, contest).getResultList();
        java.util.Map<String, UnitTally> units = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            UnitTally shard = new UnitTally((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(), parse((String) r[7]));
            units.merge(shard.unitCode(), shard, Tallies::sum);
        }
        return List.copyOf(units.values());
    }

    private static UnitTally sum(UnitTally a, UnitTally b) {
        List<Long> votes = new ArrayList<>(a.votes());
        for (int i = 0; i < b.votes().size(); i++) {
            if (i < votes.size()) {
                votes.set(i, votes.get(i) + b.votes().get(i));
            } else {
                votes.add(b.votes().get(i));
            }
        }
        return new UnitTally(a.unitCode(), a.precinctsReported() + b.precinctsReported(), a.votersOnList() + b.votersOnList(),
                a.ballotsIssued() + b.ballotsIssued(), a.tookPart() + b.tookPart(), a.invalid() + b.invalid(),
                a.againstAll() + b.againstAll(), votes);
    }

    private List<Long> parse(String votes) {
        try {
            return json.readValue(votes, new TypeReference<List<Long>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
