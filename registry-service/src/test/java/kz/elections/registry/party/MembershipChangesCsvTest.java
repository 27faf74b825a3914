package kz.elections.registry.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.elections.common.Violation;
import kz.elections.law.identity.IdentificationNumbers;

/** A registered party's membership changes: {@code IIN,unit code,JOIN|LEAVE,date} a line. */
class MembershipChangesCsvTest {

    private static final Set<String> UNITS = Set.of("KZ-10", "KZ-75");
    private static final String IIN = validIin();

    private static String validIin() {
        for (long candidate = 88_010_130_000L;; candidate += 100_000L) {
            String prefix = String.format("%011d", candidate);
            int check = IdentificationNumbers.checkDigit(prefix);
            if (check >= 0) {
                return prefix + check;
            }
        }
    }

    private static MembersCsv.Changes parse(String csv) throws IOException {
        return MembersCsv.parseChanges(new StringReader(csv), UNITS, 1000, 100);
    }

    @Test
    void readsJoinersAndLeaversWithTheirDatesAfterAHeader() throws IOException {
        MembersCsv.Changes changes = parse("iin;unit_code;change;date\r\n" + IIN + ";kz-75;join;2024-03-01\r\n"
                + IIN + ",KZ-10,LEAVE,2024-04-02\r\n");

        assertTrue(changes.valid());
        assertEquals(List.of(new MembersCsv.Change(2, IIN, "KZ-75", true, LocalDate.of(2024, 3, 1)),
                new MembersCsv.Change(3, IIN, "KZ-10", false, LocalDate.of(2024, 4, 2))), changes.rows());
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(delimiter = '|', value = {
            "{iin},KZ-75,JOIN | expected 4 fields (IIN, unit code, JOIN or LEAVE, date), found 3",
            "{iin},KZ-75,ARRIVE,2024-03-01 | change must be JOIN or LEAVE",
            "{iin},KZ-75,JOIN,01.03.2024 | date must be a date like 2024-03-01",
            "{iin},KZ-99,JOIN,2024-03-01 | unknown unit code 'KZ-99'",
            "12345,KZ-75,JOIN,2024-03-01 | IIN must be 12 digits"})
    void namesEachMalformedLineByNumberNeverByIin(String line, String problem) throws IOException {
        MembersCsv.Changes changes = parse(IIN + ",KZ-75,JOIN,2024-03-01\n" + line.replace("{iin}", IIN) + "\n");

        assertFalse(changes.valid());
        assertEquals(List.of(new Violation("line 2", problem)), changes.errors());
        assertFalse(changes.errors().toString().contains(IIN));
    }
}
