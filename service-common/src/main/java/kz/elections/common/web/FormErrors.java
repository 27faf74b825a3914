package kz.elections.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import kz.elections.common.Problem;
import kz.elections.common.ProblemException;
import kz.elections.common.Violation;

/**
 * What went wrong with a form, by field, in the API's own words: the same Bean Validation constraints
 * and the same problem violations, so a page shows next to a field exactly what the API would answer.
 * Messages that name no field of the form are kept under {@link #GENERAL}.
 */
public final class FormErrors {

    public static final String GENERAL = "";

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = new FormErrors();
        violations.forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    /** A refusal of the service: its violations by field, its failed rules and detail as general messages. */
    public static FormErrors of(ProblemException refusal, Set<String> fields) {
        FormErrors errors = new FormErrors();
        Problem problem = refusal.problem();
        List<Violation> violations = problem.violations() == null ? List.of() : problem.violations();
        for (Violation violation : violations) {
            errors.add(fields.contains(violation.field()) ? violation.field() : GENERAL,
                    fields.contains(violation.field()) ? violation.message() : violation.field() + ": " + violation.message());
        }
        if (violations.isEmpty()) {
            errors.add(GENERAL, problem.detail() == null ? problem.title() : problem.detail());
        }
        return errors;
    }

    public FormErrors add(String field, String message) {
        byField.merge(field, message, (a, b) -> a + "; " + b);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public String getGeneral() {
        return byField.get(GENERAL);
    }

    public Map<String, String> asMap() {
        return Map.copyOf(byField);
    }
}
