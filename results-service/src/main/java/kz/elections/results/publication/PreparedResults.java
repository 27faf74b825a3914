package kz.elections.results.publication;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import kz.elections.common.Ids;
import kz.elections.common.cors.PublicReads;

/**
 * Election night's reads of published results, answered on the event loop from bytes prepared once: a published
 * version never changes, so its JSON and CSV are encoded once into buffers that every response writes as they are,
 * with no database hit, no JSON serialisation and no hop to a worker thread. Serves {@code results/latest} while
 * {@link ResultsFeed} knows it without a query, and {@code results/versions/{n}} once rendered, as JSON or CSV, with
 * the ETag (304 on If-None-Match), Cache-Control and open-data CORS headers that {@link ResultsResource} gives them.
 * <p>
 * Everything else goes on to {@link ResultsResource}, which answers the same: a request it does not know the answer
 * to yet (a first read, latest after a notice of a new version, an election named by its id), one for a version that
 * does not exist, with other query parameters or an Accept header the fast path does not decide. So the resource
 * stays the one definition of these reads (and of their OpenAPI); this is its cache in front.
 */
@ApplicationScoped
public class PreparedResults {

    static final String LATEST = "/api/v1/elections/:code/results/latest";
    static final String VERSION = "/api/v1/elections/:code/results/versions/:number";
    static final String LATEST_CACHE = "no-transform, max-age=5";
    static final String VERSION_CACHE = "public, max-age=31536000, immutable";

    /** One version's answers, as bytes. */
    record Prepared(Buffer json, String etag, Buffer csv, String csvEtag, String csvDisposition) {
    }

    @Inject
    ResultsFeed feed;

    /** How many bytes of answers to keep: past it the version read least recently goes first. */
    @ConfigProperty(name = "tizim.results.kept.max-bytes", defaultValue = "33554432")
    long maxBytes;

    /** By ETag: one per published version of each election. */
    private Kept<Prepared> prepared;

    @PostConstruct
    void keepUpTo() {
        prepared = new Kept<>(maxBytes, version -> version.json().length() + version.csv().length());
    }

    /** Ahead of the REST handler, so that what is prepared never reaches it. */
    void routes(@Observes Router router) {
        router.get(LATEST).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(context -> {
            String election = election(context);
            serve(context, election == null ? null : feed.knownLatest(election), LATEST_CACHE);
        });
        router.get(VERSION).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(context -> {
            String election = election(context);
            Integer number = number(context.pathParam("number"));
            serve(context, election == null || number == null ? null : feed.knownVersion(election, number), VERSION_CACHE);
        });
    }

    private void serve(RoutingContext context, ResultsFeed.Rendered rendered, String cacheControl) {
        HttpServerRequest request = context.request();
        Boolean csv = rendered == null ? null : csvWanted(context.queryParams(), request.getHeader(HttpHeaders.ACCEPT));
        if (csv == null) {
            context.next();
            return;
        }
        Prepared version = prepared.get(rendered.etag());
        if (version == null) {
            version = prepare(rendered);
            prepared.put(rendered.etag(), version);
        }
        String etag = csv ? version.csvEtag() : version.etag();
        MultiMap headers = context.response().headers();
        headers.set(PublicReads.ALLOW_ORIGIN, "*");
        headers.set(PublicReads.EXPOSE_HEADERS, PublicReads.EXPOSED_HEADERS);
        headers.set(HttpHeaders.ETAG, etag);
        headers.set(HttpHeaders.CACHE_CONTROL, cacheControl);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            context.response().setStatusCode(304).end();
            return;
        }
        if (csv) {
            headers.set(HttpHeaders.CONTENT_TYPE, OpenCsv.CONTENT_TYPE);
            headers.set("Content-Disposition", version.csvDisposition());
            context.response().end(version.csv());
        } else {
            headers.set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            context.response().end(version.json());
        }
    }

    private static Prepared prepare(ResultsFeed.Rendered rendered) {
        return new Prepared(bytes(rendered.json()), rendered.etag(), bytes(rendered.csv()), "\"csv-" + rendered.etag().substring(1),
                "inline; filename=\"" + rendered.electionCode() + "-v" + rendered.number() + ".csv\"");
    }

    /**
     * The text's UTF-8 bytes off the heap, as the socket takes them (a heap buffer is copied on every write); never
     * released, so that every response may write the same bytes. The JDK's own direct buffer, which the collector frees
     * once no response writes it and it is no longer {@link Kept} (Netty's own would need a release that cannot be
     * timed against the writes still under way).
     */
    public static Buffer bytes(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        return Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(direct)));
    }

    /**
     * Whether the request (its query parameters, not the path's, and its Accept header) asks for CSV (true) or JSON (false) as {@link OpenCsv#wanted} reads it, or null when the
     * resource should decide: another query parameter, or an Accept header that names neither.
     */
    static Boolean csvWanted(MultiMap query, String accept) {
        String format = null;
        if (!query.isEmpty()) {
            if (query.names().size() != 1 || query.getAll("format").size() != 1) {
                return null;
            }
            format = query.get("format");
            if (!"csv".equalsIgnoreCase(format) && !"json".equalsIgnoreCase(format)) {
                return null;
            }
        }
        boolean acceptable = accept == null || accept.contains("*/*") || accept.contains(MediaType.APPLICATION_JSON)
                || accept.contains(OpenCsv.MEDIA_TYPE);
        return acceptable ? OpenCsv.wanted(format, accept) : null;
    }

    /** The election's code, or null when it is named by its id (the resource looks that up). */
    public static String election(RoutingContext context) {
        String code = context.pathParam("code");
        return Ids.parse(code).isPresent() ? null : code;
    }

    /** A path's version number, or null when it is none (the resource answers 404). */
    public static Integer number(String number) {
        try {
            return Integer.valueOf(number);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
