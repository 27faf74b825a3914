package kz.elections.ballot.precinct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import kz.elections.common.Violation;

/** Reading the commission's precinct list; a precinct holds at most 3,000 voters. */
class PrecinctCsvTest {

    private static final String HEADER = "number,unit_code,address,voters,contests";
    private static final String VALID_LINE = "1,KZ-75,Алматы қ. Сәтбаев к-сі 5,1200,a.list";
    private static final int MAX_VOTERS = 3000;
    private static final int MAX_ROWS = 1000;
    private static final int MAX_ERRORS = 100;

    @Test
    void readsAValidFileWithAQuotedAddressAndSeveralContests() throws IOException {
        PrecinctCsv.Result result = parse(HEADER,
                "1,KZ-75,\"Алматы қ., Абай даңғылы, 10\",1200,a.smd-75-01;a.list",
                "2,KZ-75,Алматы қ. Сәтбаев к-сі 5,3000,a.list");

        assertEquals(List.of(), result.errors());
        assertEquals(0, result.errorCount());
        assertEquals(List.of(
                new PrecinctCsv.Row(2, 1, "KZ-75", "Алматы қ., Абай даңғылы, 10", 1200, List.of("a.smd-75-01", "a.list")),
                new PrecinctCsv.Row(3, 2, "KZ-75", "Алматы қ. Сәтбаев к-сі 5", 3000, List.of("a.list"))),
                result.rows());
    }

    @Test
    void acceptsAByteOrderMarkBeforeTheHeader() throws IOException {
        PrecinctCsv.Result result = parse("\uFEFF" + HEADER, VALID_LINE);

        assertEquals(List.of(), result.errors());
        assertEquals(1, result.rows().size());
    }

    @Test
    void readsAnExcelFileWithSemicolonsAByteOrderMarkAndWindowsLineEndings() throws IOException {
        String excel = "\uFEFFnumber;unit_code;address;voters;contests\r\n"
                + "1;KZ-75;\"Алматы қ., Абай даңғылы; 10\";1200;\"a.smd-75-01;a.list\"\r\n"
                + "\r\n"
                + "2;KZ-75;\"«Сәтбаев» \"\"мектебі\"\"\";3000;a.list\r\n";

        PrecinctCsv.Result result = PrecinctCsv.parse(new StringReader(excel), MAX_VOTERS, MAX_ROWS, MAX_ERRORS);

        assertEquals(List.of(), result.errors());
        assertEquals(List.of(
                new PrecinctCsv.Row(2, 1, "KZ-75", "Алматы қ., Абай даңғылы; 10", 1200, List.of("a.smd-75-01", "a.list")),
                new PrecinctCsv.Row(4, 2, "KZ-75", "«Сәтбаев» \"мектебі\"", 3000, List.of("a.list"))),
                result.rows());
    }

    @Test
    void reportsAnUnclosedQuoteOnTheLineItStartsAndReadsNoFurther() throws IOException {
        PrecinctCsv.Result result = parse(HEADER, VALID_LINE, "2,KZ-75,\"Алматы,1200,a.list", "3,KZ-75,Алматы,1200,a.list");

        assertEquals(1, result.errorCount());
        assertEquals("line 3", result.errors().get(0).field());
        assertTrue(result.errors().get(0).message().contains("quoted value"), result.errors().get(0).message());
    }

    @ParameterizedTest(name = "header \"{0}\"")
    @ValueSource(strings = {
            "number,unit,address,voters,contests",
            "number,unit_code,address,voters",
            "unit_code,number,address,voters,contests",
            "1,KZ-75,Алматы,1200,a.list",
            "",
    })
    void refusesAWrongHeaderWithOneErrorOnLine1(String header) throws IOException {
        PrecinctCsv.Result result = parse(header, VALID_LINE);

        assertEquals(List.of(), result.rows());
        assertEquals(1, result.errorCount());
        assertEquals(1, result.errors().size());
        Violation error = result.errors().get(0);
        assertEquals("line 1", error.field());
        assertTrue(error.message().contains(HEADER), error.message());
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        PrecinctCsv.Result result = PrecinctCsv.parse(new StringReader(""), MAX_VOTERS, MAX_ROWS, MAX_ERRORS);

        assertEquals(1, result.errorCount());
        assertEquals("line 1", result.errors().get(0).field());
    }

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            1,KZ-75,"Алматы, Абай даңғылы 1",1200            | expected 5 values, found 4
            1,KZ-75,Алматы,1200,a.list,extra                 | expected 5 values, found 6
            0,KZ-75,Алматы,1200,a.list                       | number must be positive
            -1,KZ-75,Алматы,1200,a.list                      | number must be positive
            x,KZ-75,Алматы,1200,a.list                       | number must be a whole number
            1,75,Алматы,1200,a.list                          | unit_code must be a unit code like KZ-75
            1,KZ-75,,1200,a.list                             | address must be 1 to 500 characters
            1,KZ-75,Алматы,3001,a.list                       | exceed the 3000 a precinct may hold
            1,KZ-75,Алматы,-1,a.list                         | voters must be zero or more
            1,KZ-75,Алматы,many,a.list                       | voters must be a whole number
            1,KZ-75,Алматы,1200,                             | contests must name at least one contest code
            1,KZ-75,Алматы,1200, ; ;                         | contests must name at least one contest code
            """)
    void reportsEachMalformedLineByNumberWithTheRuleItBreaks(String line, String rule) throws IOException {
        PrecinctCsv.Result result = parse(HEADER, VALID_LINE, line);

        assertEquals(1, result.rows().size(), "the valid line is still read");
        assertEquals(1, result.errorCount());
        assertEquals(1, result.errors().size());
        Violation error = result.errors().get(0);
        assertEquals("line 3", error.field());
        assertTrue(error.message().contains(rule), "expected \"" + rule + "\" in \"" + error.message() + "\"");
    }

    @Test
    void namesTheLimitWhenAPrecinctHasTooManyVoters() throws IOException {
        PrecinctCsv.Result result = parse(HEADER, "1,KZ-75,Алматы,3001,a.list");

        assertTrue(result.errors().get(0).message().contains("3000"), result.errors().get(0).message());
    }

    @ParameterizedTest(name = "{0} voters accepted")
    @ValueSource(ints = { 0, 1, 2999, 3000 })
    void acceptsUpTo3000Voters(int voters) throws IOException {
        PrecinctCsv.Result result = parse(HEADER, "1,KZ-75,Алматы," + voters + ",a.list");

        assertEquals(List.of(), result.errors());
        assertEquals(voters, result.rows().get(0).voters());
    }

    @Test
    void reportsEveryMalformedLineWithItsOwnNumberCountingBlankLines() throws IOException {
        PrecinctCsv.Result result = parse(HEADER,
                VALID_LINE,
                "0,KZ-75,Алматы,1200,a.list",
                "",
                "2,75,Алматы,1200,a.list",
                "3,KZ-75,Алматы,1300,a.list");

        assertEquals(List.of("line 3", "line 5"), result.errors().stream().map(Violation::field).toList());
        assertEquals(2, result.errorCount());
        assertEquals(List.of(2, 6), result.rows().stream().map(PrecinctCsv.Row::line).toList());
    }

    @Test
    void capsTheReportedErrorsAtMaxErrorsButCountsThemAll() throws IOException {
        PrecinctCsv.Result result = PrecinctCsv.parse(new StringReader(String.join("\n", HEADER,
                "0,KZ-75,Алматы,1200,a.list",
                "1,75,Алматы,1200,a.list",
                "2,KZ-75,,1200,a.list",
                "3,KZ-75,Алматы,3001,a.list",
                "4,KZ-75,Алматы,1200,")), MAX_VOTERS, MAX_ROWS, 2);

        assertEquals(List.of("line 2", "line 3"), result.errors().stream().map(Violation::field).toList());
        assertEquals(5, result.errorCount());
    }

    @Test
    void reportsEveryRuleALineBreaks() throws IOException {
        PrecinctCsv.Result result = parse(HEADER, "0,75,,3001,");

        String message = result.errors().get(0).message();
        for (String rule : List.of("number", "unit_code", "address", "3000", "contests")) {
            assertTrue(message.contains(rule), "expected \"" + rule + "\" in \"" + message + "\"");
        }
        assertEquals(1, result.errorCount());
    }

    private static PrecinctCsv.Result parse(String... lines) throws IOException {
        return PrecinctCsv.parse(new StringReader(String.join("\n", lines)), MAX_VOTERS, MAX_ROWS, MAX_ERRORS);
    }
}
