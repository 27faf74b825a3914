package kz.elections.results.web;

import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
import kz.elections.results.contest.ContestSync;
import kz.elections.results.tabulation.TabulationService;

/**
 * What a results page shows, read from a published version's document and said in one language: the
 * seat diagram, the figures, the allocation trace in sentences, reporting by unit and the version
 * history. No I/O: everything comes in as arguments, so a version always reads the same. Votes, seats
 * and percentages are exact (integers and fractions); only the diagram's coordinates are decimals.
 */
public record ResultsView(String electionCode, int number, String statusLabel, boolean fin, String asOfIso, String asOfText,
        String reason, Integer certifies, boolean latest, String jsonUrl, String csvUrl, List<ContestView> contests,
        List<HistoryRow> history, Chamber chamber, List<DistrictRow> districts, boolean live, String etag, String liveStatus) {

    /** Twelve colours that stay apart for the common kinds of colour blindness (Okabe-Ito, then Tol's muted). */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#332288", "#117733", "#882255", "#44AA99", "#999933");

    /** A district seat whose winner is not known yet (not reported, a repeat vote, not held): white, outlined. */
    static final String UNDECIDED = "#FFFFFF";
    /** Self-nominated deputies: a grey none of the parties wears. */
    static final String SELF_NOMINATED = "#6E7781";

    /**
     * What the page learns about a contest besides its published figures: the unit it is held in (null: the nation), whether
     * it fills the Mazhilis, and who nominated each candidate ({@code nominatedBy} by registration id: a party's short name,
     * an association's name, or "self-nominated").
     */
    public record ContestFacts(String kind, String unitCode, boolean mazhilis, Map<String, String> nominatedBy) {
    }

    /**
     * @param index the contest's place on the page (its section is {@code contest-<index>})
     * @param unitName for a contest of one unit, its name
     * @param partyMap the units coloured by their leading list or candidate; null for a contest of one unit
     */
    public record ContestView(int index, String code, boolean partyList, int precincts, int precinctsReported,
            String reportingPercent, String turnoutPercent, List<OptionRow> rows, long againstAll, String againstAllText,
            String againstAllPercent, Diagram diagram, List<String> outcome, AllocationSentences trace, List<UnitRow> units,
            UnitRow allUnits, String unitName, TileMap.Drawing partyMap, TileMap.Drawing turnoutMap) {
    }

    /**
     * A list or candidate: {@code id} its short label on the page (a list's short name); {@code ref} its registration id,
     * the key of its seats and trace; {@code name} the name as registered in the page's language (see {@link #name}) and
     * {@code nameLang} the language it is written in; {@code votesText} the votes with the language's thousands separators.
     */
    public record OptionRow(String id, String ref, String name, String nameLang, String colour, long votes, String votesText,
            String percent, Long seats, String threshold, boolean elected) {
    }

    /** The whole chamber: every list seat and every district seat, by party. */
    public record Chamber(String width, String height, String label, int seats, int listSeats, int districtSeats,
            List<ChamberDot> dots, List<ChamberRow> legend) {
    }

    public record ChamberDot(String cx, String cy, String r, String colour, boolean district, String party) {
    }

    /** A party (or the self-nominated, or the undecided) in the chamber: its list seats, district seats and both. */
    public record ChamberRow(String colour, String name, long list, long districts, long total) {
    }

    /** A district on the districts table: its winner by registration id and name, the nominating party, the margin. */
    public record DistrictRow(int contestIndex, String code, String unitName, String winnerId, String winner, String winnerLang,
            String party,
            String partyColour, String margin, String status) {
    }

    /** A list's or candidate's share of a unit's valid ballots. */
    public record ShareRow(String ref, String name, String nameLang, String colour, long votes, String votesText, String percent) {
    }

    public record Diagram(String width, String height, String label, List<Circle> circles, List<LegendItem> legend) {
    }

    public record Circle(String cx, String cy, String r, String colour, String party) {
    }

    public record LegendItem(String colour, String name, String nameLang, long seats) {
    }

    /**
     * A unit's figures: {@code anchor} the id its map tile links to; {@code leading} the list or candidate with the most
     * votes there (null before any), {@code leadingRef} its registration id; {@code shares} every option's share of the
     * unit's valid ballots, most votes first.
     */
    public record UnitRow(String unitCode, String name, String anchor, int reported, int total, String reportedText,
            String turnout, String turnoutPercent, String leadingRef, String leading, String leadingLang, String leadingColour,
            String leadingPercent, List<ShareRow> shares) {
    }

    /** An election on the index: its latest version. */
    public record IndexRow(String electionCode, int number, String statusLabel, String asOfIso, String asOfText) {
    }

    public static List<IndexRow> index(List<ResultVersion.Summary> latest, ResultsMessages msg, Language language, ZoneId zone) {
        DateTimeFormatter shown = shown(language);
        return latest.stream().map(v -> new IndexRow(v.electionCode(), v.number(), status(v.status().name(), msg),
                v.asOf().toString(), shown.format(v.asOf().atZoneSameInstant(zone)))).toList();
    }

    /** A moment as the page says it: the election's local time, in the language's own format. */
    static DateTimeFormatter shown(Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.locale());
    }

    public record HistoryRow(int number, String statusLabel, String asOfIso, String asOfText, String reason, String changes,
            boolean current) {
    }

    /**
     * @param version the version as the feed serves it (number, status, asOf, certifies, reason, contests)
     * @param history the versions up to and including this one, oldest first
     * @param precinctsByUnit per contest code, the precincts of each unit that vote in it
     * @param facts per contest code, what the page knows of it besides the figures (absent: nothing)
     * @param latest whether the page is the election's latest results (download links follow it) or this version's
     * @param zone the election's local time zone, in which the page gives times
     * @param etag the page's ETag, with which the page asks whether the latest results changed
     */
    public static ResultsView of(PublishedVersion version, List<ResultVersion.Summary> history,
            Map<String, Map<String, Integer>> precinctsByUnit, Map<String, ContestFacts> facts, boolean latest,
            Language language, ZoneId zone, String etag, ResultsMessages msg, UnitMessages units) {
        String code = version.electionCode();
        int number = version.number();
        NumberFormat numbers = NumberFormat.getIntegerInstance(language.locale());
        DateTimeFormatter shown = shown(language);
        String feed = "/api/v1/elections/" + code + "/results/" + (latest ? "latest" : "versions/" + number);
        List<ContestView> contests = new ArrayList<>();
        for (ResultDocument.ContestResult contest : version.contests()) {
            ContestFacts known = facts.getOrDefault(contest.contestCode(), new ContestFacts(contest.kind(), null, false, Map.of()));
            contests.add(contest(contests.size(), contest, precinctsByUnit.getOrDefault(contest.contestCode(), Map.of()),
                    known, language, numbers, msg, units));
        }
        List<HistoryRow> rows = new ArrayList<>();
        for (ResultVersion.Summary summary : history) {
            String changes = summary.changes().isEmpty() ? msg.nothing_changed() : String.join(", ", summary.changes());
            rows.add(new HistoryRow(summary.number(), status(summary.status().name(), msg), summary.asOf().toString(),
                    shown.format(summary.asOf().atZoneSameInstant(zone)), reason(summary.certifies(), summary.reason(), msg),
                    changes, summary.number() == number));
        }
        // Newest first: a reader comes for what changed last.
        Collections.reverse(rows);
        OffsetDateTime asOf = OffsetDateTime.parse(version.asOf());
        Integer certifies = version.certifies();
        String reason = certifies != null ? null : version.reason();
        String statusName = version.status().name();
        boolean fin = "FINAL".equals(statusName);
        String asOfText = shown.format(asOf.atZoneSameInstant(zone));
        List<DistrictRow> districts = districts(version.contests(), contests, facts, numbers, msg, units);
        return new ResultsView(code, number, status(statusName, msg), fin, asOf.toString(), asOfText, reason, certifies,
                latest, feed, feed + "?format=csv", contests, rows, chamber(version.contests(), contests, facts, msg),
                districts, latest && !fin, etag, msg.live_updated(number, asOfText));
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

    private static ContestView contest(int index, ResultDocument.ContestResult contest, Map<String, Integer> precincts,
            ContestFacts facts, Language language, NumberFormat numbers, ResultsMessages msg, UnitMessages unitMsg) {
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
        Map<Integer, OptionRow> byPosition = new LinkedHashMap<>();
        List<Hemicycle.Group> groups = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            TabulationService.OptionTotal option = options.get(i);
            String id = listId(option);
            // Seats and the trace are keyed by the registration id; the short name is for people.
            String key = TabulationService.candidateId(option);
            Name name = name(option, language);
            long votes = option.votes();
            Long seats = null;
            String threshold = null;
            if (partyList) {
                seats = allocation == null ? 0L : allocation.seats().getOrDefault(key, 0L);
                threshold = admitted.getOrDefault(key, false) ? msg.passed() : msg.not_passed();
                groups.add(new Hemicycle.Group(id, allocated ? Math.toIntExact(seats) : 0));
            }
            // The winner is a registration id: namesakes are told apart by it, never by name.
            boolean elected = !partyList && winner != null && winner.outcome() == Plurality.Outcome.ELECTED
                    && option.ref() != null && option.ref().equals(winner.winnerId());
            OptionRow row = new OptionRow(id, key, name.text(), name.lang(), partyList ? PALETTE.get(i % PALETTE.size()) : null, votes,
                    numbers.format(votes), percent(votes, valid), seats, threshold, elected);
            rows.add(row);
            byPosition.put(option.position(), row);
        }

        Diagram diagram = allocated ? diagram(rows, groups, msg) : null;
        List<String> outcome = new ArrayList<>();
        AllocationSentences sentences = null;
        if (partyList) {
            sentences = allocation == null ? null : AllocationSentences.of(allocation, nation.invalid(), againstAll, rows, msg,
                    new kz.elections.common.web.LocalFormat(language.locale()));
            if (allocation != null && allocation.outcome() == SeatAllocation.Outcome.LOT_REQUIRED) {
                outcome.addAll(sentences.conclusion());
            } else if (!allocated) {
                outcome.add(msg.no_allocation());
            }
        } else if (contest.recall() != null) {
            outcome.add(recall(contest.recall(), msg));
        } else {
            outcome.add(winner(winner, options, valid, language, numbers, msg));
            if (winner != null && winner.againstAllLargest()) {
                outcome.add(msg.against_all_largest());
            }
        }
        // A single-seat contest lists its candidates by votes, the most first; a list contest keeps the ballot's order.
        List<OptionRow> shown = new ArrayList<>(rows);
        if (!partyList) {
            shown.sort(Comparator.comparingLong(OptionRow::votes).reversed());
        }

        int total = contest.precincts();
        int reported = nation.precinctsReported();
        Map<String, UnitRow> units = new TreeMap<>();
        precincts.forEach((unit, count) -> units.put(unit, unitRow(index, unit, 0, count, null, List.of(), msg, unitMsg)));
        for (TabulationService.UnitTotals unit : contest.units()) {
            TabulationService.Totals totals = unit.totals();
            int unitTotal = precincts.getOrDefault(unit.unitCode(), totals.precinctsReported());
            units.put(unit.unitCode(), unitRow(index, unit.unitCode(), totals.precinctsReported(), unitTotal,
                    totals.turnoutPercent(), shares(unit, byPosition, numbers), msg, unitMsg));
        }
        List<UnitRow> unitRows = units.values().stream()
                .sorted(Comparator.comparing(UnitRow::name, java.text.Collator.getInstance(language.locale()))).toList();
        TileMap.Drawing partyMap = null;
        TileMap.Drawing turnoutMap = null;
        if (partyList) {
            partyMap = partyMap(index, unitRows, rows, unitMsg);
            turnoutMap = turnoutMap("contest-" + index + "-turnout-map", unitMsg.map_turnout_title(), unitRows.stream()
                    .filter(u -> u.reported() > 0).collect(java.util.stream.Collectors.toMap(UnitRow::unitCode,
                            UnitRow::turnoutPercent)), code -> "#" + unitAnchor(index, code), unitMsg);
        }
        String unitName = facts.unitCode() == null ? null : Units.name(facts.unitCode(), unitMsg);
        return new ContestView(index, contest.contestCode(), partyList, total, reported, contest.reportingPercent(),
                nation.turnoutPercent(), shown, againstAll, numbers.format(againstAll), percent(againstAll, valid), diagram,
                outcome, sentences, unitRows, unitRow(index, null, reported, total, nation.turnoutPercent(), List.of(), msg,
                        unitMsg), unitName, partyMap, turnoutMap);
    }

    /** The map of a unit's turnout (percent by unit code; the units without figures are drawn without). */
    public static TileMap.Drawing turnoutMap(String id, String title, Map<String, String> turnout,
            java.util.function.Function<String, String> href, UnitMessages unitMsg) {
        Map<String, TileMap.Shade> shades = new LinkedHashMap<>();
        turnout.forEach((code, percent) -> shades.put(code, new TileMap.Shade(TileMap.turnoutFill(percent), percent + " %",
                unitMsg.map_tile_turnout(Units.name(code, unitMsg), percent))));
        return TileMap.of(id, title, shades, href, TileMap.turnoutLegend(), unitMsg);
    }

    /** The units coloured by their leading list; the legend keys the lists that lead somewhere, by registration id. */
    static TileMap.Drawing partyMap(int index, List<UnitRow> units, List<OptionRow> rows, UnitMessages unitMsg) {
        Map<String, TileMap.Shade> shades = new LinkedHashMap<>();
        java.util.Set<String> leaders = new java.util.HashSet<>();
        for (UnitRow unit : units) {
            if (unit.leading() != null) {
                leaders.add(unit.leadingRef());
                shades.put(unit.unitCode(), new TileMap.Shade(unit.leadingColour(), unit.leadingPercent() + " %",
                        unitMsg.map_tile_party(unit.name(), unit.leading(), unit.leadingPercent())));
            }
        }
        List<TileMap.Key> legend = rows.stream().filter(r -> leaders.contains(r.ref()))
                .map(r -> new TileMap.Key(r.colour(), r.name())).toList();
        return TileMap.of("contest-" + index + "-party-map", unitMsg.map_party_title(), shades,
                code -> "#" + unitAnchor(index, code), legend, unitMsg);
    }

    /** Each option's share of the unit's valid ballots (its options and "against all"), the most votes first. */
    private static List<ShareRow> shares(TabulationService.UnitTotals unit, Map<Integer, OptionRow> byPosition,
            NumberFormat numbers) {
        if (unit.options() == null) {
            return List.of();
        }
        long valid = unit.totals().againstAll();
        for (TabulationService.OptionVotes votes : unit.options()) {
            valid = Math.addExact(valid, votes.votes());
        }
        List<TabulationService.OptionVotes> ordered = new ArrayList<>(unit.options());
        ordered.sort(Comparator.comparingLong(TabulationService.OptionVotes::votes).reversed()
                .thenComparingInt(TabulationService.OptionVotes::position));
        List<ShareRow> shares = new ArrayList<>();
        for (TabulationService.OptionVotes votes : ordered) {
            OptionRow row = byPosition.get(votes.position());
            if (row != null) {
                shares.add(new ShareRow(row.ref(), row.name(), row.nameLang(), row.colour(), votes.votes(), numbers.format(votes.votes()),
                        percent(votes.votes(), valid)));
            }
        }
        return shares;
    }

    static String unitAnchor(int contest, String unitCode) {
        return "contest-" + contest + "-unit-" + unitCode;
    }

    /**
     * The whole Mazhilis once district results are in: the national list's seats (as allocated) and one seat per
     * single-seat district, coloured by the party that nominated its winner, grey for the self-nominated, white while
     * undecided. Each party's list seats come first, then its district seats (outlined thicker). Null for an election
     * without a Mazhilis list and districts, before the list's seats are allocated, or before any district has a winner.
     */
    private static Chamber chamber(List<ResultDocument.ContestResult> results, List<ContestView> views,
            Map<String, ContestFacts> facts, ResultsMessages msg) {
        ContestView list = null;
        List<Integer> districts = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ResultDocument.ContestResult contest = results.get(i);
            ContestFacts known = facts.get(contest.contestCode());
            if (known == null || !known.mazhilis()) {
                continue;
            }
            if (contest.partyList() && known.unitCode() == null) {
                list = views.get(i);
            } else if ("SINGLE_MANDATE".equals(contest.kind())) {
                districts.add(i);
            }
        }
        long unpublished = unpublishedDistricts(results, facts).stream().filter(c -> facts.get(c).mazhilis()).count();
        if (list == null || list.diagram() == null || districts.isEmpty()) {
            return null;
        }
        Map<String, long[]> seats = new LinkedHashMap<>();
        Map<String, String> colours = new LinkedHashMap<>();
        for (OptionRow row : list.rows()) {
            seats.put(row.id(), new long[] {row.seats() == null ? 0 : row.seats(), 0});
            colours.put(row.id(), row.colour());
        }
        long self = 0;
        long undecided = unpublished;
        for (int i : districts) {
            String party = districtParty(results.get(i), facts.get(results.get(i).contestCode()));
            if (party == null) {
                undecided++;
            } else if (ContestSync.SELF_NOMINATED.equals(party)) {
                self++;
            } else {
                colours.computeIfAbsent(party, p -> PALETTE.get(colours.size() % PALETTE.size()));
                seats.computeIfAbsent(party, p -> new long[2])[1]++;
            }
        }
        if (undecided == districts.size() + unpublished) {
            return null;
        }
        List<String> segmentColours = new ArrayList<>();
        List<Boolean> segmentDistrict = new ArrayList<>();
        List<String> segmentParty = new ArrayList<>();
        List<Hemicycle.Group> groups = new ArrayList<>();
        List<ChamberRow> legend = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        java.util.function.BiConsumer<String, long[]> add = (party, counts) -> {
            String colour = colours.getOrDefault(party, SELF_NOMINATED);
            for (int kind = 0; kind < 2; kind++) {
                groups.add(new Hemicycle.Group(String.valueOf(groups.size()), Math.toIntExact(counts[kind])));
                segmentColours.add(colour);
                segmentDistrict.add(kind == 1);
                segmentParty.add(party);
            }
        };
        long listSeats = 0;
        for (Map.Entry<String, long[]> party : seats.entrySet()) {
            long[] counts = party.getValue();
            listSeats += counts[0];
            if (counts[0] + counts[1] > 0) {
                add.accept(party.getKey(), counts);
                legend.add(new ChamberRow(colours.get(party.getKey()), party.getKey(), counts[0], counts[1], counts[0] + counts[1]));
                parts.add(party.getKey() + " " + (counts[0] + counts[1]));
            }
        }
        if (self > 0) {
            add.accept(ContestSync.SELF_NOMINATED, new long[] {0, self});
            legend.add(new ChamberRow(SELF_NOMINATED, msg.self_nominated(), 0, self, self));
            parts.add(msg.self_nominated() + " " + self);
        }
        if (undecided > 0) {
            groups.add(new Hemicycle.Group(String.valueOf(groups.size()), Math.toIntExact(undecided)));
            segmentColours.add(UNDECIDED);
            segmentDistrict.add(true);
            segmentParty.add("");
            legend.add(new ChamberRow(UNDECIDED, msg.undecided(), 0, undecided, undecided));
            parts.add(msg.undecided() + " " + undecided);
        }
        Hemicycle.Layout layout = Hemicycle.of(groups);
        List<ChamberDot> dots = layout.dots().stream().map(d -> {
            int segment = Integer.parseInt(d.group());
            return new ChamberDot(decimal(d.x()), decimal(d.y()), decimal(layout.dotRadius()), segmentColours.get(segment),
                    segmentDistrict.get(segment), segmentParty.get(segment));
        }).toList();
        return new Chamber(decimal(layout.width()), decimal(layout.height()), msg.chamber_summary(layout.seats(),
                String.join(", ", parts)), layout.seats(), Math.toIntExact(listSeats),
                Math.toIntExact(districts.size() + unpublished), dots, legend);
    }

    /**
     * Who nominated a district's winner: a party's short name, "self-nominated", or null while the district has none (not
     * reported, a repeat vote, declared not held). The published elected say it; a version published before they did
     * falls back on the registrations the service holds.
     */
    private static String districtParty(ResultDocument.ContestResult contest, ContestFacts facts) {
        TabulationService.Winner winner = contest.winner();
        if (contest.notHeld() != null || winner == null || winner.outcome() != Plurality.Outcome.ELECTED
                || contest.nation().precinctsReported() == 0) {
            return null;
        }
        if (contest.elected() != null && contest.elected().elected() != null) {
            for (kz.elections.results.elected.ElectedService.Person person : contest.elected().elected()) {
                if (person.nominationId() != null && person.nominationId().toString().equals(winner.winnerId())
                        && person.nominatedBy() != null) {
                    return person.nominatedBy();
                }
            }
        }
        String nominatedBy = facts == null ? null : facts.nominatedBy().get(winner.winnerId());
        return nominatedBy == null ? ContestSync.SELF_NOMINATED : nominatedBy;
    }

    /** Every single-seat contest of the election: its winner (or why there is none), the party and the margin. */
    private static List<DistrictRow> districts(List<ResultDocument.ContestResult> results, List<ContestView> views,
            Map<String, ContestFacts> facts, NumberFormat numbers, ResultsMessages msg, UnitMessages unitMsg) {
        List<DistrictRow> rows = new ArrayList<>();
        Map<String, String> listColours = new LinkedHashMap<>();
        views.stream().filter(ContestView::partyList).flatMap(v -> v.rows().stream())
                .forEach(r -> listColours.putIfAbsent(r.id(), r.colour()));
        for (int i = 0; i < results.size(); i++) {
            ResultDocument.ContestResult contest = results.get(i);
            if (!"SINGLE_MANDATE".equals(contest.kind())) {
                continue;
            }
            ContestView view = views.get(i);
            String party = districtParty(contest, facts.get(contest.contestCode()));
            if (party == null) {
                TabulationService.Winner winner = contest.winner();
                String status = contest.notHeld() != null ? msg.district_not_held()
                        : contest.nation().precinctsReported() == 0 ? msg.district_waiting()
                        : winner != null && winner.outcome() != null && winner.outcome().name().startsWith("REPEAT")
                                ? msg.district_repeat() : msg.district_no_winner();
                rows.add(new DistrictRow(i, contest.contestCode(), view.unitName(), null, null, null, null, null, null, status));
                continue;
            }
            List<OptionRow> byVotes = view.rows();
            OptionRow first = byVotes.stream().filter(OptionRow::elected).findFirst().orElse(byVotes.get(0));
            long second = byVotes.stream().filter(r -> r != first).mapToLong(OptionRow::votes).max().orElse(0);
            long valid = view.againstAll();
            for (OptionRow row : byVotes) {
                valid += row.votes();
            }
            long margin = first.votes() - second;
            boolean self = ContestSync.SELF_NOMINATED.equals(party);
            rows.add(new DistrictRow(i, contest.contestCode(), view.unitName(), first.ref(), first.name(), first.nameLang(),
                    self ? msg.self_nominated() : party, self ? SELF_NOMINATED : listColours.get(party),
                    msg.margin(numbers.format(margin), percent(margin, valid)), null));
        }
        for (String code : unpublishedDistricts(results, facts)) {
            rows.add(new DistrictRow(-1, code, Units.name(facts.get(code).unitCode(), unitMsg), null, null, null, null, null,
                    null, msg.district_waiting()));
        }
        rows.sort(Comparator.comparing(DistrictRow::code));
        return rows;
    }

    /** The election's single-seat contests the version has no figures of: no protocol had reached them. */
    private static List<String> unpublishedDistricts(List<ResultDocument.ContestResult> results,
            Map<String, ContestFacts> facts) {
        java.util.Set<String> published = new java.util.HashSet<>();
        results.forEach(c -> published.add(c.contestCode()));
        return facts.entrySet().stream().filter(e -> "SINGLE_MANDATE".equals(e.getValue().kind()))
                .map(Map.Entry::getKey).filter(code -> !published.contains(code)).sorted().toList();
    }

    /** A name as the page shows it and the language ({@code lang} attribute) it is written in. */
    record Name(String text, String lang) {
    }

    /**
     * A list's or candidate's name in the page's language: a party's registered name in Kazakh, Russian or English. People's
     * names are not translated: an English page gives a candidate's Russian form (the ballot has Kazakh and Russian forms),
     * as it does a list's name in a version published before the English name was kept; a missing form falls back on the
     * Kazakh one.
     */
    static Name name(TabulationService.OptionTotal option, Language language) {
        if (language == Language.EN && option.labelEn() != null && !option.labelEn().isBlank()) {
            return new Name(option.labelEn(), "en");
        }
        if (language != Language.KK && option.labelRu() != null && !option.labelRu().isBlank()) {
            return new Name(option.labelRu(), "ru");
        }
        return new Name(option.labelKk(), "kk");
    }

    /** A list's label on the page and in the trace's sentences: the short name on the ballot, else its Kazakh label. */
    static String listId(TabulationService.OptionTotal option) {
        return option.detail() != null ? option.detail() : option.labelKk();
    }

    private static UnitRow unitRow(int contest, String unit, int reported, int total, String turnout, List<ShareRow> shares,
            ResultsMessages msg, UnitMessages unitMsg) {
        ShareRow leading = shares.isEmpty() || shares.get(0).votes() == 0 ? null : shares.get(0);
        return new UnitRow(unit, unit == null ? msg.all_units() : Units.name(unit, unitMsg),
                unit == null ? null : unitAnchor(contest, unit), reported, Math.max(total, reported),
                msg.reported_of(reported, Math.max(total, reported)), turnout == null ? "—" : turnout + " %", turnout,
                leading == null ? null : leading.ref(), leading == null ? null : leading.name(),
                leading == null ? null : leading.nameLang(),
                leading == null ? null : leading.colour(),
                leading == null ? null : leading.percent(), shares);
    }

    private static Diagram diagram(List<OptionRow> rows, List<Hemicycle.Group> groups, ResultsMessages msg) {
        Hemicycle.Layout layout = Hemicycle.of(groups);
        Map<String, String> colours = new LinkedHashMap<>();
        rows.forEach(r -> colours.put(r.id(), r.colour()));
        List<Circle> circles = layout.dots().stream().map(d -> new Circle(decimal(d.x()), decimal(d.y()),
                decimal(layout.dotRadius()), colours.get(d.group()), d.group())).toList();
        List<LegendItem> legend = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (OptionRow row : rows) {
            if (row.seats() != null && row.seats() > 0) {
                legend.add(new LegendItem(row.colour(), row.name(), row.nameLang(), row.seats()));
                parts.add(row.name() + " " + row.seats());
            }
        }
        return new Diagram(decimal(layout.width()), decimal(layout.height()), msg.seats_summary(layout.seats(),
                String.join(", ", parts)), circles, legend);
    }

    private static String winner(TabulationService.Winner winner, List<TabulationService.OptionTotal> options, long valid,
            Language language, NumberFormat numbers, ResultsMessages msg) {
        if (winner == null) {
            return msg.winner_none();
        }
        Map<String, String> names = new LinkedHashMap<>();
        options.forEach(o -> names.put(o.ref() == null ? "" : o.ref(), name(o, language).text()));
        List<String> tied = new ArrayList<>();
        (winner.tiedIds() == null ? List.<String>of() : winner.tiedIds()).forEach(t -> tied.add(names.getOrDefault(t, t)));
        return switch (winner.outcome()) {
            case ELECTED -> msg.winner_elected(names.getOrDefault(winner.winnerId(), winner.winner()),
                    numbers.format(winner.winnerVotes()),
                    percent(winner.winnerVotes(), valid));
            case REPEAT_VOTE_REQUIRED -> msg.winner_repeat(String.join(", ", tied), numbers.format(winner.winnerVotes()));
            case REPEAT_ELECTION_REQUIRED -> msg.winner_repeat_election(String.join(", ", tied),
                    numbers.format(winner.winnerVotes()));
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
