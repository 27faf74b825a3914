package kz.elections.results.tabulation;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.elections.results.protocol.Protocol;

/**
 * The running totals per contest and unit: a protocol adds its figures (and a correction takes the
 * version it replaces out) in the transaction that stores it, in one upsert on one of the unit's
 * {@value #SHARDS} shards (chosen by precinct, so a correction meets its original).
 */
@ApplicationScoped
public class Tallies {

    public record UnitTally(String unitCode, int precinctsReported, long votersOnList, long ballotsIssued, long tookPart,
            long invalid, long againstAll, List<Long> votes) {
    }

    static final int SHARDS = 16;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** One upsert: the shard's row is created, or locked and added to, element by element for the votes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Protocol protocol, int sign) {
        Long[] votes = protocol.votes.stream().map(v -> sign * v).toArray(Long[]::new);
        entityManager.createNativeQuery("""
                insert into tally as t (contest_code, unit_code, shard, precincts_reported, voters_on_list, ballots_issued,
                                        took_part, invalid, against_all, votes)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as bigint[]))
                on conflict (contest_code, unit_code, shard) do update set
                    precincts_reported = t.precincts_reported + excluded.precincts_reported,
                    voters_on_list = t.voters_on_list + excluded.voters_on_list,
                    ballots_issued = t.ballots_issued + excluded.ballots_issued,
                    took_part = t.took_part + excluded.took_part,
                    invalid = t.invalid + excluded.invalid,
                    against_all = t.against_all + excluded.against_all,
                    votes = array(select coalesce(a, 0) + coalesce(b, 0) from unnest(t.votes, excluded.votes) as v(a, b))""")
                .setParameter(1, protocol.contestCode).setParameter(2, protocol.unitCode).setParameter(3, shard(protocol))
                .setParameter(4, sign).setParameter(5, sign * (protocol.votersOnList + protocol.votersAdded))
                .setParameter(6, sign * protocol.ballotsIssued).setParameter(7, sign * protocol.tookPart)
                .setParameter(8, sign * protocol.invalid).setParameter(9, sign * protocol.againstAll)
                .setParameter(10, "{" + String.join(",", java.util.Arrays.stream(votes).map(String::valueOf).toList()) + "}")
                .executeUpdate();
    }

    private static int shard(Protocol protocol) {
        return Math.floorMod(protocol.precinctId.hashCode(), SHARDS);
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
