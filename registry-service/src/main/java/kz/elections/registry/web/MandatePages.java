package kz.elections.registry.web;

import java.util.List;

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
import kz.elections.common.Enums;
import kz.elections.common.Roles;
import kz.elections.common.web.Page;
import kz.elections.law.election.Body;
import kz.elections.registry.mandate.ContestMandateResource;
import kz.elections.registry.mandate.MandateResource;

/**
 * Public pages of the elected bodies: the current members of a body with their constituency and party
 * ({@code /ui/members?body=…&territory=…}, the Mazhilis by default) and each seat's history, every mandate and the
 * vacancies their ends opened ({@code /ui/members/seats/{contest}}). They read through the public API, so they show
 * exactly what it shows.
 */
@Path("/ui/members")
@Produces(MediaType.TEXT_HTML)
@Blocking
@PermitAll
public class MandatePages {

    @Inject
    Page page;

    @Inject
    MandateResource mandates;

    @Inject
    ContestMandateResource seats;

    @Inject
    MandateLabels labels;

    @Inject
    @Location("pages/members.html")
    Template members;

    @Inject
    @Location("pages/seat-history.html")
    Template history;

    @GET
    public TemplateInstance members(@QueryParam("body") String body, @QueryParam("territory") String territory) {
        Body chosen = body == null || body.isBlank() ? Body.MAZHILIS : Enums.parse(Body.class, "body", body);
        String where = territory == null || territory.isBlank() ? Roles.CENTRAL_TERRITORY : territory.strip();
        return page.render(members.data("members", mandates.members(chosen, where)).data("body", chosen)
                .data("bodies", List.of(Body.values())).data("territory", where).data("pages", labels));
    }

    @GET
    @Path("seats/{contest}")
    public TemplateInstance seat(@PathParam("contest") String contest) {
        return page.render(history.data("seat", seats.history(contest)).data("pages", labels));
    }
}
