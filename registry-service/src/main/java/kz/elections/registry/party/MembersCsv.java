package kz.elections.registry.party;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.elections.common.Violation;
import kz.elections.law.identity.IdentificationNumbers;

/**
 * Reads a party's member list: one member a line, {@code IIN,unit code} (a semicolon also separates,
 * as spreadsheets in Kazakh and Russian locales write it). An optional header line is skipped, blank
 * lines are ignored. Every malformed line is reported with its number; no IIN appears in a message.
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
        BufferedReader reader = input instanceof BufferedReader buffered ? buffered : new BufferedReader(input, 1 << 16);
        String text;
        int line = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            String trimmed = text.strip();
            if (trimmed.isEmpty() || (line == 1 && isHeader(trimmed))) {
                continue;
            }
            String problem = null;
            String[] fields = trimmed.split("[,;]", -1);
            String iin = fields[0].strip();
            String unit = fields.length > 1 ? fields[1].strip().toUpperCase(java.util.Locale.ROOT) : "";
            if (fields.length != 2) {
                problem = "expected 2 fields (IIN, unit code), found " + fields.length;
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
        return new Result(rows, List.copyOf(errors), errorCount);
    }

    /** A first line naming the IIN column, in English, Russian (ИИН) or Kazakh (ЖСН). */
    private static boolean isHeader(String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("iin") || lower.startsWith("иин") || lower.startsWith("жсн");
    }
}
