package kz.elections.registry.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import kz.elections.common.Violation;
import kz.elections.law.identity.IdentificationNumbers;

/** The party member list: {@code IIN,unit code} a line; malformed lines named by number, never by IIN. */
class MembersCsvTest {

    private static final Set<String> UNITS = Set.of("KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31",
            "KZ-33", "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75",
            "KZ-79");

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    private static final String A = iin(1);
    private static final String B = iin(2);

    // --- what a well-formed list looks like ---

    @ParameterizedTest(name = "header ''{0}''")
    @ValueSource(strings = {"iin,unit_code", "IIN;unit", "Iin , Unit code", "IIN"})
    void skipsAHeaderOnTheFirstLine(String header) throws IOException {
        MembersCsv.Result result = parse(header + "\n" + A + ",KZ-75\n");

        assertTrue(result.valid(), () -> result.errors().toString());
        assertEquals(List.of(new MembersCsv.Row(2, A, "KZ-75")), result.rows());
    }

    @Test
    void readsAListWithoutAHeaderFromTheFirstLine() throws IOException {
        MembersCsv.Result result = parse(A + ",KZ-75\n" + B + ",KZ-10\n");

        assertEquals(List.of(new MembersCsv.Row(1, A, "KZ-75"), new MembersCsv.Row(2, B, "KZ-10")), result.rows());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "before a header   | true",
            "before a first row | false"})
    void ignoresAByteOrderMark(String where, boolean withHeader) throws IOException {
        String csv = "\uFEFF" + (withHeader ? "iin,unit_code\n" : "") + A + ",KZ-75\n";

        MembersCsv.Result result = parse(csv);

        assertTrue(result.valid(), () -> result.errors().toString());
        assertEquals(List.of(new MembersCsv.Row(withHeader ? 2 : 1, A, "KZ-75")), result.rows());
    }

    @Test
    void acceptsASemicolonAsTheSeparator() throws IOException {
        MembersCsv.Result result = parse("iin;unit_code\n" + A + ";KZ-75\n" + B + ",KZ-10\n");

        assertTrue(result.valid(), () -> result.errors().toString());
        assertEquals(List.of(new MembersCsv.Row(2, A, "KZ-75"), new MembersCsv.Row(3, B, "KZ-10")), result.rows());
    }

    @Test
    void ignoresBlankLinesButKeepsCountingThem() throws IOException {
        MembersCsv.Result result = parse("iin,unit_code\n\n" + A + ",KZ-75\n   \n\t\n" + B + ",KZ-10\n\n");

        assertTrue(result.valid(), () -> result.errors().toString());
        assertEquals(List.of(new MembersCsv.Row(3, A, "KZ-75"), new MembersCsv.Row(6, B, "KZ-10")), result.rows());
    }

    @Test
    void readsWindowsLineEndings() throws IOException {
        MembersCsv.Result result = parse("iin,unit_code\r\n" + A + ",KZ-75\r\n" + B + ",KZ-10\r\n");

        assertEquals(List.of(new MembersCsv.Row(2, A, "KZ-75"), new MembersCsv.Row(3, B, "KZ-10")), result.rows());
    }

    @Test
    void readsAnExcelFileWithSemicolonsAByteOrderMarkWindowsLineEndingsAndQuotedValues() throws IOException {
        String excel = "\uFEFF\"ЖСН\";\"Облыс; коды\"\r\n\"" + A + "\";\"KZ-75\"\r\n\r\n" + B + ";KZ-10\r\n";

        MembersCsv.Result result = parse(excel);

        assertTrue(result.valid(), () -> result.errors().toString());
        assertEquals(List.of(new MembersCsv.Row(2, A, "KZ-75"), new MembersCsv.Row(4, B, "KZ-10")), result.rows());
    }

    @Test
    void readsAQuotedHeaderWithAnEmbeddedComma() throws IOException {
        MembersCsv.Result result = parse("\"IIN, 12 digits\",\"unit code\"\n" + A + ",KZ-75\n");

        assertTrue(result.valid(), () -> result.errors().toString());
        assertEquals(List.of(new MembersCsv.Row(2, A, "KZ-75")), result.rows());
    }

    @Test
    void reportsAnUnclosedQuoteOnItsLineAndReadsNoFurther() throws IOException {
        MembersCsv.Result result = parse(A + ",KZ-75\n\"" + B + ",KZ-10\n" + iin(4) + ",KZ-10\n");

        assertFalse(result.valid());
        assertEquals(1, result.errorCount());
        assertEquals("line 2", result.errors().get(0).field());
        assertEquals(List.of(new MembersCsv.Row(1, A, "KZ-75")), result.rows());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"kz-10", "Kz-10", " kz-10 ", "KZ-10"})
    void acceptsAUnitCodeInAnyCaseAndStoresItInUpperCase(String unit) throws IOException {
        MembersCsv.Result result = parse(A + "," + unit + "\n");

        assertTrue(result.valid(), () -> result.errors().toString());
        assertEquals(List.of(new MembersCsv.Row(1, A, "KZ-10")), result.rows());
    }

    // --- malformed lines ---

    static Stream<Arguments> malformedLines() {
        String iin = iin(3);
        String wrongCheckDigit = iin.substring(0, 11) + (char) ('0' + (iin.charAt(11) - '0' + 1) % 10);
        return Stream.of(
                Arguments.of("one field", iin, "expected 2 fields (IIN, unit code), found 1"),
                Arguments.of("three fields", iin + ",KZ-75,extra", "expected 2 fields (IIN, unit code), found 3"),
                Arguments.of("both separators", iin + ";KZ-75,extra", "expected 2 fields (IIN, unit code), found 3"),
                Arguments.of("a letter in the IIN", iin.substring(0, 11) + "X,KZ-75", "IIN must be 12 digits"),
                Arguments.of("11 digits", iin.substring(0, 11) + ",KZ-75", "IIN must be 12 digits"),
                Arguments.of("13 digits", iin + "0,KZ-75", "IIN must be 12 digits"),
                Arguments.of("columns swapped", "KZ-75," + iin, "IIN must be 12 digits"),
                Arguments.of("wrong check digit", wrongCheckDigit + ",KZ-75",
                        "IIN " + IdentificationNumbers.mask(wrongCheckDigit) + " fails the check digit"),
                Arguments.of("unknown unit", iin + ",KZ-00", "unknown unit code 'KZ-00'"),
                Arguments.of("no unit", iin + ",", "unit code is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedLines")
    void namesTheLineAndTheRuleOfAMalformedRow(String what, String line, String message) throws IOException {
        MembersCsv.Result result = parse("iin,unit_code\n" + A + ",KZ-75\n" + line + "\n" + B + ",KZ-10\n");

        assertFalse(result.valid());
        assertEquals(1, result.errorCount());
        assertEquals(List.of(new Violation("line 3", message)), result.errors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedLines")
    void neverRepeatsTheFullIinInAMessage(String what, String line, String message) throws IOException {
        MembersCsv.Result result = parse(line + "\n");

        String reported = result.errors().get(0).message();
        assertFalse(TWELVE_DIGITS.matcher(reported).find(), reported);
    }

    /**
     * The class promises "no IIN appears in a message", but an unknown unit code is echoed up to 12
     * characters, exactly the length of an IIN: a second IIN in the unit column is reported in full.
     */
    @Test
    void neverEchoesAnIinWrittenInTheUnitColumn() throws IOException {
        MembersCsv.Result result = parse(A + "," + B + "\n");

        Violation error = result.errors().get(0);
        assertEquals("line 1", error.field());
        assertFalse(error.message().contains(B), error.message());
    }

    // --- limits ---

    @ParameterizedTest(name = "{0} bad lines, maxErrors {1}: {2} listed")
    @CsvSource({"150, 100, 100", "150, 150, 150", "3, 100, 3", "150, 1, 1", "150, 0, 0"})
    void listsAtMostMaxErrorsButCountsEveryError(int badLines, int maxErrors, int listed) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < badLines; i++) {
            csv.append(i % 2 == 0 ? "12345,KZ-75\n" : iin(100 + i) + ",KZ-00\n");
        }

        MembersCsv.Result result = MembersCsv.parse(new StringReader(csv.toString()), UNITS, 1000, maxErrors);

        assertFalse(result.valid());
        assertEquals(badLines, result.errorCount());
        assertEquals(listed, result.errors().size());
        for (int i = 0; i < listed; i++) {
            assertEquals("line " + (i + 1), result.errors().get(i).field());
        }
    }

    @ParameterizedTest(name = "{0} members, maxRows {1}: valid {2}")
    @CsvSource({"9, 10, true", "10, 10, true", "11, 10, false", "500, 10, false"})
    void refusesAListWithMoreMembersThanMaxRows(int members, int maxRows, boolean valid) throws IOException {
        MembersCsv.Result result = MembersCsv.parse(new StringReader(csv(members)), UNITS, maxRows, 100);

        assertEquals(valid, result.valid());
        assertEquals(Math.min(members, maxRows), result.rows().size());
        if (!valid) {
            // the header is line 1, so member maxRows + 1 is on line maxRows + 2
            assertEquals(List.of(new Violation("line " + (maxRows + 2), "more than " + maxRows + " members in one list")),
                    result.errors());
            assertEquals(1, result.errorCount());
        }
    }

    // --- fixtures ---

    private static MembersCsv.Result parse(String csv) throws IOException {
        return MembersCsv.parse(new StringReader(csv), UNITS, 1000, 100);
    }

    /** The {@code n}-th valid IIN from a fixed series, so a failing case reads the same every run. */
    private static String iin(int n) {
        for (long candidate = 88_010_130_000L + 7L * n;; candidate += 100_000L) {
            String prefix = String.format("%011d", candidate);
            int check = IdentificationNumbers.checkDigit(prefix);
            if (check >= 0) {
                return prefix + check;
            }
        }
    }

    /** A list with a header and {@code members} distinct valid members spread over the units. */
    private static String csv(int members) {
        List<String> units = new ArrayList<>(new TreeSet<>(UNITS));
        StringBuilder csv = new StringBuilder("iin,unit_code\n");
        for (int i = 0; i < members; i++) {
            csv.append(iin(1000 + i)).append(',').append(units.get(i % units.size())).append('\n');
        }
        return csv.toString();
    }
}
