package kz.elections.ballot.precinct;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kz.elections.common.CsvLine;
import kz.elections.common.Violation;

/**
 * Reads the commission's precinct list: header {@code number,unit_code,address,voters,contests}, then one
 * precinct a line; {@code contests} holds the contest codes separated by semicolons. Every malformed line
 * is reported with its number.
 */
public final class PrecinctCsv {

    public static final List<String> HEADER = List.of("number", "unit_code", "address", "voters", "contests");

    public record Row(int line, int number, String unitCode, String address, int voters, List<String> contests) {
    }

    public record Result(List<Row> rows, List<Violation> errors, int errorCount) {
    }

    private PrecinctCsv() {
    }

    public static Result parse(Reader input, int maxVoters, int maxRows, int maxErrors) throws IOException {
        BufferedReader reader = new BufferedReader(input);
        List<Row> rows = new ArrayList<>();
        List<Violation> errors = new ArrayList<>();
        int errorCount = 0;
        String header = reader.readLine();
        if (header == null || !CsvLine.split(header.replace("\uFEFF", "").toLowerCase(Locale.ROOT)).stream().map(String::strip)
                .toList().equals(HEADER)) {
            return new Result(List.of(), List.of(new Violation("line 1", "the header must be " + String.join(",", HEADER))), 1);
        }
        String text;
        int line = 1;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            List<String> values = CsvLine.split(text).stream().map(String::strip).toList();
            List<String> problems = new ArrayList<>();
            Integer number = null;
            Integer voters = null;
            if (values.size() != HEADER.size()) {
                problems.add("expected " + HEADER.size() + " values, found " + values.size());
            } else {
                number = positive(values.get(0), "number", problems);
                if (!values.get(1).matches("KZ-\\d{2}")) {
                    problems.add("unit_code must be a unit code like KZ-75");
                }
                if (values.get(2).isEmpty() || values.get(2).length() > 500) {
                    problems.add("address must be 1 to 500 characters");
                }
                voters = positive(values.get(3), "voters", problems);
                if (voters != null && voters > maxVoters) {
                    problems.add("voters " + voters + " exceed the " + maxVoters + " a precinct may hold");
                }
                if (contestCodes(values.get(4)).isEmpty()) {
                    problems.add("contests must name at least one contest code");
                }
            }
            if (!problems.isEmpty()) {
                errorCount++;
                if (errors.size() < maxErrors) {
                    errors.add(new Violation("line " + line, String.join("; ", problems)));
                }
                continue;
            }
            if (rows.size() == maxRows) {
                errors.add(new Violation("line " + line, "more than " + maxRows + " precincts in one import"));
                errorCount++;
                break;
            }
            rows.add(new Row(line, number, values.get(1), values.get(2), voters, contestCodes(values.get(4))));
        }
        return new Result(rows, List.copyOf(errors), errorCount);
    }

    private static List<String> contestCodes(String value) {
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Integer positive(String value, String field, List<String> problems) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 0 || (field.equals("number") && parsed == 0)) {
                problems.add(field + " must be " + (field.equals("number") ? "positive" : "zero or more"));
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(field + " must be a whole number");
            return null;
        }
    }
}
