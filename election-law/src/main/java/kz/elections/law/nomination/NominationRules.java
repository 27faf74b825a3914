package kz.elections.law.nomination;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import kz.elections.law.arithmetic.Percent;
import kz.elections.law.calendar.ElectionCalendar;
import kz.elections.law.election.ContestKind;
import kz.elections.law.election.ElectionKind;

/**
 * The pre-check of a candidate's nomination (CL "On Elections", Art. 87–89, 104, 113-1): pure rules,
 * facts in, a report out naming every rule with its required and actual figure. FAIL blocks the
 * nomination; PENDING (a deposit not yet paid) only blocks its registration.
 */
public final class NominationRules {

    public enum Outcome {
        PASS, FAIL, PENDING
    }

    public record Check(String rule, String description, String required, String actual, Outcome outcome) {
    }

    public record Report(List<Check> rules) {

        /** Every FAIL: the nomination cannot be filed. */
        public List<Check> failures() {
            return rules.stream().filter(r -> r.outcome() == Outcome.FAIL).toList();
        }

        /** Nothing failed and nothing is pending: the commission may register. */
        public boolean registrable() {
            return rules.stream().allMatch(r -> r.outcome() == Outcome.PASS);
        }
    }

    /** Another active nomination of the same person. */
    public record OtherNomination(String contestCode, ContestKind contestKind, ElectionKind electionKind,
            LocalDate electionDay, boolean sameElection) {
    }

    public record Limits(int minAge, int residenceYears, int signaturePercent) {
    }

    /**
     * The facts of a nomination. {@code nominatorsOtherNomineesInContest}: the nominating party's or public
     * association's other active nominees in the same contest; {@code settlements}: the akim district's settlements
     * as the contest records them (null: not recorded).
     */
    public record Facts(ElectionKind electionKind, ContestKind contestKind, Route route, LocalDate electionDay,
            LocalDate birthDate, int residenceYears, boolean noCriminalRecord, boolean legallyCapable,
            OffsetDateTime now, ElectionCalendar calendar,
            Boolean partyRegistered, Boolean partyMember, int nominatorsOtherNomineesInContest,
            List<OtherNomination> others, long depositDue, Long depositPaid,
            Integer voters, Integer settlements, Integer signatures, Integer signatureSettlements) {
    }

    private NominationRules() {
    }

    public static Report precheck(Limits limits, Facts f) {
        List<Check> rules = new ArrayList<>();
        int age = Period.between(f.birthDate(), f.electionDay()).getYears();
        rules.add(new Check("AGE", "Age on election day (" + f.electionDay() + ")", "≥ " + limits.minAge(),
                String.valueOf(age), pass(age >= limits.minAge())));
        if (f.electionKind() == ElectionKind.MAZHILIS) {
            rules.add(new Check("RESIDENCE", "Years resident in Kazakhstan", "≥ " + limits.residenceYears(),
                    String.valueOf(f.residenceYears()), pass(f.residenceYears() >= limits.residenceYears())));
        }
        rules.add(new Check("NO_CRIMINAL_RECORD", "Declares no unexpunged criminal record or corruption offence",
                "declared", f.noCriminalRecord() ? "declared" : "not declared", pass(f.noCriminalRecord())));
        rules.add(new Check("LEGALLY_CAPABLE", "Declares not being found legally incapable", "declared",
                f.legallyCapable() ? "declared" : "not declared", pass(f.legallyCapable())));
        rules.add(new Check("NOMINATION_WINDOW", "Filed while nomination is open",
                f.calendar().nominationOpens() + " – " + f.calendar().nominationCloses(), f.now().toString(),
                pass(f.calendar().nominationOpenAt(f.now()))));
        if (f.route() == Route.PARTY) {
            rules.add(new Check("PARTY_REGISTERED", "The nominating party is registered", "REGISTERED",
                    Boolean.TRUE.equals(f.partyRegistered()) ? "REGISTERED" : "not registered",
                    pass(Boolean.TRUE.equals(f.partyRegistered()))));
            if (membersOnly(f)) {
                rules.add(new Check("PARTY_MEMBERSHIP", "The candidate is a counted member of the nominating party",
                        "member", Boolean.TRUE.equals(f.partyMember()) ? "member" : "not a member",
                        pass(Boolean.TRUE.equals(f.partyMember()))));
            }
            if (f.contestKind().singleSeat()) {
                rules.add(onePerNominator("ONE_PER_PARTY", "One candidate of a party per district", f));
            }
        }
        // A public association, like a party, puts forward one candidate per district (CL Art. 87, 103).
        if (f.route() == Route.PUBLIC_ASSOCIATION && f.contestKind().singleSeat()) {
            rules.add(onePerNominator("ONE_PER_ASSOCIATION", "One candidate of a public association per district", f));
        }
        rules.addAll(constituencyRules(f));
        rules.add(deposit(f));
        if (f.route() == Route.SELF && f.contestKind() == ContestKind.AKIM) {
            rules.addAll(signatures(limits, f));
        }
        return new Report(List.copyOf(rules));
    }

    private static Check onePerNominator(String rule, String description, Facts f) {
        return new Check(rule, description, "≤ 1", String.valueOf(f.nominatorsOtherNomineesInContest() + 1),
                pass(f.nominatorsOtherNomineesInContest() == 0));
    }

    /**
     * Who may put a candidate forward for a contest (CL "On Elections", Art. 87, 103, 113-1): a party or the person
     * themself anywhere; a public association only in a single-mandate district, never for an akim post. (A party
     * list is filed whole by its party, not one nomination at a time.)
     */
    public static boolean mayNominate(Route route, ContestKind contest) {
        return route != Route.PUBLIC_ASSOCIATION || contest == ContestKind.SINGLE_MANDATE;
    }

    /** List candidates, and akim candidates of a party, must be its members. */
    private static boolean membersOnly(Facts f) {
        return f.contestKind() == ContestKind.PARTY_LIST || f.contestKind() == ContestKind.AKIM;
    }

    private static List<Check> constituencyRules(Facts f) {
        List<OtherNomination> sameElection = f.others().stream().filter(OtherNomination::sameElection).toList();
        boolean thisIsList = f.contestKind() == ContestKind.PARTY_LIST;
        List<String> listVsDistrict = sameElection.stream()
                .filter(o -> (o.contestKind() == ContestKind.PARTY_LIST) != thisIsList).map(OtherNomination::contestCode).toList();
        List<String> twoConstituencies = sameElection.stream()
                .filter(o -> (o.contestKind() == ContestKind.PARTY_LIST) == thisIsList).map(OtherNomination::contestCode).toList();
        // Maslikhat and akim "at once": elections held on the same day.
        ElectionKind conflicting = f.electionKind() == ElectionKind.MASLIKHAT ? ElectionKind.AKIM
                : f.electionKind() == ElectionKind.AKIM ? ElectionKind.MASLIKHAT : null;
        List<String> maslikhatAndAkim = f.others().stream()
                .filter(o -> o.electionKind() == conflicting && o.electionDay().equals(f.electionDay()))
                .map(OtherNomination::contestCode).toList();
        List<Check> rules = new ArrayList<>();
        rules.add(new Check("ONE_CONSTITUENCY", "Stands in one constituency of the election", "no other",
                twoConstituencies.isEmpty() ? "none" : String.join(", ", twoConstituencies), pass(twoConstituencies.isEmpty())));
        rules.add(new Check("NOT_LIST_AND_DISTRICT", "Not on a party list and in a district at once", "no other",
                listVsDistrict.isEmpty() ? "none" : String.join(", ", listVsDistrict), pass(listVsDistrict.isEmpty())));
        if (conflicting != null) {
            rules.add(new Check("NOT_MASLIKHAT_AND_AKIM", "Not a maslikhat and an akim candidate at once (same election day)",
                    "no other", maslikhatAndAkim.isEmpty() ? "none" : String.join(", ", maslikhatAndAkim),
                    pass(maslikhatAndAkim.isEmpty())));
        }
        return rules;
    }

    private static Check deposit(Facts f) {
        String required = f.depositDue() + " ₸";
        if (f.depositDue() == 0) {
            return new Check("DEPOSIT", "Election deposit", required, "exempt", Outcome.PASS);
        }
        long paid = f.depositPaid() == null ? 0 : f.depositPaid();
        return new Check("DEPOSIT", "Election deposit", required, paid + " ₸ paid",
                paid >= f.depositDue() ? Outcome.PASS : Outcome.PENDING);
    }

    private static List<Check> signatures(Limits limits, Facts f) {
        List<Check> rules = new ArrayList<>();
        long required = requiredSignatures(f.voters() == null ? 0 : f.voters(), limits.signaturePercent());
        int collected = f.signatures() == null ? 0 : f.signatures();
        rules.add(new Check("SIGNATURES", "Voters' signatures (" + limits.signaturePercent() + " % of "
                + f.voters() + " voters, rounded up)", "≥ " + required, String.valueOf(collected), pass(collected >= required)));
        int from = f.signatureSettlements() == null ? 0 : f.signatureSettlements();
        if (f.settlements() == null) {
            // Unknown settlements cannot show that half of them signed: a failure, never a skipped rule.
            rules.add(new Check("SIGNATURE_SETTLEMENTS", "Signatures from at least half of the district's settlements",
                    "the district's settlements recorded", "not recorded", Outcome.FAIL));
            return rules;
        }
        long half = Percent.roundedUp(f.settlements(), 1, 2);
        rules.add(new Check("SIGNATURE_SETTLEMENTS", "Signatures from at least half of the district's "
                + f.settlements() + " settlements", "≥ " + half, String.valueOf(from), pass(from >= half)));
        return rules;
    }

    /** Signatures of {@code percent} % of the district's voters, rounded up (CL "On Elections", Art. 113-1). */
    public static long requiredSignatures(long voters, int percent) {
        return Percent.roundedUp(voters, percent);
    }

    /**
     * The share of the deposit a party list pays, by the party's share (%) of the votes at the previous election of
     * the same body (CL "On Elections", Art. 88 p.1–3, 104 p.1): nothing from 5 %, half from 3 %, 70 % from 1 %.
     * Checked from the top; below 1 % (or without a previous result) the full deposit.
     */
    private static final List<DepositShare> DEPOSIT_SHARES = List.of(
            new DepositShare(BigDecimal.valueOf(5), BigDecimal.ZERO),
            new DepositShare(BigDecimal.valueOf(3), new BigDecimal("0.5")),
            new DepositShare(BigDecimal.ONE, new BigDecimal("0.7")));

    private record DepositShare(BigDecimal fromPartyShare, BigDecimal payable) {
    }

    /**
     * The deposit of one candidate (CL "On Elections", Art. 88, 104, 113-1): multiplier × minimum wage, rounded up to
     * the tenge. Only a party-list candidate's deposit is reduced, by the party's share at the previous election of
     * the same body (Art. 88 p.1–3, 104 p.1); single-mandate and akim candidates pay the full deposit whoever
     * nominates them (Art. 88 p.5, 104 p.1-1). {@code previousPartyShare}: null without a previous result.
     */
    public static long depositDue(long minimumWage, int multiplier, ContestKind contest, BigDecimal previousPartyShare) {
        BigDecimal full = BigDecimal.valueOf(minimumWage).multiply(BigDecimal.valueOf(multiplier));
        if (contest != ContestKind.PARTY_LIST || previousPartyShare == null) {
            return full.longValueExact();
        }
        BigDecimal payable = DEPOSIT_SHARES.stream().filter(s -> previousPartyShare.compareTo(s.fromPartyShare()) >= 0)
                .map(DepositShare::payable).findFirst().orElse(BigDecimal.ONE);
        return full.multiply(payable).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    private static Outcome pass(boolean condition) {
        return condition ? Outcome.PASS : Outcome.FAIL;
    }
}
