package kz.elections.registry.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.registry.common.Violation;

class MembersCsvTest {

    private static final Set<String> UNITS = Set.copyOf(PartyFixtures.UNITS);

    @Test
    void readsRowsWithTheirLineNumbersSkippingHeaderBomAndBlankLines() throws IOException {
        String a = PartyFixtures.iin();
        String b = PartyFixtures.iin();
        MembersCsv.Result result = parse("\uFEFFIIN,unit_code\n" + a + ",KZ-75\n\n" + b + ";kz-10\n");

        assertTrue(result.valid());
        assertEquals(List.of(new MembersCsv.Row(2, a, "KZ-75"), new MembersCsv.Row(4, b, "KZ-10")), result.rows());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "791028302728                | expected 2 fields (IIN, unit code), found 1",
            "791028302728,KZ-75,extra    | expected 2 fields (IIN, unit code), found 3",
            "79102830272X,KZ-75          | IIN must be 12 digits",
            "7910283027,KZ-75            | IIN must be 12 digits",
            "791028302729,KZ-75          | IIN 7910******29 fails the check digit",
            "791028302728,KZ-00          | unknown unit code 'KZ-00'"})
    void namesTheLineAndTheRuleOfAMalformedRow(String line, String message) throws IOException {
        MembersCsv.Result result = parse("iin,unit_code\n" + PartyFixtures.iin() + ",KZ-75\n" + line + "\n");

        assertFalse(result.valid());
        assertEquals(List.of(new Violation("line 3", message)), result.errors());
    }

    @Test
    void neverRepeatsAFullIinInAMessage() throws IOException {
        MembersCsv.Result result = parse("791028302729,KZ-75\n");
        assertFalse(result.errors().get(0).message().contains("791028302729"));
    }

    @Test
    void listsTheFirstErrorsButCountsThemAll() throws IOException {
        String bad = "12345,KZ-75\n".repeat(150);
        MembersCsv.Result result = MembersCsv.parse(new StringReader(bad), UNITS, 1000, 100);

        assertEquals(150, result.errorCount());
        assertEquals(100, result.errors().size());
        assertEquals("line 100", result.errors().get(99).field());
    }

    @Test
    void refusesMoreRowsThanAllowed() throws IOException {
        String csv = PartyFixtures.csv(PartyFixtures.members(1));
        MembersCsv.Result result = MembersCsv.parse(new StringReader(csv), UNITS, 10, 100);

        assertFalse(result.valid());
        assertEquals("more than 10 members in one list", result.errors().get(0).message());
    }

    private static MembersCsv.Result parse(String csv) throws IOException {
        return MembersCsv.parse(new StringReader(csv), UNITS, 1000, 100);
    }
}
