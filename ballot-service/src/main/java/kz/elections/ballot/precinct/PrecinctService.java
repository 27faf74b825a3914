package kz.elections.ballot.precinct;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import kz.elections.ballot.registry.RegistryGateway;
import kz.elections.ballot.registry.Registrations;
import kz.elections.common.ProblemException;
import kz.elections.common.Violation;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.ballot.PrecinctSize;

/**
 * Imports a commission's precinct list: every line is checked (format, voters, the commission's
 * territory, that each contest exists in the registry and lies in the precinct's unit) before anything
 * is written; then the precincts are stored, replacing those with the same unit and number.
 */
@ApplicationScoped
public class PrecinctService {

    public record Imported(int precincts, int contests) {
    }

    @Inject
    RegistryGateway registry;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Precinct numbers a delete names at most (PostgreSQL takes at most 32,767 parameters a statement). */
    private static final int DELETE_CHUNK = 1_000;

    @ConfigProperty(name = "tizim.ballot.max-precinct-voters", defaultValue = "" + PrecinctSize.MAX_VOTERS)
    int maxVoters;

    public Imported importCsv(Reader csv, Predicate<String> mayActIn, String actor) {
        PrecinctCsv.Result parsed;
        try {
            parsed = PrecinctCsv.parse(csv, maxVoters, 50_000, 100);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "the CSV could not be read");
        }
        if (parsed.errorCount() > 0) {
            throw invalid(parsed.errorCount(), parsed.errors());
        }
        if (parsed.rows().isEmpty()) {
            throw ProblemException.invalid("body", "the CSV has a header but no precincts");
        }
        Set<String> codes = new LinkedHashSet<>();
        parsed.rows().forEach(row -> codes.addAll(row.contests()));
        Map<String, Optional<Registrations.Contest>> contests = new HashMap<>();
        for (String code : codes) {
            try {
                contests.put(code, Optional.of(registry.registrations(code).contest()));
            } catch (ProblemException notFound) {
                contests.put(code, Optional.empty());
            }
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (PrecinctCsv.Row row : parsed.rows()) {
            List<String> problems = new ArrayList<>();
            if (!mayActIn.test(row.unitCode())) {
                problems.add(row.unitCode() + " is outside your territory");
            }
            if (!seen.add(row.unitCode() + "/" + row.number())) {
                problems.add("precinct " + row.number() + " of " + row.unitCode() + " appears twice");
            }
            for (String code : row.contests()) {
                Optional<Registrations.Contest> contest = contests.get(code);
                if (contest.isEmpty()) {
                    problems.add("no contest " + code);
                } else if (contest.get().unitCode() != null && !contest.get().unitCode().equals(row.unitCode())) {
                    problems.add(code + " lies in " + contest.get().unitCode() + ", not " + row.unitCode());
                }
            }
            if (!problems.isEmpty()) {
                violations.add(new Violation("line " + row.line(), String.join("; ", problems)));
            }
        }
        if (!violations.isEmpty()) {
            throw invalid(violations.size(), violations.subList(0, Math.min(100, violations.size())));
        }
        return store(parsed.rows(), actor, codes.size());
    }

    private static ProblemException invalid(int count, List<Violation> shown) {
        return ProblemException.invalid(count + " line(s) of the precinct list are refused; nothing was stored"
                + (count > shown.size() ? " (the first " + shown.size() + " are listed)" : ""), shown);
    }

    /**
     * One transaction, so a list is stored whole or not at all; a country's list takes longer than the default minute
     * on a busy machine. Imports take their turn (a transaction lock): two lists naming the same precinct at the same
     * time would otherwise both insert it, and the second would fail on the unique (unit, number). The precincts
     * replaced are deleted first, a unit's at a time, so the inserts are flushed once at the end: a delete per line
     * flushed every insert before it, and checked the whole session each time (quadratic in the list's length).
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    Imported store(List<PrecinctCsv.Row> rows, String actor, int contests) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
                .setParameter(1, "precinct-import").getSingleResult();
        int replaced = 0;
        Map<String, List<Integer>> numbersByUnit = new HashMap<>();
        rows.forEach(row -> numbersByUnit.computeIfAbsent(row.unitCode(), unit -> new ArrayList<>()).add(row.number()));
        for (Map.Entry<String, List<Integer>> unit : numbersByUnit.entrySet()) {
            List<Integer> numbers = unit.getValue();
            for (int from = 0; from < numbers.size(); from += DELETE_CHUNK) {
                replaced += Precinct.delete("unitCode = ?1 and number in ?2", unit.getKey(),
                        numbers.subList(from, Math.min(numbers.size(), from + DELETE_CHUNK)));
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (PrecinctCsv.Row row : rows) {
            Precinct precinct = new Precinct();
            precinct.id = UUID.randomUUID();
            precinct.unitCode = row.unitCode();
            precinct.number = row.number();
            precinct.address = row.address();
            precinct.voters = row.voters();
            precinct.contests = row.contests();
            precinct.importedAt = now;
            precinct.importedBy = actor;
            precinct.persist();
            for (String code : row.contests()) {
                PrecinctContest link = new PrecinctContest();
                link.contestCode = code;
                link.precinctId = precinct.id;
                link.persist();
            }
        }
        entityManager.flush();
        audit.record(actor, "precinct-import", UUID.randomUUID(), "precincts.imported", null,
                Map.of("precincts", rows.size(), "replaced", replaced, "contests", contests));
        return new Imported(rows.size(), contests);
    }
}
