package kz.elections.results.publication;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/** The CSV of a published version: UTF-8 with a byte-order mark; the elected marked by registration, not by name. */
@QuarkusTest
class ResultsCsvTest {

    static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The file's records by header, after checking that it is UTF-8 with a byte-order mark and says so. */
    static List<CSVRecord> csv(Response response) throws IOException {
        response.then().statusCode(200).contentType("text/csv; charset=UTF-8");
        byte[] bytes = response.asByteArray();
        assertArrayEquals(BYTE_ORDER_MARK, Arrays.copyOf(bytes, 3), "starts with the UTF-8 byte-order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void aNamesakeIsNotMarkedElectedBesideTheWinner() throws IOException {
        // Art. 37, 95 p.3: candidates are told apart by their registration, never by name
        TestContest contest = TestContest.district(List.of("Ахметов Ерлан Серікұлы", "Ахметов Ерлан Серікұлы"));
        submit(TestTokens.tabulator("KZ"), protocol(contest, 0, List.of(100L, 300L), 0, 0)).statusCode(201);
        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(100L, 300L), 0, 0)).statusCode(201);
        given().auth().oauth2(TestTokens.commission("alice", "KZ")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/elections/{code}/results", contest.election()).then().statusCode(201);

        List<CSVRecord> rows = csv(given().queryParam("format", "csv")
                .when().get("/api/v1/elections/{code}/results/versions/1", contest.election()).andReturn());

        assertEquals(List.of("Ахметов Ерлан Серікұлы", "Ахметов Ерлан Серікұлы", "Против всех / Барлығына қарсы"),
                rows.stream().map(r -> r.get("option")).toList());
        assertEquals(List.of("", "elected", ""), rows.stream().map(r -> r.get("seats_or_elected")).toList());
        assertEquals(List.of("200", "600", "0"), rows.stream().map(r -> r.get("votes")).toList());
    }
}
