package kz.elections.common.cors;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.Authenticated;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;

import kz.elections.common.web.PageFilters;

/**
 * Open data: every public read of the API may be read from a page of any other site (CORS), and nothing
 * else. A read is public when its resource method is a GET that needs no token: {@code @PermitAll} on the
 * method, or no {@code @RolesAllowed}, {@code @Authenticated} or {@code @DenyAll} on it or its class. The
 * answer follows the annotations that the security layer enforces, so it cannot drift from them. Only
 * {@code Access-Control-Allow-Origin: *}, never credentials: a browser sends no cookie and no token with a
 * cross-origin read, so nobody's session is used by another site. Pages ({@code /ui}) stay same-origin.
 * <p>
 * A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method: GET}) is matched as the GET it
 * asks about, so the same annotations decide it; it is answered 204, with permission only for a public read.
 */
public class PublicReads {

    static final String PREFLIGHT = PublicReads.class.getName() + ".preflight";
    /** What a public read may send: conditional polling, content negotiation, resuming an event stream. */
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match, Last-Event-ID";
    public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    public static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    /** What a script may read of the answer beyond the simple headers: the ETag to poll with, the file name. */
    public static final String EXPOSED_HEADERS = "ETag, Content-Disposition, Location";
    /** How long a browser keeps a preflight's answer: the public reads do not change between deployments. */
    static final String PREFLIGHT_MAX_AGE_SECONDS = "3600";

    /** Before matching: a preflight for a GET is matched as that GET. */
    @ServerRequestFilter(preMatching = true)
    public void matchPreflightAsItsGet(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && request.getHeaderString("Origin") != null
                && HttpMethod.GET.equals(request.getHeaderString("Access-Control-Request-Method"))) {
            request.setProperty(PREFLIGHT, Boolean.TRUE);
            request.setMethod(HttpMethod.GET);
        }
    }

    /**
     * After matching, before anything runs: the headers go on the HTTP response itself, since a streamed answer
     * (Server-Sent Events) leaves without passing the response filters; a preflight is answered here, never by the
     * GET it asks about.
     */
    @ServerRequestFilter(priority = 1)
    public Optional<Response> allowPublicReads(ContainerRequestContext request, ResourceInfo resource,
            HttpServerResponse response) {
        boolean preflight = request.getProperty(PREFLIGHT) != null;
        if (isPublicRead(request, resource)) {
            MultiMap headers = response.headers();
            headers.set(ALLOW_ORIGIN, "*");
            if (preflight) {
                headers.set("Access-Control-Allow-Methods", "GET, HEAD");
                headers.set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                headers.set("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
            } else {
                headers.set(EXPOSE_HEADERS, EXPOSED_HEADERS);
            }
        }
        return preflight ? Optional.of(Response.noContent().build()) : Optional.empty();
    }

    static boolean isPublicRead(ContainerRequestContext request, ResourceInfo resource) {
        String method = request.getMethod();
        Method target = resource == null ? null : resource.getResourceMethod();
        if (target == null || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                || !target.isAnnotationPresent(GET.class) || PageFilters.isPage(request.getUriInfo().getPath())) {
            return false;
        }
        if (target.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        return !needsToken(target) && !needsToken(resource.getResourceClass());
    }

    private static boolean needsToken(AnnotatedElement element) {
        return element != null && (element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(Authenticated.class) || element.isAnnotationPresent(DenyAll.class));
    }
}
