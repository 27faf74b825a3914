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
 * version it replaces out) in the transaction that stores it, under a row lock on one of the unit's
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Protocol protocol, int sign) {
        entityManager.createNativeQuery("""
                insert into tally (contest_code, unit_code, shard, precincts_reported, voters_on_list, ballots_issued, took_part,
                                   invalid, against_all, votes)
                values (?1, ?2, ?3, 0, 0, 0, 0, 0, 0, '[]'::jsonb) on conflict do nothing""")
                .setParameter(1, protocol.contestCode).setParameter(2, protocol.unitCode).setParameter(3, shard(protocol))
                .executeUpdate();
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "select votes::text, precincts_reported from tally where contest_code = ?1 and unit_code = ?2 and shard = ?3 for update")
                .setParameter(1, protocol.contestCode).setParameter(2, protocol.unitCode).setParameter(3, shard(protocol))
                .getSingleResult();
        List<Long> votes = new ArrayList<>(parse((String) row[0]));
        while (votes.size() < protocol.votes.size()) {
            votes.add(0L);
        }
        for (int i = 0; i < protocol.votes.size(); i++) {
            votes.set(i, votes.get(i) + sign * protocol.votes.get(i));
        }
        entityManager.createNativeQuery("""
                update tally set precincts_reported = precincts_reported + ?3, voters_on_list = voters_on_list + ?4,
                       ballots_issued = ballots_issued + ?5, took_part = took_part + ?6, invalid = invalid + ?7,
                       against_all = against_all + ?8, votes = cast(?9 as jsonb)
                where contest_code = ?1 and unit_code = ?2 and shard = ?10""")
                .setParameter(1, protocol.contestCode).setParameter(2, protocol.unitCode).setParameter(3, sign)
                .setParameter(10, shard(protocol))
                .setParameter(4, sign * (protocol.votersOnList + protocol.votersAdded))
                .setParameter(5, sign * protocol.ballotsIssued).setParameter(6, sign * protocol.tookPart)
                .setParameter(7, sign * protocol.invalid).setParameter(8, sign * protocol.againstAll)
                .setParameter(9, write(votes)).executeUpdate();
    }

    private static int shard(Protocol protocol) {
        return Math.floorMod(protocol.precinctId.hashCode(), SHARDS);
    }

    /** The totals per unit, its shards added up. */
    @SuppressWarnings("unchecked")
    public List<UnitTally> forContest(String contest) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select unit_code, precincts_reported, voters_on_list, ballots_issued, took_part, invalid, against_all, votes::text
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

    private String write(List<Long> votes) {
        try {
            return json.writeValueAsString(votes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
