package kz.elections.results.web;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import kz.elections.common.web.Language;
import kz.elections.common.web.Page;
import kz.elections.results.publication.Kept;
import kz.elections.results.publication.PreparedResults;
import kz.elections.results.publication.ResultsFeed;

/**
 * Election night's readers of the results pages, answered on the event loop from the bytes {@link ResultsPages}
 * rendered for the first of them: a published version never changes, and for a reader who is not signed in neither
 * does the layout around it. Kept per page (latest or a version), language and the scheme and host the page was asked
 * on, which the shared menu's links name ({@link Page#serviceLink}); latest is kept with the version it showed, so a
 * newly published version (here or on another instance: the feed forgets its latest on the notice) is rendered anew
 * by the first reader who asks. ETag (304 on If-None-Match), Cache-Control and Vary as {@link ResultsPages} gives them.
 * <p>
 * A query of the language alone ({@code ?lang=ru}, what the language links ask) gets that language's page, which is the
 * same, and the cookie that remembers the choice, as a rendered page sets it.
 * <p>
 * Only what is the same for everyone is served here. Everything else goes on to {@link ResultsPages} and renders as it
 * always did: a reader with a token or a session cookie (the layout names who is signed in), any other query (the
 * language links repeat it), a path not written as the page's own (an election by its id), a version the feed has not
 * rendered yet, and a page not rendered yet for this language and host.
 */
@ApplicationScoped
public class PreparedPages {

    static final String LATEST = "/ui/elections/:code";
    static final String VERSION = "/ui/elections/:code/versions/:number";
    static final String CONTENT_TYPE = "text/html;charset=UTF-8";
    /**
     * Schemes and hosts pages are kept for: a Host header is whatever a client sends, so that a client making up hosts
     * cannot fill the memory, a host beyond these is rendered as before.
     */
    static final int MAX_ORIGINS = 8;

    @Inject
    ResultsFeed feed;

    @Inject
    CurrentVertxRequest current;

    /** How many bytes of pages to keep: past it the page read least recently goes first. */
    @ConfigProperty(name = "tizim.results.kept.max-bytes", defaultValue = "33554432")
    long maxBytes;

    /** One page's bytes, and the ETag (version and language) they were rendered for. */
    private record Prepared(String etag, Buffer html) {
    }

    private Kept<Prepared> pages;
    private final Set<String> origins = ConcurrentHashMap.newKeySet();
    private final LongAdder served = new LongAdder();

    @PostConstruct
    void keepUpTo() {
        pages = new Kept<>(maxBytes, page -> page.html().length());
    }

    /** Ahead of the REST handler, so that a prepared page never reaches it. */
    void routes(@Observes Router router) {
        router.get(LATEST).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(context -> {
            String election = PreparedResults.election(context);
            serve(context, election == null ? null : feed.knownLatest(election), true);
        });
        router.get(VERSION).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(context -> {
            String election = PreparedResults.election(context);
            Integer number = PreparedResults.number(context.pathParam("number"));
            serve(context, election == null || number == null ? null : feed.knownVersion(election, number), false);
        });
    }

    private void serve(RoutingContext context, ResultsFeed.Rendered version, boolean latest) {
        HttpServerRequest request = context.request();
        String origin = version == null ? null : sameForEveryone(context, version, latest);
        if (origin == null) {
            context.next();
            return;
        }
        Language language = Page.chosen(request);
        String etag = RenderedPages.etag(version.electionCode(), version.number(), language);
        boolean notModified = ResultsPages.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag);
        Prepared page = notModified ? null : pages.get(key(version, latest, language, origin));
        if (!notModified && (page == null || !page.etag().equals(etag))) {
            context.next();
            return;
        }
        served.increment();
        MultiMap headers = context.response().headers();
        headers.set(HttpHeaders.CACHE_CONTROL, ResultsPages.cacheControl(false, latest));
        headers.set(HttpHeaders.VARY, ResultsPages.VARY);
        headers.set(HttpHeaders.ETAG, etag);
        if (request.query() != null) {
            headers.set(HttpHeaders.SET_COOKIE, Page.languageCookie(language));
        }
        if (notModified) {
            context.response().setStatusCode(304).end();
            return;
        }
        headers.set(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE);
        context.response().end(page.html());
    }

    /**
     * Keeps the page {@link ResultsPages} has just rendered for this request, if it is the one every reader asking the
     * same way gets.
     */
    void keep(ResultsFeed.Rendered version, boolean latest, Language language, String html) {
        RoutingContext context = current.getCurrent();
        String origin = context == null ? null : sameForEveryone(context, version, latest);
        if (origin == null || !(origins.contains(origin) || origins.size() < MAX_ORIGINS && origins.add(origin))) {
            return;
        }
        pages.put(key(version, latest, language, origin),
                new Prepared(RenderedPages.etag(version.electionCode(), version.number(), language), PreparedResults.bytes(html)));
    }

    /** How many reads were answered here (200 or 304), not by {@link ResultsPages}. */
    long served() {
        return served.sum();
    }

    /**
     * The scheme and host the page is asked on, if the request is one every reader gets the same page for: nobody signed
     * in, no query but the language, the page's own path; else null.
     */
    private static String sameForEveryone(RoutingContext context, ResultsFeed.Rendered version, boolean latest) {
        HttpServerRequest request = context.request();
        String cookies = request.getHeader(HttpHeaders.COOKIE);
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || (cookies != null && cookies.contains("q_session"))
                || request.query() != null && !languageAlone(context.queryParams()) || request.authority() == null) {
            return null;
        }
        String path = "/ui/elections/" + version.electionCode() + (latest ? "" : "/versions/" + version.number());
        return path.equals(request.path()) ? request.scheme() + "://" + request.authority().host() : null;
    }

    /** A query of one parameter, {@code lang} once, naming a language the pages speak. */
    private static boolean languageAlone(MultiMap query) {
        List<String> asked = query.getAll(Page.LANGUAGE_PARAMETER);
        return query.size() == 1 && asked.size() == 1 && Language.parse(asked.get(0)).isPresent();
    }

    private static String key(ResultsFeed.Rendered version, boolean latest, Language language, String origin) {
        return version.electionCode() + "#" + (latest ? "latest" : version.number()) + "#" + language.code() + "#" + origin;
    }
}
