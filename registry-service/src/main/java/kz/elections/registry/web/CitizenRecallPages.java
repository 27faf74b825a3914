package kz.elections.registry.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import kz.elections.common.Roles;
import kz.elections.common.web.Page;
import kz.elections.registry.recall.RecallApi.PetitionView;
import kz.elections.registry.recall.RecallResource;

/** A citizen's applications and the petitions of the district they name. */
@Path("/ui/citizen/recalls")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Roles.CITIZEN)
public class CitizenRecallPages {

    @Inject
    Page page;

    @Inject
    RecallResource recalls;

    @Inject
    RecallLabels labels;

    @Inject
    @Location("pages/recalls.html")
    Template list;

    @GET
    public TemplateInstance citizen(@QueryParam("district") String district) {
        String chosen = RecallPages.blankToNull(district);
        return page.render(list.data("petitions", chosen == null ? List.<PetitionView>of() : recalls.list(chosen))
                .data("mine", recalls.mine()).data("citizen", true).data("district", chosen == null ? "" : chosen)
                .data("base", "/ui/citizen/recalls").data("pages", labels));
    }
}
