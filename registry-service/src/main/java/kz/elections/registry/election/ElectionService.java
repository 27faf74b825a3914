package kz.elections.registry.election;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.elections.common.audit.AuditLog;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.Violation;
import kz.elections.registry.election.ElectionApi.ContestRequest;
import kz.elections.registry.election.ElectionApi.ElectionRequest;
import kz.elections.registry.region.Region;
import kz.elections.law.calendar.ElectionCalendar;
import kz.elections.law.election.Body;
import kz.elections.law.election.ContestKind;
import kz.elections.law.election.ContestTemplates;
import kz.elections.law.election.ElectionKind;

/** Creates elections with their calendar and template contests, and adds contests. Audited. */
@ApplicationScoped
public class ElectionService {

    public static final String DEFAULT_ZONE = "Asia/Almaty";

    @Inject
    ElectionConfig config;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** {@code actingIn}: decides whether the caller may create an election in a territory. */
    @Transactional
    public Election create(ElectionRequest request, java.util.function.Predicate<String> mayActIn, String actor) {
        return create(request, mayActIn, actor, true);
    }

    /**
     * An election that fills one seat (a by-election, a repeat vote or election): created without the body's template
     * contests, so no seat count is asked for; the caller adds its one contest.
     */
    @Transactional
    public Election createForOneSeat(ElectionRequest request, java.util.function.Predicate<String> mayActIn, String actor) {
        return create(request, mayActIn, actor, false);
    }

    private Election create(ElectionRequest request, java.util.function.Predicate<String> mayActIn, String actor,
            boolean template) {
        List<Violation> violations = new ArrayList<>();
        String territory = request.kind() == ElectionKind.MAZHILIS ? Roles.CENTRAL_TERRITORY : request.territory();
        if (request.kind() == ElectionKind.MAZHILIS && request.territory() != null
                && !Roles.CENTRAL_TERRITORY.equals(request.territory())) {
            violations.add(new Violation("territory", "a Mazhilis election is national: KZ"));
        }
        if (request.kind() != ElectionKind.MAZHILIS) {
            if (territory == null || Roles.CENTRAL_TERRITORY.equals(territory)) {
                violations.add(new Violation("territory", "a " + request.kind() + " election belongs to one unit, e.g. KZ-75"));
            } else if (Region.findById(territory) == null) {
                violations.add(new Violation("territory", "unknown unit code " + territory));
            }
        }
        if (request.kind() == ElectionKind.MASLIKHAT) {
            if (request.seats() == null && template) {
                violations.add(new Violation("seats", "a maslikhat election needs its number of seats"));
            }
            if (request.maslikhatLevel() == null) {
                violations.add(new Violation("maslikhatLevel", "must be REGIONAL, CITY or DISTRICT"));
            } else if (request.seats() != null) {
                request.maslikhatLevel().body().seatsRefusal(request.seats())
                        .ifPresent(refusal -> violations.add(new Violation("seats", refusal)));
            }
        }
        if (request.kind() == ElectionKind.AKIM && request.previousShares() != null && !request.previousShares().isEmpty()) {
            violations.add(new Violation("previousShares", "an akim election has no party lists, so no deposit exemptions"));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(request.timeZone() == null ? DEFAULT_ZONE : request.timeZone());
        } catch (DateTimeException e) {
            violations.add(new Violation("timeZone", "unknown time zone " + request.timeZone()));
        }
        ElectionCalendar.Override override = request.calendar() == null ? null
                : new ElectionCalendar.Override(request.calendar().nominationOpensOn(),
                        request.calendar().nominationClosesOn(), request.calendar().registrationClosesOn());
        ElectionCalendar calendar = null;
        if (zone != null) {
            calendar = ElectionCalendar.of(request.electionDay(), request.calledOn(), zone,
                    config.windows(request.kind()), config.deadlineHour(), override);
            calendar.inconsistencies(request.electionDay()).forEach(problem -> {
                int colon = problem.indexOf(':');
                violations.add(new Violation(problem.substring(0, colon), problem.substring(colon + 2)));
            });
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The election has " + violations.size() + " invalid field(s)", violations);
        }
        if (!mayActIn.test(territory)) {
            throw ProblemException.forbidden("A commission acts only inside its territory; this election is in " + territory);
        }
        String code = request.code() != null ? request.code() : defaultCode(request.kind(), request, territory);
        if (Election.find("code", code).firstResultOptional().isPresent()) {
            throw ProblemException.conflict("duplicate", "Already exists", "An election with code " + code + " exists",
                    Map.of());
        }

        Election election = new Election();
        election.id = UUID.randomUUID();
        election.code = code;
        election.kind = request.kind();
        election.body = Body.of(request.kind(), request.maslikhatLevel());
        election.name = request.name().strip();
        election.territory = territory;
        election.electionDay = request.electionDay();
        election.timeZone = zone.getId();
        election.calledOn = calendar.calledOn();
        election.nominationOpens = calendar.nominationOpens();
        election.nominationCloses = calendar.nominationCloses();
        election.registrationCloses = calendar.registrationCloses();
        election.appealDays = calendar.appealDays();
        election.calendarSource = override == null || override.isEmpty() ? Election.CalendarSource.LAW
                : Election.CalendarSource.CALLING_DECISION;
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        if (request.previousShares() != null) {
            request.previousShares().forEach((party, share) -> shares.put(party.toString(), share));
        }
        election.previousShares = shares;
        election.createdAt = OffsetDateTime.now(clock);
        election.createdBy = actor;
        election.persist();

        List<ContestTemplates.ContestSpec> specs = !template ? List.of() : switch (request.kind()) {
            case MAZHILIS -> ContestTemplates.mazhilis(mazhilisAllocation());
            case MASLIKHAT -> ContestTemplates.maslikhat(election.body, territory, request.seats());
            case AKIM -> List.of();
        };
        List<Contest> contests = new ArrayList<>();
        for (ContestTemplates.ContestSpec spec : specs) {
            Contest contest = new Contest();
            contest.id = UUID.randomUUID();
            contest.code = code + "." + spec.codeSuffix();
            contest.election = election;
            contest.kind = spec.kind();
            contest.unitCode = spec.unitCode();
            contest.districtNumber = spec.districtNumber();
            contest.seats = spec.seats();
            contest.thresholdPercent = spec.thresholdPercent();
            contest.persist();
            contests.add(contest);
        }
        entityManager.flush();
        audit.record(actor, "election", election.id, "election.created", null,
                Map.of("election", ElectionApi.view(election, contests.size()),
                        "contests", contests.stream().map(c -> c.code).toList()));
        return election;
    }

    /**
     * A national election and its contests belong to the central commission alone; a unit's election to its unit's
     * commission (and the central one). The body decides which contests the election holds and how many seats.
     */
    @Transactional
    public Contest addContest(Election target, ContestRequest request, java.util.function.Predicate<String> mayActIn,
            String actor) {
        if (!mayActIn.test(Roles.CENTRAL_TERRITORY.equals(target.territory) ? null : target.territory)) {
            throw ProblemException.forbidden("A commission acts only on its own unit's elections; " + target.code
                    + " belongs to " + target.territory);
        }
        // Counting the seats already there and adding some must not race another addition.
        Election election = entityManager.find(Election.class, target.id, LockModeType.PESSIMISTIC_WRITE);
        List<Violation> violations = new ArrayList<>();
        if (request.unitCode() != null && Region.findById(request.unitCode()) == null) {
            violations.add(new Violation("unitCode", "unknown unit code " + request.unitCode()));
        }
        if (!Roles.CENTRAL_TERRITORY.equals(election.territory) && request.unitCode() != null
                && !election.territory.equals(request.unitCode())) {
            violations.add(new Violation("unitCode", "must be the election's unit " + election.territory));
        }
        election.body.refusal(request.kind()).ifPresent(refusal -> violations.add(new Violation("kind", refusal)));
        switch (request.kind()) {
            case SINGLE_MANDATE -> {
                require(violations, request.unitCode(), "unitCode", "a district lies in a unit");
                require(violations, request.districtNumber(), "districtNumber", "a district has a number");
            }
            case AKIM -> {
                require(violations, request.unitCode(), "unitCode", "an akim post lies in a unit");
                require(violations, request.name(), "name", "the rural district, village or settlement");
                require(violations, request.voters(), "voters", "voters of the district (for the signature requirement)");
                require(violations, request.settlements(), "settlements",
                        "settlements of the district (signatures from at least half of them, CL Art. 113-1)");
            }
            case PARTY_LIST -> {
                require(violations, request.seats(), "seats", "a list contest has seats");
                require(violations, request.thresholdPercent(), "thresholdPercent", "a list contest has a threshold");
            }
            case RECALL -> violations.add(new Violation("kind", "a recall vote is called by the commission's check of "
                    + "the recall signatures (POST /api/v1/recalls/{id}/check), not added to an election"));
        }
        int seats = request.kind() == ContestKind.PARTY_LIST ? (request.seats() == null ? 0 : request.seats()) : 1;
        election.body.seatsRefusal(Contest.seatsOf(election) + seats)
                .ifPresent(refusal -> violations.add(new Violation("seats", refusal)));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The contest has " + violations.size() + " invalid field(s)", violations);
        }
        String unit = request.unitCode() != null ? request.unitCode() : election.territory;
        Contest contest = new Contest();
        contest.id = UUID.randomUUID();
        contest.election = election;
        contest.kind = request.kind();
        contest.unitCode = request.unitCode();
        contest.districtNumber = request.kind() == ContestKind.PARTY_LIST ? null : request.districtNumber();
        contest.name = request.name();
        contest.seats = seats;
        contest.thresholdPercent = request.kind() == ContestKind.PARTY_LIST ? request.thresholdPercent() : null;
        contest.voters = request.voters();
        contest.settlements = request.settlements();
        if (request.kind() == ContestKind.AKIM && contest.districtNumber == null) {
            contest.districtNumber = (int) Contest.count("election = ?1 and unitCode = ?2", election, unit) + 1;
        }
        contest.code = election.code + "." + switch (request.kind()) {
            case PARTY_LIST -> request.unitCode() == null ? "list" : "list-" + request.unitCode().substring(3);
            case SINGLE_MANDATE -> ContestTemplates.districtCode(unit, contest.districtNumber);
            case AKIM -> ContestTemplates.akimCode(unit, contest.districtNumber);
            case RECALL -> throw new IllegalStateException("recall contests are refused above");
        };
        if (Contest.find("code", contest.code).firstResultOptional().isPresent()) {
            throw ProblemException.conflict("duplicate", "Already exists", "Contest " + contest.code + " already exists",
                    Map.of());
        }
        contest.persist();
        entityManager.flush();
        audit.record(actor, "contest", contest.id, "contest.created", null, ElectionApi.view(contest));
        return contest;
    }

    private static void require(List<Violation> violations, Object value, String field, String why) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            violations.add(new Violation(field, "is required: " + why));
        }
    }

    private Map<String, Integer> mazhilisAllocation() {
        Map<String, Integer> allocation = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select unit_code, districts from mazhilis_district_allocation order by unit_code")
                .getResultList();
        rows.forEach(row -> allocation.put((String) row[0], ((Number) row[1]).intValue()));
        return allocation;
    }

    private static String defaultCode(ElectionKind kind, ElectionRequest request, String territory) {
        String base = kind.name().toLowerCase() + "-" + request.electionDay().getYear();
        return kind == ElectionKind.MAZHILIS ? base : base + "-" + territory.substring(3);
    }
}
