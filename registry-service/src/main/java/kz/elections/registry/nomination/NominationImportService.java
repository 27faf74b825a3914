package kz.elections.registry.nomination;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.elections.common.audit.AuditLog;
import kz.elections.common.ProblemException;
import kz.elections.registry.election.Contest;
import kz.elections.law.election.ContestKind;
import kz.elections.law.nomination.NominationRules;
import kz.elections.law.nomination.Route;

/**
 * Runs a commission's bulk import in the background, one transaction a row: each valid row becomes a
 * nomination exactly as if filed through the API, each refused row is reported with its line and
 * every reason; progress is saved every {@value #PROGRESS_EVERY} rows for the client to poll.
 */
@ApplicationScoped
public class NominationImportService {

    private static final Logger LOG = Logger.getLogger(NominationImportService.class);
    static final int PROGRESS_EVERY = 250;
    /** Refused rows listed in full; the rest are counted. */
    static final int ERRORS_LISTED = 1000;

    @Inject
    NominationService nominations;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "nomination-import");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    public NominationImport start(List<NominationCsv.Row> rows, String actor, Predicate<String> mayActIn) {
        NominationImport job = QuarkusTransaction.requiringNew().call(() -> {
            NominationImport created = new NominationImport();
            created.id = UUID.randomUUID();
            created.createdBy = actor;
            created.createdAt = OffsetDateTime.now(clock);
            created.status = NominationImport.Status.RUNNING;
            created.total = rows.size();
            created.persist();
            audit.record(actor, "nomination-import", created.id, "nomination-import.started", null,
                    java.util.Map.of("rows", rows.size()));
            return created;
        });
        worker.submit(() -> run(job.id, rows, actor, mayActIn));
        return job;
    }

    private void run(UUID jobId, List<NominationCsv.Row> rows, String actor, Predicate<String> mayActIn) {
        List<NominationImport.RowError> errors = new ArrayList<>();
        int created = 0;
        int failed = 0;
        try {
            for (int i = 0; i < rows.size(); i++) {
                List<String> problems = importRow(rows.get(i), actor, mayActIn);
                if (problems.isEmpty()) {
                    created++;
                } else {
                    failed++;
                    if (errors.size() < ERRORS_LISTED) {
                        errors.add(new NominationImport.RowError(rows.get(i).line(), problems));
                    }
                }
                if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < rows.size()) {
                    save(jobId, i + 1, created, failed, errors, NominationImport.Status.RUNNING);
                }
            }
            save(jobId, rows.size(), created, failed, errors, NominationImport.Status.DONE);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Nomination import %s stopped", jobId);
            save(jobId, created + failed, created, failed, errors, NominationImport.Status.FAILED);
        }
    }

    private List<String> importRow(NominationCsv.Row row, String actor, Predicate<String> mayActIn) {
        List<String> problems = new ArrayList<>(row.errors());
        if (row.request() == null) {
            return problems;
        }
        for (ConstraintViolation<NominationApi.NominationRequest> violation : validator.validate(row.request())) {
            problems.add(violation.getPropertyPath() + " " + violation.getMessage());
        }
        if (!problems.isEmpty()) {
            return problems.stream().sorted().toList();
        }
        NominationApi.NominationRequest request = row.request();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Contest contest = Contest.findByIdOrCode(request.contest())
                        .orElseThrow(() -> ProblemException.invalid("contest", "no contest " + request.contest()));
                if (contest.kind == ContestKind.PARTY_LIST) {
                    throw ProblemException.invalid("contest", "party lists are submitted whole: POST /api/v1/party-lists");
                }
                if (!mayActIn.test(contest.unitCode)) {
                    throw ProblemException.invalid("contest", contest.code + " lies outside your territory");
                }
                if (request.route() == Route.PARTY && request.partyId() == null) {
                    throw ProblemException.invalid("party_id", "is required for a party nomination");
                }
                if (request.route() == Route.PUBLIC_ASSOCIATION
                        && (request.associationName() == null || !NominationRules.mayNominate(request.route(), contest.kind))) {
                    throw ProblemException.invalid("association_name", "a public association names itself, and nominates "
                            + "only in single-mandate districts");
                }
                nominations.submit(contest, request, new NominationService.Filer(actor, Optional.empty()));
            });
            return List.of();
        } catch (ProblemException e) {
            return describe(e.problem());
        } catch (RuntimeException e) {
            ProblemException problem = cause(e, ProblemException.class);
            if (problem != null) {
                return describe(problem.problem());
            }
            org.hibernate.exception.ConstraintViolationException constraint = cause(e,
                    org.hibernate.exception.ConstraintViolationException.class);
            if (constraint != null && "uq_nomination_person".equals(constraint.getConstraintName())) {
                return List.of("the person already has an active nomination in this election");
            }
            throw e;
        }
    }

    private static List<String> describe(kz.elections.common.Problem problem) {
        List<String> messages = new ArrayList<>();
        problem.violations().forEach(v -> messages.add(v.field() + " " + v.message()));
        Object failed = problem.extensions().get("failedRules");
        if (failed instanceof List<?> rules) {
            rules.forEach(rule -> messages.add(rule instanceof NominationRules.Check check
                    ? check.rule() + ": required " + check.required() + ", actual " + check.actual()
                    : String.valueOf(rule)));
        }
        if (messages.isEmpty()) {
            messages.add(problem.detail());
        }
        return messages;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private void save(UUID jobId, int processed, int created, int failed, List<NominationImport.RowError> errors,
            NominationImport.Status status) {
        QuarkusTransaction.requiringNew().run(() -> {
            NominationImport job = NominationImport.findById(jobId);
            job.processed = processed;
            job.created = created;
            job.failed = failed;
            job.errors = List.copyOf(errors);
            job.status = status;
            if (status != NominationImport.Status.RUNNING) {
                job.finishedAt = OffsetDateTime.now(clock);
                audit.record(job.createdBy, "nomination-import", job.id, "nomination-import.finished", null,
                        java.util.Map.of("created", created, "failed", failed, "status", status.name()));
            }
        });
    }
}
