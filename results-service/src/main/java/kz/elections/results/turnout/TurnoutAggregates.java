package kz.elections.results.turnout;

import java.sql.Time;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.law.turnout.TurnoutRules;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.publication.OpenCsv;
import kz.elections.results.turnout.TurnoutApi.ElectionTurnout;
import kz.elections.results.turnout.TurnoutApi.Figure;
import kz.elections.results.turnout.TurnoutApi.TimeTurnout;
import kz.elections.results.web.ResultsView;

/**
 * Turnout per unit and for the nation at each reporting time, from the precincts' current reports: the precincts
 * reported of all the precincts of the election (those of its contests this service holds), the voters who have voted
 * and the list (+ added) of the precincts that reported. Live: two grouped queries, no running totals to drift.
 */
@ApplicationScoped
public class TurnoutAggregates {

    /** The CSV file's columns: one row per reporting time and unit, the nation (KZ) first at each time. */
    static final String HEADER = "election,time,close,unit,precincts_reported,precincts,voted,voters_on_list_reported,"
            + "voters_added_reported,voters_on_list,percent";

    @Inject
    TurnoutSchedules schedules;

    private record Sum(int precincts, long voted, long votersOnList, long votersAdded) {
    }

    private record Precincts(int count, long voters) {
    }

    @Transactional
    public ElectionTurnout of(String election) {
        if (ContestRecord.count("electionCode", election) == 0) {
            throw ProblemException.notFound("Election with precincts", election);
        }
        Map<String, Precincts> precincts = new TreeMap<>();
        rows("""
                select unit_code, count(*), sum(voters) from (
                    select distinct on (cp.precinct_id) cp.unit_code, cp.voters
                    from contest_precinct cp join contest c on c.code = cp.contest_code
                    where c.election_code = ?1) p
                group by unit_code""", election).forEach(row -> precincts.put((String) row[0],
                        new Precincts(((Number) row[1]).intValue(), ((Number) row[2]).longValue())));
        Map<LocalTime, Map<String, Sum>> sums = new HashMap<>();
        rows("""
                select reporting_time, unit_code, count(*), sum(voted), sum(voters_on_list), sum(voters_added)
                from turnout_report where election_code = ?1 and current
                group by reporting_time, unit_code""", election).forEach(row -> sums.computeIfAbsent(time(row[0]), t -> new HashMap<>()).put((String) row[1],
                        new Sum(((Number) row[2]).intValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                                ((Number) row[5]).longValue())));
        TreeSet<String> units = new TreeSet<>(precincts.keySet());
        sums.values().forEach(byUnit -> units.addAll(byUnit.keySet()));
        TurnoutRules.Schedule schedule = schedules.of(election);
        List<TimeTurnout> times = new ArrayList<>();
        Precincts none = new Precincts(0, 0);
        Sum nothing = new Sum(0, 0, 0, 0);
        for (LocalTime time : schedule.all()) {
            Map<String, Sum> byUnit = sums.getOrDefault(time, Map.of());
            List<Figure> figures = new ArrayList<>();
            Sum nation = nothing;
            Precincts all = none;
            for (String unit : units) {
                Sum sum = byUnit.getOrDefault(unit, nothing);
                Precincts of = precincts.getOrDefault(unit, none);
                figures.add(figure(unit, sum, of));
                nation = new Sum(nation.precincts() + sum.precincts(), nation.voted() + sum.voted(),
                        nation.votersOnList() + sum.votersOnList(), nation.votersAdded() + sum.votersAdded());
                all = new Precincts(all.count() + of.count(), all.voters() + of.voters());
            }
            times.add(new TimeTurnout(TurnoutApi.clock(time), schedule.isClose(time),
                    figure(Roles.CENTRAL_TERRITORY, nation, all), figures));
        }
        return new ElectionTurnout(election, schedule.times().stream().map(TurnoutApi::clock).toList(),
                TurnoutApi.clock(schedule.close()), times);
    }

    private static Figure figure(String unit, Sum sum, Precincts precincts) {
        return new Figure(unit, sum.precincts(), Math.max(precincts.count(), sum.precincts()), sum.voted(), sum.votersOnList(),
                sum.votersAdded(), precincts.voters(), ResultsView.percent(sum.voted(), sum.votersOnList() + sum.votersAdded()));
    }

    /** The rows of a native query of the election. */
    @SuppressWarnings("unchecked")
    static List<Object[]> rows(String sql, Object... parameters) {
        jakarta.persistence.Query query = ContestRecord.getEntityManager().createNativeQuery(sql, Object[].class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static LocalTime time(Object value) {
        return value instanceof Time sql ? sql.toLocalTime() : (LocalTime) value;
    }

    static String csv(ElectionTurnout turnout) {
        StringBuilder csv = OpenCsv.withHeader(HEADER);
        for (TimeTurnout time : turnout.times()) {
            row(csv, turnout.electionCode(), time, time.nation());
            time.units().forEach(unit -> row(csv, turnout.electionCode(), time, unit));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String election, TimeTurnout time, Figure f) {
        csv.append(String.join(",", election, time.time(), String.valueOf(time.close()), f.unitCode(),
                String.valueOf(f.precinctsReported()), String.valueOf(f.precincts()), String.valueOf(f.voted()),
                String.valueOf(f.votersOnListReported()), String.valueOf(f.votersAddedReported()),
                String.valueOf(f.votersOnList()), f.percent())).append('\n');
    }
}
