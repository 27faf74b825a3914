package kz.elections.registry.party;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import kz.elections.common.Violation;
import kz.elections.common.csv.CsvImport;
import kz.elections.law.identity.IdentificationNumbers;

/**
 * Reads a party's member list ({@link CsvImport}): one member a line, {@code IIN,unit code} (a semicolon
 * also separates, as spreadsheets in Kazakh and Russian locales write it; values may be quoted; BOM and
 * CRLF are fine). An optional header line is skipped, blank lines are ignored. The file is streamed.
 * Every malformed line is reported with its number; no IIN appears in a message. A registered party's
 * membership changes read the same way, with two more fields: {@code IIN,unit code,JOIN|LEAVE,date}.
 */
public final class MembersCsv {

    public record Row(int line, String iin, String unitCode) {
    }

    /** A joiner or a leaver of a registered party, on {@code on}. */
    public record Change(int line, String iin, String unitCode, boolean joins, LocalDate on) {
    }

    /** The rows, or the errors (the first {@code maxErrors} of {@code errorCount}) if any line is malformed. */
    public record Result(List<Row> rows, List<Violation> errors, int errorCount) {
        public boolean valid() {
            return errorCount == 0;
        }
    }

    /** {@link Result} of a file of membership changes. */
    public record Changes(List<Change> rows, List<Violation> errors, int errorCount) {
        public boolean valid() {
            return errorCount == 0;
        }
    }

    /** What {@link #stream} read: how many rows it gave, or the errors as in {@link Result}. */
    public record Streamed(int rows, List<Violation> errors, int errorCount) {
        public boolean valid() {
            return errorCount == 0;
        }
    }

    private MembersCsv() {
    }

    public static Result parse(Reader input, Set<String> unitCodes, int maxRows, int maxErrors) throws IOException {
        List<Row> rows = new ArrayList<>();
        Streamed streamed = stream(input, unitCodes, maxRows, maxErrors, rows::add);
        return new Result(rows, streamed.errors(), streamed.errorCount());
    }

    /**
     * Each well-formed row to {@code sink} as it is read, so that a list of a million members is never held whole;
     * the malformed lines reported as {@link #parse} reports them.
     */
    public static Streamed stream(Reader input, Set<String> unitCodes, int maxRows, int maxErrors, Consumer<Row> sink)
            throws IOException {
        Lines lines = read(input, maxRows, maxErrors, (line, fields) -> {
            if (fields.size() != 2) {
                return Parsed.refused("expected 2 fields (IIN, unit code), found " + fields.size());
            }
            String iin = iin(fields);
            String unit = unit(fields);
            String problem = memberProblem(iin, unit, unitCodes);
            return problem != null ? Parsed.refused(problem) : Parsed.of(new Row(line, iin, unit));
        }, sink);
        return new Streamed(lines.rows(), lines.errors(), lines.errorCount());
    }

    public static Changes parseChanges(Reader input, Set<String> unitCodes, int maxRows, int maxErrors)
            throws IOException {
        List<Change> rows = new ArrayList<>();
        Lines lines = read(input, maxRows, maxErrors, (line, fields) -> {
            String problem = fields.size() != 4 ? "expected 4 fields (IIN, unit code, JOIN or LEAVE, date), found "
                    + fields.size() : memberProblem(iin(fields), unit(fields), unitCodes);
            if (problem != null) {
                return Parsed.refused(problem);
            }
            String change = fields.get(2).strip().toUpperCase(Locale.ROOT);
            if (!change.equals("JOIN") && !change.equals("LEAVE")) {
                return Parsed.refused("change must be JOIN or LEAVE");
            }
            try {
                return Parsed.of(new Change(line, iin(fields), unit(fields), change.equals("JOIN"),
                        LocalDate.parse(fields.get(3).strip())));
            } catch (DateTimeParseException e) {
                return Parsed.refused("date must be a date like 2024-03-01");
            }
        }, rows::add);
        return new Changes(rows, lines.errors(), lines.errorCount());
    }

    private static String iin(List<String> fields) {
        return fields.get(0).strip();
    }

    private static String unit(List<String> fields) {
        return fields.get(1).strip().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a line's IIN and unit code, or null. */
    private static String memberProblem(String iin, String unit, Set<String> unitCodes) {
        if (!twelveDigits(iin)) {
            return "IIN must be 12 digits";
        } else if (!IdentificationNumbers.isValid(iin)) {
            return "IIN " + IdentificationNumbers.mask(iin) + " fails the check digit";
        } else if (!unitCodes.contains(unit)) {
            return unit.isEmpty() ? "unit code is missing" : unit.matches("[A-Z]{2}-\\d{1,3}") ? "unknown unit code '" + unit + "'"
                    : "unknown unit code (expected the form KZ-75)";
        }
        return null;
    }

    /** {@code \\d{12}}, without a regular expression: it runs a million times for a large list. */
    private static boolean twelveDigits(String iin) {
        if (iin.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = iin.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** One line read: its row, or why it is refused. */
    private record Parsed<T>(T row, String problem) {
        static <T> Parsed<T> of(T row) {
            return new Parsed<>(row, null);
        }

        static <T> Parsed<T> refused(String problem) {
            return new Parsed<>(null, problem);
        }
    }

    private interface LineParser<T> {
        Parsed<T> parse(int line, List<String> fields);
    }

    private record Lines(int rows, List<Violation> errors, int errorCount) {
    }

    /**
     * Every line of the file through {@code parser}, each row to {@code sink}: the header and blank lines skipped, at
     * most {@code maxRows}.
     */
    private static <T> Lines read(Reader input, int maxRows, int maxErrors, LineParser<T> parser, Consumer<T> sink)
            throws IOException {
        int rows = 0;
        List<Violation> errors = new ArrayList<>();
        int errorCount = 0;
        try (CsvImport csv = CsvImport.open(input)) {
            CsvImport.Line record;
            while ((record = csv.next()) != null) {
                int line = record.number();
                if (record.blank() || (line == 1 && isHeader(record.values().get(0).strip()))) {
                    continue;
                }
                Parsed<T> parsed = parser.parse(line, fields(record.values()));
                if (parsed.problem() != null) {
                    errorCount++;
                    if (errors.size() < maxErrors) {
                        errors.add(new Violation("line " + line, parsed.problem()));
                    }
                } else if (rows < maxRows) {
                    rows++;
                    sink.accept(parsed.row());
                } else {
                    errorCount++;
                    errors.add(new Violation("line " + line, "more than " + maxRows + " members in one list"));
                    break;
                }
            }
        } catch (CsvImport.MalformedCsvException e) {
            errorCount++;
            if (errors.size() < maxErrors) {
                errors.add(new Violation("line " + e.line(), e.getMessage()));
            }
        }
        return new Lines(rows, List.copyOf(errors), errorCount);
    }

    /**
     * An IIN, a unit code, a change and a date never hold a comma or a semicolon, so either one separates them on
     * every line, even in a hand-edited list that mixes the two.
     */
    private static List<String> fields(List<String> values) {
        List<String> fields = new ArrayList<>(values.size() + 1);
        for (String value : values) {
            int start = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == ',' || c == ';') {
                    fields.add(value.substring(start, i));
                    start = i + 1;
                }
            }
            fields.add(value.substring(start));
        }
        return fields;
    }

    /** A first line naming the IIN column, in English, Russian (ИИН) or Kazakh (ЖСН). */
    private static boolean isHeader(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.startsWith("iin") || lower.startsWith("иин") || lower.startsWith("жсн");
    }
}
