package kz.elections.results.web;

import static io.restassured.RestAssured.given;
import static kz.elections.results.stub.TestProtocols.protocol;
import static kz.elections.results.stub.TestProtocols.submit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import kz.elections.results.TestObservers;
import kz.elections.results.TestTokens;
import kz.elections.results.stub.TestContest;

/**
 * The results pages of an anonymous reader: the first read of a page renders it, the next ones are served from its
 * bytes on the event loop, byte for byte and header for header what the rendering answered, in each language, also
 * when the language is chosen with {@code ?lang=}; a new version is rendered anew; what differs from reader to reader
 * is rendered as before.
 */
@QuarkusTest
class PreparedPagesTest {

    private static final String LATEST = "/ui/elections/{code}";
    private static final String VERSION = "/ui/elections/{code}/versions/{number}";
    private static final List<String> HEADERS = List.of("Content-Type", "Content-Length", "ETag", "Cache-Control", "Vary",
            "Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "Set-Cookie");

    @Inject
    PreparedPages prepared;

    private static TestContest published() {
        TestContest contest = ResultsPagesTest.reportedList();
        ResultsPagesTest.publish(contest.election(), null);
        return contest;
    }

    /** The first read renders the page, the second is served from its bytes and answers exactly the same. */
    private ExtractableResponse<Response> renderedThenPrepared(Supplier<RequestSpecification> request, String path,
            Object... params) {
        ExtractableResponse<Response> rendered = request.get().when().get(path, params).then().statusCode(200).extract();
        long served = prepared.served();
        ExtractableResponse<Response> fromBytes = request.get().when().get(path, params).then().statusCode(200).extract();
        assertEquals(served + 1, prepared.served(), "the second read is served from the prepared bytes");
        assertArrayEquals(rendered.asByteArray(), fromBytes.asByteArray());
        for (String header : HEADERS) {
            assertEquals(rendered.headers().getValues(header), fromBytes.headers().getValues(header), header);
        }
        return fromBytes;
    }

    /** Read the way the resource answers it, not from prepared bytes. */
    private ExtractableResponse<Response> rendered(RequestSpecification request, String path, Object... params) {
        long served = prepared.served();
        ExtractableResponse<Response> response = request.when().get(path, params).then().extract();
        assertEquals(served, prepared.served(), "rendered, not served from prepared bytes");
        return response;
    }

    @Test
    void anAnonymousReadersPageIsServedFromTheBytesRenderedForTheFirstInEachLanguage() {
        TestContest contest = published();
        String election = contest.election();

        ExtractableResponse<Response> kazakh = renderedThenPrepared(RestAssured::given, LATEST, election);
        assertEquals("text/html;charset=UTF-8", kazakh.contentType());
        assertEquals("W/\"" + election + "-1-kk\"", kazakh.header("ETag"));
        assertEquals("public, max-age=5", kazakh.header("Cache-Control"));
        assertEquals("Accept-Language, Cookie", kazakh.header("Vary"));
        assertEquals(String.valueOf(kazakh.asByteArray().length), kazakh.header("Content-Length"));

        ExtractableResponse<Response> russian = renderedThenPrepared(() -> given().cookie("tizim-lang", "ru"), LATEST, election);
        assertEquals("W/\"" + election + "-1-ru\"", russian.header("ETag"));
        assertEquals(List.of(), russian.headers().getValues("Set-Cookie"));
        ExtractableResponse<Response> english = renderedThenPrepared(() -> given().header("Accept-Language", "en-GB,en;q=0.8"),
                LATEST, election);
        assertEquals("W/\"" + election + "-1-en\"", english.header("ETag"));
        // ?lang= alone (the language links) gets that language's page from the same bytes, and the cookie remembering it
        long served = prepared.served();
        ExtractableResponse<Response> chosen = given().queryParam("lang", "en").when().get(LATEST, election).then()
                .statusCode(200).extract();
        assertEquals(served + 1, prepared.served());
        assertEquals(english.asString(), chosen.asString());
        assertEquals("W/\"" + election + "-1-en\"", chosen.header("ETag"));
        assertEquals(List.of("tizim-lang=en; Path=/; Max-Age=31536000; SameSite=Lax"), chosen.headers().getValues("Set-Cookie"));

        ExtractableResponse<Response> version = renderedThenPrepared(RestAssured::given, VERSION, election, 1);
        assertEquals("public, max-age=31536000, immutable", version.header("Cache-Control"));
        assertEquals("W/\"" + election + "-1-kk\"", version.header("ETag"));
    }

    @Test
    void aKnownEtagIsNotModifiedAndANewVersionIsRenderedAnew() {
        TestContest contest = published();
        String election = contest.election();
        String etag = renderedThenPrepared(RestAssured::given, LATEST, election).header("ETag");

        long served = prepared.served();
        ExtractableResponse<Response> fast = given().header("If-None-Match", etag).when().get(LATEST, election)
                .then().statusCode(304).extract();
        assertEquals(served + 1, prepared.served());
        ExtractableResponse<Response> slow = rendered(given().header("If-None-Match", etag), LATEST, contest.electionId());
        assertEquals(304, slow.statusCode());
        for (String header : HEADERS) {
            assertEquals(slow.headers().getValues(header), fast.headers().getValues(header), header);
        }

        submit(TestTokens.tabulator("KZ"), protocol(contest, 1, List.of(500L, 100L, 80L, 70L, 20L, 80L, 50L), 20, 40))
                .statusCode(201);
        ResultsPagesTest.publish(contest.election(), "precinct 1 reported");

        String newer = given().header("If-None-Match", etag).when().get(LATEST, election).then().statusCode(200)
                .body(containsString("2-нұсқа")).extract().header("ETag");
        assertEquals("W/\"" + election + "-2-kk\"", newer);
        renderedThenPrepared(RestAssured::given, LATEST, election);
        given().header("If-None-Match", etag).when().get(VERSION, election, 1).then().statusCode(304);
        given().header("If-None-Match", etag).when().get(LATEST, election).then().statusCode(200).header("ETag", newer);
    }

    @Test
    void whatDiffersFromReaderToReaderIsRenderedAsBefore() {
        TestContest contest = published();
        String election = contest.election();
        renderedThenPrepared(RestAssured::given, LATEST, election);

        ExtractableResponse<Response> signedIn = rendered(given().auth().oauth2(TestObservers.national()), LATEST, election);
        assertEquals(200, signedIn.statusCode());
        assertEquals("private, max-age=5", signedIn.header("Cache-Control"));
        given().auth().oauth2(TestObservers.national()).when().get(LATEST, election).then()
                .body(containsString("/ui/signout")).body(not(containsString("/ui/signin")));
        rendered(given().cookie("q_session_web_results", "not-a-session"), LATEST, election);

        // the language alone: rendered for the first reader, then served, with the same cookie as the rendering set
        ExtractableResponse<Response> chosen = renderedThenPrepared(() -> given().queryParam("lang", "ru"), LATEST, election);
        assertEquals(List.of("tizim-lang"), chosen.detailedCookies().asList().stream().map(c -> c.getName()).toList());
        assertEquals("ru", chosen.cookie("tizim-lang"));
        // any other query is rendered, as are a language twice and one the pages do not speak
        assertEquals(200, rendered(given().queryParam("lang", "ru").queryParam("tab", "seats"), LATEST, election).statusCode());
        assertEquals(200, rendered(given().queryParam("lang", "ru", "kk"), LATEST, election).statusCode());
        assertEquals(200, rendered(given().queryParam("lang", "de"), LATEST, election).statusCode());
        assertEquals(200, rendered(RestAssured.given(), LATEST, contest.electionId()).statusCode());

        // The shared menu links the host the page was asked on: each host has its own page.
        String local = renderedThenPrepared(RestAssured::given, LATEST, election).asString();
        String loopback = renderedThenPrepared(() -> given().baseUri("http://127.0.0.1"), LATEST, election).asString();
        assertThat(local, containsString("href=\"http://localhost:"));
        assertThat(loopback, startsWith("<!DOCTYPE html>"));
        assertThat(loopback, containsString("href=\"http://127.0.0.1:"));
        assertThat(loopback, not(containsString("href=\"http://localhost:")));
    }
}
