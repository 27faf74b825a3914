package kz.elections.common.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The browser-facing headers, set on the HTTP router so that every response has them, whoever answered
 * it: a page, an error page rendered by the problem mapper, a refusal from the security layer, a static
 * file. Every response is {@code nosniff}. Pages also get a Content-Security-Policy that allows scripts,
 * styles and images from this origin only (no inline script or style, so injected markup cannot run),
 * may not be framed (clickjacking), and leak no URL to other sites. A page answered to someone signed in
 * is never stored by a browser or proxy: the next person at a shared computer must not find it in the
 * back-button history or a cache. Who is signed in is known once the page has run, so that header is
 * set as the page's response leaves it.
 */
@Singleton
public class SecurityHeaders {

    /** Bootstrap's own icons (form controls, the navbar toggler) are data: SVGs in its style sheet. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    public static final String REFERRER_POLICY = "same-origin";
    /** Before the security and REST handlers, so that their responses get the headers too. */
    private static final int PRIORITY = 1000;

    @Inject
    Page page;

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
    }

    /**
     * {@code no-store} on a page for someone signed in, unless the page already keeps itself out of shared
     * caches on purpose ({@code private} or {@code no-store}, as the results pages do to answer
     * conditional requests).
     */
    @ServerResponseFilter
    public void neverStoreSignedInPages(ContainerRequestContext request, ContainerResponseContext response) {
        if (!PageFilters.isPage(request.getUriInfo().getPath()) || !page.isSignedIn()) {
            return;
        }
        String chosen = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        if (chosen == null || !(chosen.contains("private") || chosen.contains("no-store"))) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
