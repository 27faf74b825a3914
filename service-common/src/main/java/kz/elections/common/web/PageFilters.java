package kz.elections.common.web;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import kz.elections.common.Problem;

/**
 * Two things every page shares. A language chosen with {@code ?lang=} is remembered in a cookie.
 * A form post to a page must come from a page of the same origin: browsers send {@code Origin} (or at
 * least {@code Referer}) with every form post, so a post naming another site is a cross-site request
 * forgery and is refused before anything is written. The session cookie is also SameSite=Strict.
 */
public class PageFilters {

    public static final String PAGE_PREFIX = "/ui";

    public static boolean isPage(String path) {
        return path.equals(PAGE_PREFIX) || path.startsWith(PAGE_PREFIX + "/");
    }

    @ServerRequestFilter
    public Optional<Response> sameOriginForms(ContainerRequestContext request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || !isPage(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        String source = Optional.ofNullable(request.getHeaderString("Origin")).filter(o -> !o.equals("null"))
                .orElse(request.getHeaderString("Referer"));
        String host = request.getHeaderString(HttpHeaders.HOST);
        if (source == null || host == null || host.equalsIgnoreCase(authorityOf(source))) {
            return Optional.empty();
        }
        Problem problem = Problem.of(403, "cross-site-form", "Cross-site form post",
                "This form was posted from another site (" + source + ") and is refused")
                .at(request.getUriInfo().getPath());
        return Optional.of(Response.status(403).type(Problem.MEDIA_TYPE).entity(problem).build());
    }

    private static String authorityOf(String url) {
        try {
            return URI.create(url).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @ServerResponseFilter
    public void rememberLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isPage(request.getUriInfo().getPath())) {
            return;
        }
        Language.parse(request.getUriInfo().getQueryParameters().getFirst(Page.LANGUAGE_PARAMETER))
                .ifPresent(language -> response.getHeaders().add(HttpHeaders.SET_COOKIE, Page.languageCookie(language)));
    }
}
