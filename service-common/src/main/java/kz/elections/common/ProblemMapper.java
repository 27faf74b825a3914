package kz.elections.common;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import kz.elections.common.text.StorableText;
import kz.elections.common.text.UnstorableTextException;

/**
 * Turns every failure into an {@code application/problem+json} response. A client's mistake is a 4xx
 * that names the field and the rule; a database out of reach is a 503 the client may retry; anything
 * else is a 500 with a reference to the log, never a stack trace.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final Pattern UNIQUE_CONSTRAINT = Pattern.compile("uq_([a-z]+)_([a-z_]+)");
    /** 22021 character not in repertoire; 22023 is also what the driver says of a NUL in a parameter. */
    private static final String NOT_IN_REPERTOIRE = "22021";
    private static final String DRIVER_NUL = "Zero bytes may not occur";

    @Inject
    DatabaseOutage.Settings databaseOutage;

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ResteasyReactiveViolationException e, UriInfo uri) {
        return invalidRequest(e, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        return invalidRequest(e, uri);
    }

    private Response invalidRequest(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(400, "invalid-request", "Invalid request", detail).withViolations(violations), uri);
    }

    /** {@code create.request.initiativeGroup.size} → {@code initiativeGroup.size}: the method and parameter are ours, not the client's. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response json(MismatchedInputException e, UriInfo uri) {
        return respond(jsonProblem(e), uri);
    }

    private static Problem jsonProblem(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON" + where);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (field.isEmpty()) {
                field = "(body)";
            }
            String message;
            if (e instanceof UnstorableTextException unstorable) {
                message = unstorable.rule();
            } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
                message = "'" + invalid.getValue() + "' is not one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
            } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                message = "must be " + describe(mismatched.getTargetType());
            } else {
                message = "has the wrong type or format";
            }
            return Problem.of(400, "invalid-request", "Invalid request", field + " " + message)
                    .withViolations(List.of(new Violation(field, message)));
        }
        return Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON");
    }

    private static String describe(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "an object of type " + type.getSimpleName();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    private Response unauthorized(UriInfo uri) {
        Problem problem = Problem.of(401, "unauthorized", "Unauthorized",
                "A valid bearer token from the elections realm is required");
        return Response.fromResponse(respond(problem, uri)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this operation"), uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of(409, "concurrent-change", "Concurrent change",
                "The resource was changed by someone else in the meantime; read it again and retry"), uri);
    }

    @ServerExceptionMapper
    public Response database(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        Matcher unique = e.getConstraintName() == null ? null
                : UNIQUE_CONSTRAINT.matcher(e.getConstraintName().toLowerCase(Locale.ROOT));
        if (unique != null && unique.matches()) {
            String field = camelCase(unique.group(2));
            return respond(Problem.of(409, "duplicate", "Already exists",
                    "Another " + unique.group(1) + " already has this " + field)
                    .withViolations(List.of(new Violation(field, "is already used by another " + unique.group(1)))), uri);
        }
        return internal(e, uri);
    }

    private static String camelCase(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(jsonProblem(json), uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This method is not allowed on " + uri.getPath();
            case 406 -> "This resource cannot produce the requested media type";
            case 415 -> "This resource does not accept the request's content type";
            default -> e.getMessage();
        };
        return respond(Problem.of(status, title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, detail), uri);
    }

    /** The database could not be reached; the transaction, if any, was rolled back, so a retry is safe. */
    private Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", uri == null ? "" : uri.getPath(), rootMessage(e));
        long seconds = Math.max(1, (databaseOutage.retryAfter().toMillis() + 999) / 1000);
        Problem problem = Problem.of(503, "database-unavailable", "Database unavailable",
                "The database cannot be reached at the moment; nothing was changed. Retry in " + seconds + " s");
        return Response.fromResponse(respond(problem, uri)).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * Text the database refused to store that got past the checks at the edge (a form field, say): still
     * the client's mistake. The statement failed, so its transaction was rolled back.
     */
    private static boolean isUnstorableText(Throwable cause) {
        return cause instanceof java.sql.SQLException sql && (NOT_IN_REPERTOIRE.equals(sql.getSQLState())
                || (sql.getMessage() != null && sql.getMessage().startsWith(DRIVER_NUL)));
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causes(e)) {
            return databaseUnavailable(e, uri);
        }
        Throwable cause = e;
        while (cause != null) {
            if (isUnstorableText(cause)) {
                return respond(Problem.of(400, "invalid-request", "Invalid request",
                        "A text value " + StorableText.NUL_RULE + " or other characters the database cannot store"), uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint && cause != e) {
                return database(constraint, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                return optimisticLock(null, uri);
            }
            if (cause instanceof ProblemException problem && cause != e) {
                return domain(problem, uri);
            }
            cause = cause.getCause();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error %s on %s", reference, uri.getPath());
        return respond(Problem.of(500, "internal-error", "Internal error",
                "The server failed to process the request; reference " + reference), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        Problem located = problem.instance() == null && uri != null ? problem.at(uri.getPath()) : problem;
        if (uri != null && kz.elections.common.web.PageFilters.isPage(uri.getPath())) {
            return kz.elections.common.web.ErrorPage.render(located);
        }
        return Response.status(located.status()).type(Problem.MEDIA_TYPE).entity(located).build();
    }
}
