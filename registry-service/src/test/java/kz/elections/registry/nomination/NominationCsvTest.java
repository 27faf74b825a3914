package kz.elections.registry.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.elections.law.nomination.Route;

/** Reading the commission's bulk nomination CSV, as Excel writes it in any locale. */
class NominationCsvTest {

    private static final String HEADER = "contest,route,iin,surname_kk,name_kk,surname_ru,name_ru,birth_date,sex,"
            + "residence_years,occupation,residence,education,no_criminal_record,legally_capable";

    @Test
    void readsAnExcelFileWithSemicolonsAByteOrderMarkWindowsLineEndingsAndQuotedValues() throws IOException {
        String excel = "\uFEFF" + HEADER.replace(',', ';') + "\r\n"
                + "mazhilis-2023.smd-75-01;SELF;791028302728;Сейітов;Арман;Сеитов;Арман;1980-01-01;MALE;30;"
                + "\"мұғалім, мектеп; №5\";\"Шымкент, \"\"Нұр\"\" ш/а\";жоғары;true;true\r\n";

        List<NominationCsv.Row> rows = NominationCsv.parse(new StringReader(excel), 100);

        assertEquals(1, rows.size());
        NominationCsv.Row row = rows.get(0);
        assertEquals(2, row.line());
        assertEquals(List.of(), row.errors());
        assertEquals("mazhilis-2023.smd-75-01", row.request().contest());
        assertEquals(Route.SELF, row.request().route());
        assertEquals("791028302728", row.request().person().iin());
        assertEquals(LocalDate.of(1980, 1, 1), row.request().person().birthDate());
        assertEquals("мұғалім, мектеп; №5", row.request().person().occupation());
        assertEquals("Шымкент, \"Нұр\" ш/а", row.request().person().residence());
        assertEquals(Boolean.TRUE, row.request().person().legallyCapable());
    }

    @Test
    void readsCommasWithAQuotedCommaAsBefore() throws IOException {
        String csv = HEADER + "\n"
                + "c.smd-75-01,SELF,791028302728,Сейітов,Арман,Сеитов,Арман,1980-01-01,MALE,30,\"мұғалім, мектеп\",Шымкент,"
                + "жоғары,true,true\n";

        List<NominationCsv.Row> rows = NominationCsv.parse(new StringReader(csv), 100);

        assertEquals(List.of(), rows.get(0).errors());
        assertEquals("мұғалім, мектеп", rows.get(0).request().person().occupation());
    }

    @Test
    void namesEachLineCountingBlankLinesAndReportsConversionErrors() throws IOException {
        String csv = HEADER + "\n\n"
                + "c.smd-75-01,SELF,791028302728,Сейітов,Арман,Сеитов,Арман,01.01.1980,MALE,30,мұғалім,Шымкент,жоғары,true,true\n"
                + "c.smd-75-01,SELF,791028302728,Сейітов\n";

        List<NominationCsv.Row> rows = NominationCsv.parse(new StringReader(csv), 100);

        assertEquals(List.of(3, 4), rows.stream().map(NominationCsv.Row::line).toList());
        assertEquals(List.of("birth_date: '01.01.1980' is not a date (YYYY-MM-DD)"), rows.get(0).errors());
        assertEquals("expected 15 values, found 4", rows.get(1).errors().get(0));
    }

    @Test
    void reportsAnUnclosedQuoteOnItsLine() throws IOException {
        String csv = HEADER + "\n"
                + "c.smd-75-01,SELF,791028302728,\"Сейітов,Арман,Сеитов,Арман,1980-01-01,MALE,30,мұғалім,Шымкент,жоғары,true,true\n";

        List<NominationCsv.Row> rows = NominationCsv.parse(new StringReader(csv), 100);

        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).line());
        assertNull(rows.get(0).request());
        assertTrue(rows.get(0).errors().get(0).contains("quoted value"), rows.get(0).errors().toString());
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsOnLine1() throws IOException {
        List<NominationCsv.Row> rows = NominationCsv.parse(new StringReader("contest;route;colour\r\nx;y;z\r\n"), 100);

        assertEquals(1, rows.size());
        assertEquals(1, rows.get(0).line());
        assertTrue(rows.get(0).errors().get(0).startsWith("missing columns"), rows.get(0).errors().toString());
        assertTrue(rows.get(0).errors().get(1).startsWith("unknown columns [colour]"), rows.get(0).errors().toString());
    }
}
