package kz.elections.common;

/** One failed rule of a request: the field (a JSON path or a CSV line) and what is wrong with it. */
public record Violation(String field, String message) {
}
