package kz.elections.registry.web;

import java.util.List;
import java.util.UUID;

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
import kz.elections.registry.recall.RecallApi.PetitionView;
import kz.elections.registry.recall.RecallResource;

/**
 * The recall pages: every petition's state and result for anyone ({@code /ui/recalls}), a citizen's own applications
 * and their district's petitions ({@code /ui/citizen/recalls}), the commission's queues ({@code /ui/commission/recalls}).
 * They read through {@link RecallResource}, so they show what the API shows to the same caller: never an applicant or
 * a signer to the public. Each path is its own resource class: a class at {@code /ui/citizen} would otherwise take
 * {@code /ui/citizen/recalls} and answer 404.
 */
@Path("/ui/recalls")
@Produces(MediaType.TEXT_HTML)
@Blocking
@PermitAll
public class RecallPages {

    @Inject
    Page page;

    @Inject
    RecallResource recalls;

    @Inject
    RecallLabels labels;

    @Inject
    @Location("pages/recalls.html")
    Template list;

    @Inject
    @Location("pages/recall.html")
    Template one;

    @GET
    public TemplateInstance all(@QueryParam("district") String district) {
        String chosen = blankToNull(district);
        return page.render(list.data("petitions", recalls.list(chosen)).data("mine", List.<PetitionView>of())
                .data("citizen", false).data("district", chosen == null ? "" : chosen).data("base", "/ui/recalls")
                .data("pages", labels));
    }

    @GET
    @Path("{id}")
    public TemplateInstance petition(@PathParam("id") UUID id) {
        return page.render(one.data("p", recalls.get(id)).data("pages", labels));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
