package kz.elections.results.turnout;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.common.annotation.Blocking;

import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.web.Page;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.web.UnitMessages;

/**
 * The turnout pages: the public one (turnout through the day per unit, the nation, the units ranked; live, cached 5
 * seconds like the figures) and the commission's queue of precincts that have not reported at a time (signed in,
 * tabulators and commission staff, their own territory, never cached).
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class TurnoutPages {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    Page page;

    @Inject
    TurnoutAggregates aggregates;

    @Inject
    TurnoutService turnout;

    @Inject
    TurnoutSchedules schedules;

    @Inject
    kz.elections.common.Caller caller;

    @Inject
    @Location("pages/turnout.html")
    Template publicPage;

    @Inject
    @Location("pages/turnout-missing.html")
    Template missingPage;

    @GET
    @Path("elections/{idOrCode}/turnout")
    @PermitAll
    public Response turnout(@PathParam("idOrCode") String idOrCode) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        TurnoutPage view = TurnoutPage.of(aggregates.of(code), messages(),
                MessageBundles.get(UnitMessages.class, Localized.Literal.of(page.getLang())));
        String html = page.render(publicPage.data("view", view).data("electionCode", code)).render();
        return Response.ok(html, HTML).header(HttpHeaders.CACHE_CONTROL, (page.isSignedIn() ? "private" : "public")
                + ", max-age=5").header(HttpHeaders.VARY, "Accept-Language, Cookie").build();
    }

    @GET
    @Path("commission/elections/{idOrCode}/turnout/missing")
    @RolesAllowed({Roles.TABULATOR, Roles.COMMISSION})
    public Response missing(@PathParam("idOrCode") String idOrCode, @QueryParam("time") String time) {
        String code = ContestRecord.electionCodeOf(idOrCode);
        String territory = caller.territory()
                .orElseThrow(() -> ProblemException.forbidden("The queue is a territory's: the token names no territory"));
        List<String> times = schedules.of(code).all().stream().map(TurnoutApi::clock).toList();
        String chosen = time == null || time.isBlank() ? times.get(0) : time;
        TurnoutApi.MissingReports queue = turnout.missing(code, TurnoutSchedules.parse("time", chosen), territory);
        String html = page.render(missingPage.data("queue", queue).data("times", times)
                .data("title", messages().missing_title(queue.time(), code)).data("electionCode", code)).render();
        return Response.ok(html, HTML).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private TurnoutMessages messages() {
        return MessageBundles.get(TurnoutMessages.class, Localized.Literal.of(page.getLang()));
    }
}
