package kz.elections.results.err;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.elections.results.elected.ElectedService;
import kz.elections.results.publication.OpenResults;
import kz.elections.results.publication.ResultDocument;
import kz.elections.results.publication.ResultVersion;
import kz.elections.results.tabulation.TabulationService;

/**
 * A published result version as a NIST SP 1500-100 v2 {@code ElectionReport} (summary-contest, or precinct-level with
 * each precinct's figures): pure, from the version's typed document and what the contests' records add (their OCD
 * ids, units, seats and precincts per unit).
 * <ul>
 * <li>GpUnits: the nation ({@code gpu-kz}), each unit ({@code gpu-KZ-75}), each district contest's district
 * ({@code gpu-<contest code>}), and in the precinct-level report each precinct ({@code gpu-precinct-<id>}); OCD ids and
 * Tizim's codes as ExternalIdentifiers ("ocd-id", "national-level"). A unit's OCD id is the unit part of its contests'
 * ids; a unit none of whose contests has one carries only its code.</li>
 * <li>A GpUnit's SubUnitsReported, TotalSubUnits, VotersRegistered and VotersParticipated are those of the widest contest
 * that covers all of it: a national contest, else the unit's own list contest; a district's are its contest's.</li>
 * <li>One contest per Tizim contest: PartyContest (lists, "proportional"), CandidateContest (districts, akims,
 * "plurality") or RetentionContest (a recall vote); VoteCounts of every selection for the contest's district, each
 * unit and (precinct-level) each precinct, of Type "total"; a list's seats as VoteCounts of Type "other", OtherType
 * "seats", for the contest's district; SummaryCounts: BallotsCast (those who took part) and BallotsRejected (the
 * invalid ballots).</li>
 * <li>"Against all" is, in every contest that has it, a BallotMeasureSelection with the id
 * {@code sel-<contest code>-against-all} and the text "Барлығына қарсы" / "Против всех" / "Against all", after the
 * ballot's options; sums of Candidate- and PartySelection counts are the votes for a candidate or list.</li>
 * <li>Winners: the elected, "winner" in a certified version, "projected-winner" before; the candidates tied for first
 * place when a repeat vote is required, "advanced-to-runoff".</li>
 * </ul>
 */
public final class ErrExport {

    public static final String SUMMARY = "summary-contest";
    public static final String PRECINCT_LEVEL = "precinct-level";
    public static final String NATION = "gpu-kz";
    static final String COUNTRY_OCD = "ocd-division/country:kz";
    public static final String SEATS = "seats";
    public static final String AGAINST_ALL = "-against-all";

    private static final Pattern UNIT_OCD = Pattern.compile("^(" + Pattern.quote(COUNTRY_OCD) + "/(region|city):([^/]+))");

    /** Who issues the report (the election commission) and with what software. */
    public record Issuer(String name, String abbreviation, String vendorApplicationId) {
    }

    /**
     * What a contest's record adds to its published figures: the OCD id of its division (null if the registry gave
     * none), its unit (null: national), its seats, election day, and its precincts per unit.
     */
    public record ContestFacts(String ocdId, String unitCode, int seats, LocalDate electionDay,
            Map<String, Integer> precinctsByUnit) {

        static final ContestFacts UNKNOWN = new ContestFacts(null, null, 0, null, Map.of());
    }

    /**
     * One version to export: {@code correcting} when an earlier version of the election was certified;
     * {@code precincts}: each precinct's protocol as the version counted it, or null for the summary.
     */
    public record Source(String electionCode, int number, ResultVersion.Status status, String asOf, boolean correcting,
            ResultDocument document, Map<String, ContestFacts> facts, List<OpenResults.PrecinctResult> precincts) {
    }

    private ErrExport() {
    }

    /** The report's Status: certified, correction (after an earlier certified version), or unofficial. */
    public static String status(ResultVersion.Status status, boolean correcting, boolean complete) {
        if (status == ResultVersion.Status.FINAL) {
            return "certified";
        }
        if (correcting) {
            return "correction";
        }
        return complete ? "unofficial-complete" : "unofficial-partial";
    }

    public static Err.ElectionReport report(Source source, Issuer issuer) {
        return new Builder(source).build(issuer);
    }

    static String unitId(String unitCode) {
        return "gpu-" + unitCode;
    }

    static String precinctId(UUID precinct) {
        return "gpu-precinct-" + precinct;
    }

    /** A GpUnit as it is put together. */
    private static final class Unit {
        final String id;
        String name;
        String type;
        String otherType;
        String number;
        final List<Err.ExternalIdentifier> ids = new ArrayList<>();
        final Set<String> composing = new LinkedHashSet<>();
        boolean counted;
        Integer reported;
        Integer total;
        Long registered;
        Long participated;

        Unit(String id, String name, String type, String otherType) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.otherType = otherType;
        }

        void figures(Integer reported, Integer total, long registered, long participated) {
            if (!counted) {
                counted = true;
                this.reported = reported;
                this.total = total;
                this.registered = registered;
                this.participated = participated;
            }
        }

        Err.ReportingUnit build() {
            return new Err.ReportingUnit(id, name, type, otherType, number, List.copyOf(ids),
                    composing.isEmpty() ? null : List.copyOf(composing), reported, total, registered, participated);
        }
    }

    private static final class Builder {
        final Source source;
        final Map<String, Unit> units = new LinkedHashMap<>();
        final Map<String, Err.Party> parties = new LinkedHashMap<>();
        final Map<String, Err.Person> persons = new LinkedHashMap<>();
        final Map<String, Err.Candidate> candidates = new LinkedHashMap<>();
        final Map<String, String> unitOcd = new LinkedHashMap<>();
        final String winner;

        Builder(Source source) {
            this.source = source;
            this.winner = source.status() == ResultVersion.Status.FINAL ? "winner" : "projected-winner";
        }

        ContestFacts facts(String contest) {
            return source.facts().getOrDefault(contest, ContestFacts.UNKNOWN);
        }

        Err.ElectionReport build(Issuer issuer) {
            ResultDocument document = source.document();
            Unit nation = units.computeIfAbsent(NATION, id -> new Unit(id, "Қазақстан Республикасы / Республика Казахстан",
                    "country", null));
            nation.ids.add(Err.ExternalIdentifier.ocd(COUNTRY_OCD));
            nation.ids.add(Err.ExternalIdentifier.tizim("KZ"));
            learnUnitOcdIds();
            // The widest contests first: their figures are the nation's and the units'.
            List<ResultDocument.ContestResult> contests = new ArrayList<>(document.contests());
            contests.sort(Comparator.comparing((ResultDocument.ContestResult c) -> facts(c.contestCode()).unitCode() != null));
            List<Err.Contest> exported = new ArrayList<>();
            Map<String, String> districts = new LinkedHashMap<>();
            for (ResultDocument.ContestResult contest : contests) {
                districts.put(contest.contestCode(), district(contest));
            }
            Map<String, List<OpenResults.PrecinctResult>> precincts = precinctsByContest(districts);
            for (ResultDocument.ContestResult contest : document.contests()) {
                exported.add(contest(contest, districts.get(contest.contestCode()),
                        precincts.getOrDefault(contest.contestCode(), List.of())));
            }
            LocalDate day = source.facts().values().stream().map(ContestFacts::electionDay).filter(d -> d != null).findFirst()
                    .orElse(LocalDate.parse(source.asOf().substring(0, 10)));
            Err.Election election = new Err.Election(Err.InternationalizedText.kkRu(source.electionCode(), source.electionCode()),
                    "general", day.toString(), day.toString(), NATION,
                    List.of(Err.ExternalIdentifier.tizim(source.electionCode())), List.copyOf(candidates.values()), exported);
            boolean complete = document.contests().stream().allMatch(ResultDocument.ContestResult::reportingComplete);
            return new Err.ElectionReport(source.precincts() == null ? SUMMARY : PRECINCT_LEVEL, source.asOf(), issuer.name(),
                    issuer.abbreviation(), source.number(), source.number(),
                    status(source.status(), source.correcting(), complete), issuer.vendorApplicationId(),
                    "Tizim result version " + source.number() + " of election " + source.electionCode() + " ("
                            + source.status() + "). Against all: the BallotMeasureSelection whose @id ends in "
                            + AGAINST_ALL + "; seats won: VoteCounts of Type other, OtherType " + SEATS + ".",
                    List.of(election), units.values().stream().map(Unit::build).toList(), List.copyOf(parties.values()),
                    List.copyOf(persons.values()));
        }

        /** Units' OCD ids from their contests' ({@code ocd-division/country:kz/city:75/…} → {@code …/city:75}). */
        void learnUnitOcdIds() {
            for (ContestFacts facts : source.facts().values()) {
                if (facts.unitCode() == null || facts.ocdId() == null) {
                    continue;
                }
                Matcher m = UNIT_OCD.matcher(facts.ocdId());
                if (m.find() && facts.unitCode().endsWith("-" + m.group(3))) {
                    unitOcd.putIfAbsent(facts.unitCode(), m.group(1));
                }
            }
        }

        Unit unit(String unitCode) {
            return units.computeIfAbsent(unitId(unitCode), id -> {
                String ocd = unitOcd.get(unitCode);
                boolean city = ocd != null && ocd.contains("/city:");
                Unit unit = new Unit(id, unitCode, city ? "city" : "other", city ? null : ocd != null ? "region" : "unit");
                if (ocd != null) {
                    unit.ids.add(Err.ExternalIdentifier.ocd(ocd));
                }
                unit.ids.add(Err.ExternalIdentifier.tizim(unitCode));
                units.get(NATION).composing.add(id);
                return unit;
            });
        }

        /** The GpUnit the contest is held in: the nation, its unit (a unit's list), or its own district. */
        String district(ResultDocument.ContestResult contest) {
            ContestFacts facts = facts(contest.contestCode());
            TabulationService.Totals n = contest.nation();
            if (facts.unitCode() == null) {
                units.get(NATION).figures(contest.precinctsReported(), contest.precincts(), n.votersOnList(), n.tookPart());
                unitFigures(contest, facts);
                return NATION;
            }
            Unit unit = unit(facts.unitCode());
            if (contest.partyList()) {
                unit.figures(contest.precinctsReported(), contest.precincts(), n.votersOnList(), n.tookPart());
                return unit.id;
            }
            Unit district = units.computeIfAbsent("gpu-" + contest.contestCode(),
                    id -> new Unit(id, contest.contestCode(), "other", "electoral-district"));
            String unitOcdId = unitOcd.get(facts.unitCode());
            if (facts.ocdId() != null && !facts.ocdId().equals(unitOcdId) && !facts.ocdId().equals(COUNTRY_OCD)
                    && district.ids.isEmpty()) {
                district.ids.add(Err.ExternalIdentifier.ocd(facts.ocdId()));
            }
            if (district.ids.stream().noneMatch(i -> i.idType().equals("national-level"))) {
                district.ids.add(Err.ExternalIdentifier.tizim(contest.contestCode()));
            }
            district.figures(contest.precinctsReported(), contest.precincts(), n.votersOnList(), n.tookPart());
            unit.composing.add(district.id);
            return district.id;
        }

        /** A national contest's figures per unit are the units'. */
        void unitFigures(ResultDocument.ContestResult contest, ContestFacts facts) {
            for (TabulationService.UnitTotals u : contest.units()) {
                TabulationService.Totals t = u.totals();
                unit(u.unitCode()).figures(t.precinctsReported(), facts.precinctsByUnit().get(u.unitCode()), t.votersOnList(),
                        t.tookPart());
            }
        }

        /** The precinct-level report's precincts, as GpUnits in their unit and district, by contest. */
        Map<String, List<OpenResults.PrecinctResult>> precinctsByContest(Map<String, String> districts) {
            Map<String, List<OpenResults.PrecinctResult>> byContest = new LinkedHashMap<>();
            if (source.precincts() == null) {
                return byContest;
            }
            for (OpenResults.PrecinctResult p : source.precincts()) {
                byContest.computeIfAbsent(p.contestCode(), c -> new ArrayList<>()).add(p);
                Unit precinct = units.computeIfAbsent(precinctId(p.precinctId()), id -> {
                    Unit created = new Unit(id, p.unitCode() + " №" + p.precinct(), "precinct", null);
                    created.number = String.valueOf(p.precinct());
                    created.ids.add(Err.ExternalIdentifier.tizim(p.precinctId().toString()));
                    return created;
                });
                precinct.figures(null, null, p.votersOnList(), p.tookPart());
                unit(p.unitCode()).composing.add(precinct.id);
                String district = districts.get(p.contestCode());
                if (district != null && !district.equals(NATION) && !district.equals(unitId(p.unitCode()))) {
                    units.get(district).composing.add(precinct.id);
                }
            }
            return byContest;
        }

        Err.Contest contest(ResultDocument.ContestResult contest, String district, List<OpenResults.PrecinctResult> precincts) {
            String code = contest.contestCode();
            ContestFacts facts = facts(code);
            Set<String> winners = new HashSet<>();
            Set<String> runoff = new HashSet<>();
            ElectedService.Elected elected = contest.elected();
            if (elected != null) {
                elected.elected().forEach(p -> winners.add(p.nominationId() == null ? "" : p.nominationId().toString()));
                if ("REPEAT_VOTE_REQUIRED".equals(elected.outcome())) {
                    elected.tied().forEach(p -> runoff.add(p.nominationId() == null ? "" : p.nominationId().toString()));
                }
                listMembers(elected);
            }
            List<Err.Selection> selections = new ArrayList<>();
            for (TabulationService.OptionTotal option : contest.options()) {
                String selectionId = "sel-" + code + "-" + option.position();
                List<Err.VoteCounts> counts = counts(contest, district, precincts, option.position(), option.votes());
                switch (option.kind()) {
                    case "PARTY" -> {
                        String party = party(code, option);
                        if (contest.allocation() != null) {
                            counts.add(new Err.VoteCounts("other", SEATS, district,
                                    contest.allocation().seats().getOrDefault(TabulationService.candidateId(option), 0L)));
                        }
                        selections.add(new Err.PartySelection(selectionId, option.position(), List.of(party), counts));
                    }
                    case "CANDIDATE" -> {
                        String status = winners.contains(option.ref()) ? winner
                                : runoff.contains(option.ref()) ? "advanced-to-runoff" : null;
                        selections.add(new Err.CandidateSelection(selectionId, option.position(),
                                List.of(candidate(code, option, status)), counts));
                    }
                    default -> selections.add(new Err.BallotMeasureSelection(selectionId, option.position(),
                            Err.InternationalizedText.kkRu(option.labelKk(), option.labelRu()), counts));
                }
            }
            List<Err.SummaryCounts> summary = new ArrayList<>();
            TabulationService.Totals n = contest.nation();
            summary.add(new Err.SummaryCounts("total", district, n.tookPart(), n.invalid()));
            for (TabulationService.UnitTotals u : contest.units()) {
                if (!unitId(u.unitCode()).equals(district)) {
                    summary.add(new Err.SummaryCounts("total", unit(u.unitCode()).id, u.totals().tookPart(), u.totals().invalid()));
                }
            }
            precincts.forEach(p -> summary.add(new Err.SummaryCounts("total", precinctId(p.precinctId()), p.tookPart(),
                    p.invalid())));
            List<Err.ExternalIdentifier> ids = List.of(Err.ExternalIdentifier.tizim(code));
            if ("RECALL".equals(contest.kind())) {
                return new Err.RetentionContest("contest-" + code, code, district, contest.precinctsReported(),
                        contest.precincts(), ids, selections, summary);
            }
            selections.add(againstAll(contest, district, precincts));
            if (contest.partyList()) {
                return new Err.PartyContest("contest-" + code, code, district, "proportional", contest.precinctsReported(),
                        contest.precincts(), ids, selections, summary);
            }
            return new Err.CandidateContest("contest-" + code, code, district, 1, Math.max(facts.seats(), 1), "plurality",
                    contest.precinctsReported(), contest.precincts(), ids, selections, summary);
        }

        Err.BallotMeasureSelection againstAll(ResultDocument.ContestResult contest, String district,
                List<OpenResults.PrecinctResult> precincts) {
            List<Err.VoteCounts> counts = new ArrayList<>();
            counts.add(new Err.VoteCounts("total", null, district, contest.nation().againstAll()));
            for (TabulationService.UnitTotals u : contest.units()) {
                if (!unitId(u.unitCode()).equals(district)) {
                    counts.add(new Err.VoteCounts("total", null, unitId(u.unitCode()), u.totals().againstAll()));
                }
            }
            precincts.forEach(p -> counts.add(new Err.VoteCounts("total", null, precinctId(p.precinctId()), p.againstAll())));
            return new Err.BallotMeasureSelection("sel-" + contest.contestCode() + AGAINST_ALL, contest.options().size() + 1,
                    new Err.InternationalizedText(List.of(new Err.LanguageString("kk", "Барлығына қарсы"),
                            new Err.LanguageString("ru", "Против всех"), new Err.LanguageString("en", "Against all"))),
                    counts);
        }

        /** An option's votes: for the contest's district, each unit and each precinct. */
        List<Err.VoteCounts> counts(ResultDocument.ContestResult contest, String district,
                List<OpenResults.PrecinctResult> precincts, int position, long votes) {
            List<Err.VoteCounts> counts = new ArrayList<>();
            counts.add(new Err.VoteCounts("total", null, district, votes));
            for (TabulationService.UnitTotals u : contest.units()) {
                if (!unitId(u.unitCode()).equals(district)) {
                    long unitVotes = u.options().stream().filter(o -> o.position() == position)
                            .mapToLong(TabulationService.OptionVotes::votes).sum();
                    counts.add(new Err.VoteCounts("total", null, unitId(u.unitCode()), unitVotes));
                }
            }
            for (OpenResults.PrecinctResult p : precincts) {
                long precinctVotes = p.options().stream().filter(o -> o.position() == position)
                        .mapToLong(OpenResults.OptionVotes::votes).sum();
                counts.add(new Err.VoteCounts("total", null, precinctId(p.precinctId()), precinctVotes));
            }
            return counts;
        }

        String party(String contest, TabulationService.OptionTotal option) {
            String id = "party-" + (option.ref() != null ? option.ref() : contest + "-" + option.position());
            parties.computeIfAbsent(id, key -> new Err.Party(key, Err.InternationalizedText.kkRu(option.labelKk(), option.labelRu()),
                    option.detail(), option.ref() == null ? null : List.of(Err.ExternalIdentifier.tizim(option.ref()))));
            return id;
        }

        String candidate(String contest, TabulationService.OptionTotal option, String status) {
            String key = option.ref() != null ? option.ref() : contest + "-" + option.position();
            Err.InternationalizedText name = Err.InternationalizedText.kkRu(option.labelKk(), option.labelRu());
            List<Err.ExternalIdentifier> ids = option.ref() == null ? null : List.of(Err.ExternalIdentifier.tizim(option.ref()));
            persons.putIfAbsent("person-" + key, new Err.Person("person-" + key, name, null, null, ids));
            candidates.put("cand-" + key, new Err.Candidate("cand-" + key, name, "person-" + key, null, status, ids));
            return "cand-" + key;
        }

        /** The elected of a list contest: candidates of their party, with no selection of their own. */
        void listMembers(ElectedService.Elected elected) {
            if (elected.parties() == null) {
                return;
            }
            for (ElectedService.PartySeats seats : elected.parties()) {
                String party = "party-" + seats.partyId();
                for (ElectedService.Person person : seats.elected()) {
                    String key = person.nominationId().toString();
                    Err.InternationalizedText name = Err.InternationalizedText.kkRu(person.nameKk(), person.nameRu());
                    List<Err.ExternalIdentifier> ids = List.of(Err.ExternalIdentifier.tizim(key));
                    persons.putIfAbsent("person-" + key, new Err.Person("person-" + key, name, null, party, ids));
                    candidates.put("cand-" + key, new Err.Candidate("cand-" + key, name, "person-" + key, party, winner, ids));
                }
            }
        }
    }
}
