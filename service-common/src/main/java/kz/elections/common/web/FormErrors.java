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
 * What went wrong with a form, by field: the same Bean Validation constraints and the same problem
 * violations as the API checks, so a page shows next to a field what the API would answer, said in the
 * page's language. Messages that name no field of the form are kept under {@link #GENERAL}.
 */
public final class FormErrors {

    public static final String GENERAL = "";

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * What a constraint says of a value, by the kind of constraint (not by its English message), in the
     * language of {@code words}.
     */
    public static String message(ConstraintViolation<?> violation, CommonMessages words) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank" -> words.invalid_required();
            case "NotEmpty" -> words.invalid_empty();
            case "Size" -> violation.getInvalidValue() instanceof CharSequence
                    ? ((Number) attributes.get("min")).longValue() == 0 ? words.invalid_size_max(number(attributes, "max"))
                            : words.invalid_size(number(attributes, "min"), number(attributes, "max"))
                    : number(attributes, "min") > 0 ? words.invalid_count_min(number(attributes, "min")) : words.invalid_value();
            case "Min", "DecimalMin" -> "0".equals(String.valueOf(attributes.get("value"))) ? words.invalid_not_negative()
                    : words.invalid_min(String.valueOf(attributes.get("value")));
            case "Max", "DecimalMax" -> words.invalid_max(String.valueOf(attributes.get("value")));
            case "PositiveOrZero" -> words.invalid_not_negative();
            case "PastOrPresent" -> words.invalid_past_or_present();
            case "Pattern" -> switch (String.valueOf(attributes.get("regexp"))) {
                case "\\d{12}" -> words.invalid_12_digits();
                case "KZ-\\d{2}", "KZ|KZ-\\d{2}" -> words.invalid_unit_code();
                default -> words.invalid_pattern();
            };
            default -> words.invalid_value();
        };
    }

    private static long number(Map<String, Object> attributes, String name) {
        return ((Number) attributes.get(name)).longValue();
    }

    /** Bean Validation's violations by field, in the language of {@code words}. */
    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations, CommonMessages words) {
        FormErrors errors = new FormErrors();
        violations.forEach(v -> errors.add(v.getPropertyPath().toString(), message(v, words)));
        return errors;
    }

    /**
     * A refusal of the service: its violations by field, its failed rules and detail as general messages,
     * said as {@code text} says the service's sentences.
     */
    public static FormErrors of(ProblemException refusal, Set<String> fields, ServiceText text) {
        FormErrors errors = new FormErrors();
        Problem problem = refusal.problem();
        List<Violation> violations = problem.violations() == null ? List.of() : problem.violations();
        for (Violation violation : violations) {
            String message = text.violation(violation.message());
            errors.add(fields.contains(violation.field()) ? violation.field() : GENERAL,
                    fields.contains(violation.field()) ? message : violation.field() + ": " + message);
        }
        if (violations.isEmpty()) {
            errors.add(GENERAL, text.detail(problem.detail() == null ? problem.title() : problem.detail()));
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
