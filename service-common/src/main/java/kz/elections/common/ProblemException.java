package kz.elections.common;

import java.util.List;
import java.util.Map;

/**
 * A domain refusal that becomes a problem response: thrown by services and rules, mapped once in
 * {@link ProblemMapper}. The factory methods name the usual kinds.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " " + id + " does not exist"));
    }

    public static ProblemException invalid(String detail, List<Violation> violations) {
        return new ProblemException(Problem.of(400, "invalid-request", "Invalid request", detail)
                .withViolations(violations));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(field + ": " + message, List.of(new Violation(field, message)));
    }

    public static ProblemException conflict(String slug, String title, String detail, Map<String, Object> extensions) {
        return new ProblemException(Problem.of(409, slug, title, detail).withExtensions(extensions));
    }

    /** An illegal state-machine transition; names the current state so the client can refresh. */
    public static ProblemException illegalTransition(String entity, Enum<?> current, String action) {
        return conflict("illegal-transition", "Illegal state transition",
                entity + " is " + current + "; " + action + " is not allowed from that state",
                Map.of("currentState", current.name()));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException unprocessable(String slug, String title, String detail, Map<String, Object> extensions) {
        return new ProblemException(Problem.of(422, slug, title, detail).withExtensions(extensions));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "stale-version", "Precondition failed", detail));
    }
}
