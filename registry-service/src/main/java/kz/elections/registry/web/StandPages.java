package kz.elections.registry.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import kz.elections.common.web.Page;

/**
 * "Become a candidate", for everyone, signed in or not: the contests taking nominations now, by election and
 * unit, with a filter; and for one contest, before any form, who may stand, what to prepare, the deposit and
 * how it is paid, and the deadlines, or that nomination is closed there. Filing itself needs a citizen's
 * sign-in ({@link CitizenPages}).
 */
@Path("/ui/stand")
@Produces(MediaType.TEXT_HTML)
@Blocking
@PermitAll
public class StandPages {

    @Inject
    Page page;

    @Inject
    RegistryPages pages;

    @Inject
    @Location("pages/open-contests.html")
    Template openContests;

    @Inject
    @Location("pages/stand-contest.html")
    Template contest;

    @GET
    public TemplateInstance contests(@QueryParam("unit") String unit, @QueryParam("q") String text) {
        return pages.openContestsPage(openContests, "/ui/stand", pages.selfNominationContests(), unit, text);
    }

    @GET
    @Path("{code}")
    public TemplateInstance contest(@PathParam("code") String code) {
        return page.render(contest.data("s", pages.standing(code)).data("pages", pages));
    }
}
