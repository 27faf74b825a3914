package kz.elections.common.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The browser-facing headers, set on the HTTP router so that every response has them, whoever answered
 * it: a page, an error page rendered by the problem mapper, a refusal from the security layer, a static
 * file. Every response is {@code nosniff}. Pages also get a Content-Security-Policy that allows scripts,
 * styles and images from this origin only (no inline script or style, so injected markup cannot run),
 * may not be framed (clickjacking), and leak no URL to other sites. A page answered to someone signed in
 * is never stored by a browser or proxy: the next person at a shared computer must not find it in the
 * back-button history or a cache.
 */
@Singleton
public class SecurityHeaders {

    /** Bootstrap's own icons (form controls, the navbar toggler) are data: SVGs in its style sheet. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    public static final String REFERRER_POLICY = "same-origin";
    /** Before the security and REST handlers, so that their responses get the headers too. */
    private static final int PRIORITY = 1000;
    private static final String SESSION_COOKIE_PREFIX = "q_session";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> addHeaders(context));
            context.next();
        }, PRIORITY);
    }

    private static void addHeaders(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        if (!PageFilters.isPage(context.normalizedPath())) {
            return;
        }
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("Referrer-Policy", REFERRER_POLICY);
        if (signedIn(context)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /**
     * Someone is signed in when the request was authenticated, or (on a page that never asked who is
     * calling) when it carries a token or a session: erring towards no-store costs a re-fetch, nothing more.
     */
    private static boolean signedIn(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return true;
        }
        return context.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                || context.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE_PREFIX));
    }
}
