package kz.elections.registry.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import kz.elections.common.Roles;
import kz.elections.common.web.Page;
import kz.elections.registry.recall.RecallPetition;
import kz.elections.registry.recall.RecallResource;

/** The commission's queues of its territory: applications to decide, collections to check. */
@Path("/ui/commission/recalls")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Roles.COMMISSION)
public class CommissionRecallPages {

    @Inject
    Page page;

    @Inject
    RecallResource recalls;

    @Inject
    RecallLabels labels;

    @Inject
    @Location("pages/recall-queue.html")
    Template queue;

    @GET
    public TemplateInstance commission() {
        return page.render(queue.data("toDecide", recalls.queue(RecallPetition.Status.APPLIED.name()))
                .data("toCheck", recalls.queue(RecallPetition.Status.COLLECTING.name())).data("pages", labels));
    }
}
