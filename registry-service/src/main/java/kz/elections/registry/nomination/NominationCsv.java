package kz.elections.registry.nomination;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import kz.elections.common.csv.CsvImport;
import kz.elections.law.list.QuotaCategory;
import kz.elections.law.nomination.Route;

/**
 * Reads the commission's bulk nomination CSV ({@link CsvImport}: {@code ,} or {@code ;} separated, BOM,
 * CRLF): a header naming the columns (any order), then one nomination a line. Values may be quoted with ";
 * a quoted value may hold separators, line breaks and "" for a quote.
 * Conversion errors are collected per line; field rules are checked by the caller's validator.
 */
public final class NominationCsv {

    public static final List<String> COLUMNS = List.of("contest", "route", "party_id", "association_name", "iin",
            "surname_kk", "name_kk", "patronymic_kk", "surname_ru", "name_ru", "patronymic_ru", "birth_date", "sex",
            "residence_years", "quota_category", "occupation", "residence", "education", "no_criminal_record",
            "legally_capable", "signatures", "signature_settlements", "place_of_work");

    public record Row(int line, NominationApi.NominationRequest request, List<String> errors) {
    }

    private NominationCsv() {
    }

    /** The rows; a missing or unknown header column is reported as line 1's error in a single row. */
    public static List<Row> parse(Reader input, int maxRows) throws IOException {
        try (CsvImport csv = CsvImport.open(input)) {
            return parse(csv, maxRows);
        }
    }

    private static List<Row> parse(CsvImport csv, int maxRows) throws IOException {
        CsvImport.Line header;
        try {
            header = csv.next();
        } catch (CsvImport.MalformedCsvException e) {
            return List.of(new Row(1, null, List.of(e.getMessage())));
        }
        if (header == null) {
            return List.of(new Row(1, null, List.of("the file is empty; the first line names the columns: " + COLUMNS)));
        }
        List<String> names = header.values().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = List.of("contest", "route", "iin", "surname_kk", "name_kk", "surname_ru", "name_ru",
                "birth_date", "sex", "residence_years", "occupation", "residence", "education", "no_criminal_record",
                "legally_capable").stream().filter(c -> !names.contains(c)).toList();
        List<String> unknown = names.stream().filter(n -> !COLUMNS.contains(n)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            List<String> errors = new ArrayList<>();
            if (!missing.isEmpty()) {
                errors.add("missing columns " + missing);
            }
            if (!unknown.isEmpty()) {
                errors.add("unknown columns " + unknown + "; known: " + COLUMNS);
            }
            return List.of(new Row(1, null, errors));
        }
        List<Row> rows = new ArrayList<>();
        CsvImport.Line record;
        while ((record = next(csv, rows)) != null) {
            int line = record.number();
            if (record.blank()) {
                continue;
            }
            if (rows.size() == maxRows) {
                rows.add(new Row(line, null, List.of("more than " + maxRows + " rows in one import")));
                break;
            }
            List<String> values = record.values();
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String value = i < values.size() ? values.get(i).strip() : "";
                row.put(names.get(i), value.isEmpty() ? null : value);
            }
            List<String> errors = new ArrayList<>();
            if (values.size() != names.size()) {
                errors.add("expected " + names.size() + " values, found " + values.size());
            }
            NominationApi.Person person = new NominationApi.Person(row.get("iin"), row.get("surname_kk"),
                    row.get("name_kk"), row.get("patronymic_kk"), row.get("surname_ru"), row.get("name_ru"),
                    row.get("patronymic_ru"), date(row, "birth_date", errors),
                    enumValue(NominationApi.Sex.class, row, "sex", errors), integer(row, "residence_years", errors),
                    enumValue(QuotaCategory.class, row, "quota_category", errors), row.get("occupation"),
                    row.get("residence"), row.get("education"), bool(row, "no_criminal_record", errors),
                    bool(row, "legally_capable", errors), null, row.get("place_of_work"));
            NominationApi.NominationRequest request = new NominationApi.NominationRequest(row.get("contest"),
                    enumValue(Route.class, row, "route", errors), uuid(row, "party_id", errors),
                    row.get("association_name"), person, integer(row, "signatures", errors),
                    integer(row, "signature_settlements", errors));
            rows.add(new Row(line, request, errors));
        }
        return rows;
    }

    /** The next record; a broken quote ends the file with that line's error, since nothing after it reads reliably. */
    private static CsvImport.Line next(CsvImport csv, List<Row> rows) throws IOException {
        try {
            return csv.next();
        } catch (CsvImport.MalformedCsvException e) {
            rows.add(new Row(e.line(), null, List.of(e.getMessage())));
            return null;
        }
    }

    private static LocalDate date(Map<String, String> row, String column, List<String> errors) {
        String value = row.get(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(column + ": '" + value + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private static Integer integer(Map<String, String> row, String column, List<String> errors) {
        String value = row.get(column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(column + ": '" + value + "' is not a whole number");
            return null;
        }
    }

    private static Boolean bool(Map<String, String> row, String column, List<String> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> {
                errors.add(column + ": '" + value + "' is not true or false");
                yield null;
            }
        };
    }

    private static UUID uuid(Map<String, String> row, String column, List<String> errors) {
        String value = row.get(column);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(column + ": '" + value + "' is not an id");
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, String> row, String column, List<String> errors) {
        String value = row.get(column);
        try {
            return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(column + ": '" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
