package kz.elections.results.turnout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.elections.results.turnout.TurnoutApi.ElectionTurnout;
import kz.elections.results.turnout.TurnoutApi.Figure;
import kz.elections.results.turnout.TurnoutApi.TimeTurnout;
import kz.elections.results.web.ResultsView;
import kz.elections.results.web.TileMap;
import kz.elections.results.web.UnitMessages;
import kz.elections.results.web.Units;

/**
 * What the public turnout page shows, in the reader's language: the nation's figure at each time, the units ranked by
 * their turnout at the latest time any precinct reported (equal shares share a rank), and a chart per unit.
 */
public record TurnoutPage(String electionCode, String title, boolean any, List<NationRow> nation, String rankedAt,
        List<RankedUnit> ranked, List<UnitChart> units, TileMap.Drawing map) {

    public record NationRow(String time, int reported, int precincts, long voted, String percent) {
    }

    public record RankedUnit(int rank, String unitCode, String name, String percent, String reported) {
    }

    /** {@code description}: the chart's figures in words, for those who do not see it. */
    public record UnitChart(String unitCode, String name, String title, String description, TurnoutChart.Chart chart) {
    }

    /** The map of the units' turnout at the latest time links to each unit's chart, {@code turnout-unit-<code>}. */
    public static TurnoutPage of(ElectionTurnout turnout, TurnoutMessages msg, UnitMessages unitMsg) {
        List<NationRow> nation = new ArrayList<>();
        TimeTurnout latest = null;
        for (TimeTurnout time : turnout.times()) {
            Figure n = time.nation();
            nation.add(new NationRow(label(time, msg), n.precinctsReported(), n.precincts(), n.voted(), n.percent()));
            if (n.precinctsReported() > 0) {
                latest = time;
            }
        }
        List<RankedUnit> ranked = new ArrayList<>();
        if (latest != null) {
            List<Figure> order = latest.units().stream()
                    .sorted(Comparator.comparing((Figure f) -> new BigDecimal(f.percent())).reversed()
                            .thenComparing(Figure::unitCode))
                    .toList();
            for (int i = 0; i < order.size(); i++) {
                Figure f = order.get(i);
                boolean tied = i > 0 && new BigDecimal(f.percent()).compareTo(new BigDecimal(order.get(i - 1).percent())) == 0;
                int rank = tied ? ranked.get(i - 1).rank() : i + 1;
                ranked.add(new RankedUnit(rank, f.unitCode(), Units.name(f.unitCode(), unitMsg), f.percent(), msg.reported_of(f.precinctsReported(), f.precincts())));
            }
        }
        List<UnitChart> units = new ArrayList<>();
        List<String> unitCodes = turnout.times().isEmpty() ? List.of()
                : turnout.times().get(0).units().stream().map(Figure::unitCode).toList();
        for (int u = 0; u < unitCodes.size(); u++) {
            List<TurnoutChart.Sample> samples = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (TimeTurnout time : turnout.times()) {
                Figure f = time.units().get(u);
                boolean reported = f.precinctsReported() > 0;
                samples.add(new TurnoutChart.Sample(time.time(), reported ? f.percent() : null));
                if (reported) {
                    words.add(msg.chart_point(time.time(), f.percent()));
                }
            }
            String name = Units.name(unitCodes.get(u), unitMsg);
            units.add(new UnitChart(unitCodes.get(u), name, msg.chart_title(name), String.join("; ", words),
                    TurnoutChart.of(samples)));
        }
        Map<String, String> latestTurnout = new LinkedHashMap<>();
        if (latest != null) {
            latest.units().stream().filter(f -> f.precinctsReported() > 0)
                    .forEach(f -> latestTurnout.put(f.unitCode(), f.percent()));
        }
        TileMap.Drawing map = ResultsView.turnoutMap("turnout-map", latest == null ? unitMsg.map_turnout_title()
                : msg.map_title(label(latest, msg)), latestTurnout, code -> "#turnout-unit-" + code, unitMsg);
        return new TurnoutPage(turnout.electionCode(), msg.title(turnout.electionCode()), latest != null, nation,
                latest == null ? null : label(latest, msg), ranked, units, map);
    }

    private static String label(TimeTurnout time, TurnoutMessages msg) {
        return time.close() ? msg.time_close(time.time()) : time.time();
    }
}
