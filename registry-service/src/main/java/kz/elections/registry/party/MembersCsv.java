package kz.elections.registry.party;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.elections.common.Violation;
import kz.elections.common.csv.CsvImport;
import kz.elections.law.identity.IdentificationNumbers;

/**
 * Reads a party's member list ({@link CsvImport}): one member a line, {@code IIN,unit code} (a semicolon
 * also separates, as spreadsheets in Kazakh and Russian locales write it; values may be quoted; BOM and
 * CRLF are fine). An optional header line is skipped, blank lines are ignored. The file is streamed.
 * Every malformed line is reported with its number; no IIN appears in a message.
 */
public final class MembersCsv {

    public record Row(int line, String iin, String unitCode) {
    }

    /** The rows, or the errors (the first {@code maxErrors} of {@code errorCount}) if any line is malformed. */
    public record Result(List<Row> rows, List<Violation> errors, int errorCount) {
        public boolean valid() {
            return errorCount == 0;
        }
    }

    private MembersCsv() {
    }

    public static Result parse(Reader input, Set<String> unitCodes, int maxRows, int maxErrors) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<Violation> errors = new ArrayList<>();
        int errorCount = 0;
        try (CsvImport csv = CsvImport.open(input)) {
            CsvImport.Line record;
            while ((record = csv.next()) != null) {
                int line = record.number();
                if (record.blank() || (line == 1 && isHeader(record.values().get(0).strip()))) {
                    continue;
                }
                String problem = null;
                List<String> fields = fields(record.values());
                String iin = fields.get(0).strip();
                String unit = fields.size() > 1 ? fields.get(1).strip().toUpperCase(Locale.ROOT) : "";
                if (fields.size() != 2) {
                    problem = "expected 2 fields (IIN, unit code), found " + fields.size();
                } else if (!iin.matches("\\d{12}")) {
                    problem = "IIN must be 12 digits";
                } else if (!IdentificationNumbers.isValid(iin)) {
                    problem = "IIN " + IdentificationNumbers.mask(iin) + " fails the check digit";
                } else if (!unitCodes.contains(unit)) {
                    problem = unit.isEmpty() ? "unit code is missing" : unit.matches("[A-Z]{2}-\\d{1,3}") ? "unknown unit code '" + unit + "'"
                            : "unknown unit code (expected the form KZ-75)";
                }
                if (problem != null) {
                    errorCount++;
                    if (errors.size() < maxErrors) {
                        errors.add(new Violation("line " + line, problem));
                    }
                } else if (rows.size() < maxRows) {
                    rows.add(new Row(line, iin, unit));
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
        return new Result(rows, List.copyOf(errors), errorCount);
    }

    /**
     * An IIN and a unit code never hold a comma or a semicolon, so either one separates them on every line,
     * even in a hand-edited list that mixes the two.
     */
    private static List<String> fields(List<String> values) {
        return values.stream().flatMap(v -> Arrays.stream(v.split("[,;]", -1))).toList();
    }

    /** A first line naming the IIN column, in English, Russian (ИИН) or Kazakh (ЖСН). */
    private static boolean isHeader(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.startsWith("iin") || lower.startsWith("иин") || lower.startsWith("жсн");
    }
}
