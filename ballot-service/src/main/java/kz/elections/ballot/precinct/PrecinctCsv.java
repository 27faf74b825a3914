package kz.elections.ballot.precinct;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kz.elections.common.Violation;
import kz.elections.common.csv.CsvImport;
import kz.elections.law.ballot.PrecinctSize;

/**
 * Reads the commission's precinct list ({@link CsvImport}: {@code ,} or {@code ;} separated, quoted values,
 * BOM, CRLF): header {@code number,unit_code,address,voters,contests}, then one precinct a line;
 * {@code contests} holds the contest codes separated by semicolons (quoted when {@code ;} also separates
 * the values). Every malformed line is reported with its number; a precinct holds at most
 * {@code maxVoters} ({@link PrecinctSize}).
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
        List<Row> rows = new ArrayList<>();
        List<Violation> errors = new ArrayList<>();
        int errorCount = 0;
        try (CsvImport csv = CsvImport.open(input)) {
            CsvImport.Line header = csv.next();
            if (header == null || !header.values().stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER)) {
                return new Result(List.of(), List.of(new Violation("line 1", "the header must be " + String.join(",", HEADER))), 1);
            }
            CsvImport.Line record;
            while ((record = csv.next()) != null) {
                if (record.blank()) {
                    continue;
                }
                int line = record.number();
                List<String> values = record.values().stream().map(String::strip).toList();
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
                    if (voters != null && !PrecinctSize.allowed(voters, maxVoters)) {
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
        } catch (CsvImport.MalformedCsvException e) {
            errorCount++;
            if (errors.size() < maxErrors) {
                errors.add(new Violation("line " + e.line(), e.getMessage()));
            }
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
