package kz.elections.results.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import kz.elections.common.ProblemException;
import kz.elections.common.web.Page;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.publication.ResultsFeed;

/**
 * The public results pages: no sign-in. They show what the public feed serves (published versions only,
 * never the running tallies) and are built from the feed's rendered versions, so a reader costs no
 * tabulation and, within the feed's second, no query. The latest results may be cached for 5 seconds,
 * as the feed's; a version never changes and may be cached for a year.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@Blocking
@PermitAll
public class ResultsPages {

    static final int LATEST_MAX_AGE = 5;
    static final int VERSION_MAX_AGE = 31_536_000;
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    /** The language may come from the cookie or Accept-Language, so a cache must tell those apart. */
    static final String VARY = "Accept-Language, Cookie";

    @Inject
    Page page;

    @Inject
    ResultsFeed feed;

    @Inject
    RenderedPages pages;

    @Inject
    PreparedPages prepared;

    @Inject
    @Location("pages/home.html")
    Template home;

    @Inject
    @Location("pages/results.html")
    Template results;

    @GET
    public Response home() {
        ResultsMessages msg = MessageBundles.get(ResultsMessages.class, Localized.Literal.of(page.getLang()));
        String html = page.render(home.data("elections", ResultsView.index(pages.published(), msg, page.language(), pages.zone()))).render();
        return cached(Response.ok(html, HTML), true).build();
    }

    /** Reached only signed in (the web tenant sends a browser to Keycloak first); then back to the results. */
    @GET
    @Path("signin")
    @Authenticated
    public Response signIn() {
        return Response.seeOther(URI.create("/ui")).build();
    }

    @GET
    @Path("elections/{idOrCode}")
    public Response latest(@PathParam("idOrCode") String idOrCode, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        ResultsFeed.Rendered latest = feed.latest(code);
        if (latest == null) {
            throw ProblemException.notFound("Published results of election", code);
        }
        return respond(latest, true, ifNoneMatch);
    }

    @GET
    @Path("elections/{idOrCode}/versions/{number}")
    public Response version(@PathParam("idOrCode") String idOrCode, @PathParam("number") int number,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        ResultsFeed.Rendered version = number < 1 ? null : feed.version(code, number);
        if (version == null) {
            throw ProblemException.notFound("Result version " + number + " of election", code);
        }
        return respond(version, false, ifNoneMatch);
    }

    private Response respond(ResultsFeed.Rendered version, boolean latest, String ifNoneMatch) {
        String etag = RenderedPages.etag(version.electionCode(), version.number(), page.language());
        if (matches(ifNoneMatch, etag)) {
            return cached(Response.notModified(), latest).header(HttpHeaders.ETAG, etag).build();
        }
        RenderedPages.Content content = pages.content(version, latest, page.language());
        String html = page.render(results.data("title", content.title()).data("content", content.html())
                .data("electionCode", version.electionCode())).render();
        if (!page.isSignedIn()) {
            prepared.keep(version, latest, page.language(), html);
        }
        return cached(Response.ok(html, HTML), latest).header(HttpHeaders.ETAG, etag).build();
    }

    /** If-None-Match: "*" or a list of ETags, compared weakly (RFC 9110, 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private Response.ResponseBuilder cached(Response.ResponseBuilder response, boolean latest) {
        return response.header(HttpHeaders.CACHE_CONTROL, cacheControl(page.isSignedIn(), latest))
                .header(HttpHeaders.VARY, VARY);
    }

    /** Shared caches may keep a page only for an anonymous reader: a signed-in reader's layout names them. */
    static String cacheControl(boolean signedIn, boolean latest) {
        return (signedIn ? "private" : "public") + ", max-age=" + (latest ? LATEST_MAX_AGE : VERSION_MAX_AGE)
                + (latest ? "" : ", immutable");
    }
}
