package kz.elections.results.web;

import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import kz.elections.law.recall.RecallRules;
import kz.elections.common.web.Language;
import kz.elections.law.allocation.Fraction;
import kz.elections.law.allocation.SeatAllocation;
import kz.elections.law.winner.Plurality;
import kz.elections.results.publication.PublishedVersion;
import kz.elections.results.publication.ResultDocument;
import kz.elections.results.publication.ResultVersion;
import kz.elections.results.tabulation.TabulationService;

/**
 * What a results page shows, read from a published version's document and said in one language: the
 * seat diagram, the figures, the allocation trace in sentences, reporting by unit and the version
 * history. No I/O: everything comes in as arguments, so a version always reads the same. Votes, seats
 * and percentages are exact (integers and fractions); only the diagram's coordinates are decimals.
 */
public record ResultsView(String electionCode, int number, String statusLabel, boolean fin, String asOfIso, String asOfText,
        String reason, Integer certifies, boolean latest, String jsonUrl, String csvUrl, List<ContestView> contests,
        List<HistoryRow> history) {

    /** Twelve colours that stay apart for the common kinds of colour blindness (Okabe-Ito, then Tol's muted). */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#332288", "#117733", "#882255", "#44AA99", "#999933");

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'xxx", Locale.ROOT);

    public record ContestView(String code, boolean partyList, int precincts, int precinctsReported, String reportingPercent,
            String turnoutPercent, List<OptionRow> rows, long againstAll, String againstAllPercent, Diagram diagram,
            List<String> outcome, AllocationSentences trace, List<UnitRow> units, UnitRow allUnits) {
    }

    /**
     * A list or candidate: its registration id, its short label (a list's short name), the name as registered in Kazakh,
     * the Russian one beside it on Russian pages.
     */
    public record OptionRow(String id, String label, String nameKk, String nameRu, String colour, long votes, String percent,
            Long seats, String threshold, boolean elected) {
    }

    public record Diagram(String width, String height, String label, List<Circle> circles, List<LegendItem> legend) {
    }

    public record Circle(String cx, String cy, String r, String colour, String party) {
    }

    public record LegendItem(String colour, String nameKk, String nameRu, long seats) {
    }

    public record UnitRow(String unitCode, int reported, int total, String reportedText, String turnout) {
    }

    /** An election on the index: its latest version. */
    public record IndexRow(String electionCode, int number, String statusLabel, String asOfIso, String asOfText) {
    }

    public static List<IndexRow> index(List<ResultVersion.Summary> latest, ResultsMessages msg) {
        return latest.stream().map(v -> new IndexRow(v.electionCode(), v.number(), status(v.status().name(), msg),
                v.asOf().toString(), AS_OF.format(v.asOf()))).toList();
    }

    public record HistoryRow(int number, String statusLabel, String asOfIso, String asOfText, String reason, String changes,
            boolean current) {
    }

    /**
     * @param version the version as the feed serves it (number, status, asOf, certifies, reason, contests)
     * @param history the versions up to and including this one, oldest first
     * @param precinctsByUnit per contest code, the precincts of each unit that vote in it
     * @param latest whether the page is the election's latest results (download links follow it) or this version's
     */
    public static ResultsView of(PublishedVersion version, List<ResultVersion.Summary> history,
            Map<String, Map<String, Integer>> precinctsByUnit, boolean latest, Language language, ResultsMessages msg) {
        String code = version.electionCode();
        int number = version.number();
        String feed = "/api/v1/elections/" + code + "/results/" + (latest ? "latest" : "versions/" + number);
        List<ContestView> contests = new ArrayList<>();
        for (ResultDocument.ContestResult contest : version.contests()) {
            contests.add(contest(contest, precinctsByUnit.getOrDefault(contest.contestCode(), Map.of()), language, msg));
        }
        List<HistoryRow> rows = new ArrayList<>();
        for (ResultVersion.Summary summary : history) {
            String changes = summary.changes().isEmpty() ? msg.nothing_changed() : String.join(", ", summary.changes());
            rows.add(new HistoryRow(summary.number(), status(summary.status().name(), msg), summary.asOf().toString(),
                    AS_OF.format(summary.asOf()), reason(summary.certifies(), summary.reason(), msg), changes,
                    summary.number() == number));
        }
        // Newest first: a reader comes for what changed last.
        Collections.reverse(rows);
        OffsetDateTime asOf = OffsetDateTime.parse(version.asOf());
        Integer certifies = version.certifies();
        String reason = certifies != null ? null : version.reason();
        String statusName = version.status().name();
        return new ResultsView(code, number, status(statusName, msg), "FINAL".equals(statusName), asOf.toString(),
                AS_OF.format(asOf), reason, certifies, latest, feed, feed + "?format=csv", contests, rows);
    }

    /**
     * Why a version was published, for the page: the reason a person typed, or for a certification the page's
     * own words (the reason the service records for one is developer English).
     */
    private static String reason(Integer certifies, String typed, ResultsMessages msg) {
        return certifies != null ? msg.certifies(certifies) : typed;
    }

    private static String status(String name, ResultsMessages msg) {
        return "FINAL".equals(name) ? msg.status_FINAL() : msg.status_PROVISIONAL();
    }

    private static ContestView contest(ResultDocument.ContestResult contest, Map<String, Integer> precincts,
            Language language, ResultsMessages msg) {
        boolean partyList = contest.partyList();
        TabulationService.Totals nation = contest.nation();
        long againstAll = nation.againstAll();
        List<TabulationService.OptionTotal> options = new ArrayList<>(contest.options());
        options.sort(Comparator.comparingInt(TabulationService.OptionTotal::position));
        long valid = againstAll;
        for (TabulationService.OptionTotal option : options) {
            valid = Math.addExact(valid, option.votes());
        }
        SeatAllocation.Result allocation = contest.allocation();
        TabulationService.Winner winner = contest.winner();
        boolean allocated = partyList && allocation != null && allocation.outcome() == SeatAllocation.Outcome.ALLOCATED;
        Map<String, Boolean> admitted = new LinkedHashMap<>();
        if (allocation != null && allocation.trace() != null) {
            allocation.trace().lists().forEach(l -> admitted.put(l.id(), l.admitted()));
        }

        List<OptionRow> rows = new ArrayList<>();
        List<Hemicycle.Group> groups = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            TabulationService.OptionTotal option = options.get(i);
            String id = TabulationService.candidateId(option);
            String nameKk = option.labelKk();
            String nameRu = language == Language.RU && option.labelRu() != null && !option.labelRu().equals(nameKk)
                    ? option.labelRu() : null;
            long votes = option.votes();
            Long seats = null;
            String threshold = null;
            if (partyList) {
                seats = allocation == null ? 0L : allocation.seats().getOrDefault(id, 0L);
                threshold = admitted.getOrDefault(id, false) ? msg.passed() : msg.not_passed();
                groups.add(new Hemicycle.Group(id, allocated ? Math.toIntExact(seats) : 0));
            }
            // The winner is a registration id: namesakes are told apart by it, never by name.
            boolean elected = !partyList && winner != null && winner.outcome() == Plurality.Outcome.ELECTED
                    && option.ref() != null && option.ref().equals(winner.winnerId());
            rows.add(new OptionRow(id, label(option), nameKk, nameRu, partyList ? PALETTE.get(i % PALETTE.size()) : null, votes,
                    percent(votes, valid), seats, threshold, elected));
        }

        Diagram diagram = allocated ? diagram(rows, groups, msg) : null;
        List<String> outcome = new ArrayList<>();
        AllocationSentences sentences = null;
        if (partyList) {
            sentences = allocation == null ? null : AllocationSentences.of(allocation, nation.invalid(), againstAll, rows, msg);
            if (allocation != null && allocation.outcome() == SeatAllocation.Outcome.LOT_REQUIRED) {
                outcome.addAll(sentences.conclusion());
            } else if (!allocated) {
                outcome.add(msg.no_allocation());
            }
        } else if (contest.recall() != null) {
            outcome.add(recall(contest.recall(), msg));
        } else {
            outcome.add(winner(winner, options, valid, msg));
            if (winner != null && winner.againstAllLargest()) {
                outcome.add(msg.against_all_largest());
            }
        }

        int total = contest.precincts();
        int reported = nation.precinctsReported();
        Map<String, UnitRow> units = new TreeMap<>();
        precincts.forEach((unit, count) -> units.put(unit, unitRow(unit, 0, count, null, msg)));
        for (TabulationService.UnitTotals unit : contest.units()) {
            TabulationService.Totals totals = unit.totals();
            int unitTotal = precincts.getOrDefault(unit.unitCode(), totals.precinctsReported());
            units.put(unit.unitCode(), unitRow(unit.unitCode(), totals.precinctsReported(), unitTotal, totals.turnoutPercent(),
                    msg));
        }
        return new ContestView(contest.contestCode(), partyList, total, reported, contest.reportingPercent(),
                nation.turnoutPercent(), rows, againstAll, percent(againstAll, valid), diagram, outcome, sentences,
                List.copyOf(units.values()), unitRow(null, reported, total, nation.turnoutPercent(), msg));
    }

    /** A list's label in the trace's sentences: the short name on the ballot, else its Kazakh label. */
    static String label(TabulationService.OptionTotal option) {
        return option.detail() != null ? option.detail() : option.labelKk();
    }

    private static UnitRow unitRow(String unit, int reported, int total, String turnout, ResultsMessages msg) {
        return new UnitRow(unit, reported, Math.max(total, reported), msg.reported_of(reported, Math.max(total, reported)),
                turnout == null ? "—" : turnout + " %");
    }

    private static Diagram diagram(List<OptionRow> rows, List<Hemicycle.Group> groups, ResultsMessages msg) {
        Hemicycle.Layout layout = Hemicycle.of(groups);
        Map<String, OptionRow> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        List<Circle> circles = layout.dots().stream().map(d -> new Circle(decimal(d.x()), decimal(d.y()),
                decimal(layout.dotRadius()), byId.get(d.group()).colour(), byId.get(d.group()).label())).toList();
        List<LegendItem> legend = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (OptionRow row : rows) {
            if (row.seats() != null && row.seats() > 0) {
                legend.add(new LegendItem(row.colour(), row.nameKk(), row.nameRu(), row.seats()));
                parts.add(row.nameKk() + " " + row.seats());
            }
        }
        return new Diagram(decimal(layout.width()), decimal(layout.height()), msg.seats_summary(layout.seats(),
                String.join(", ", parts)), circles, legend);
    }

    private static String winner(TabulationService.Winner winner, List<TabulationService.OptionTotal> options, long valid,
            ResultsMessages msg) {
        if (winner == null) {
            return msg.winner_none();
        }
        Map<String, String> names = new LinkedHashMap<>();
        options.forEach(o -> names.put(o.ref() == null ? "" : o.ref(), o.labelKk()));
        List<String> tied = new ArrayList<>();
        (winner.tiedIds() == null ? List.<String>of() : winner.tiedIds()).forEach(t -> tied.add(names.getOrDefault(t, t)));
        return switch (winner.outcome()) {
            case ELECTED -> msg.winner_elected(names.getOrDefault(winner.winnerId(), winner.winner()), winner.winnerVotes(),
                    percent(winner.winnerVotes(), valid));
            case REPEAT_VOTE_REQUIRED -> msg.winner_repeat(String.join(", ", tied), winner.winnerVotes());
            case REPEAT_ELECTION_REQUIRED -> msg.winner_repeat_election(String.join(", ", tied), winner.winnerVotes());
            default -> msg.winner_none();
        };
    }

    /** A recall vote's outcome (CL Art. 113-16) in the page's language. */
    private static String recall(RecallRules.Result recall, ResultsMessages msg) {
        return switch (recall.outcome()) {
            case RECALLED -> msg.recall_recalled(recall.forRecall(), recall.tookPart());
            case NOT_RECALLED -> msg.recall_not_recalled(recall.forRecall(), recall.tookPart());
            default -> msg.recall_invalid(recall.tookPart(), recall.voters(), recall.turnoutRequired());
        };
    }

    /** part × 100 / whole, rounded half-even to two places; 0.00 of nothing. */
    /** part ÷ whole × 100 to two places, exactly (half up); 0.00 of nothing. */
    public static String percent(long part, long whole) {
        return whole == 0 ? "0.00"
                : Fraction.of(BigInteger.valueOf(part).multiply(BigInteger.valueOf(100)), BigInteger.valueOf(whole)).decimal(2)
                        .toPlainString();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
