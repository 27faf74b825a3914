package kz.elections.registry.web;

import static kz.elections.registry.web.RegistryPages.blankToNull;
import static kz.elections.registry.web.RegistryPages.etag;
import static kz.elections.registry.web.RegistryPages.page;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.smallrye.common.annotation.Blocking;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.web.FormErrors;
import kz.elections.common.web.Page;
import kz.elections.registry.nomination.NominationApi;
import kz.elections.registry.nomination.NominationResource;
import kz.elections.registry.nomination.NominationStatus;
import kz.elections.registry.party.PartyApi;
import kz.elections.registry.party.PartyApplicationResource;
import kz.elections.registry.party.PartyStatus;

/**
 * The commission's work queues: pending nominations and party applications, each with its pre-check
 * report, and the decision forms. Decisions go through the API resources (territory checks, state
 * machine, If-Match on the version shown, audit); a refusal of the service is shown on the page.
 */
@Path("/ui/commission")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Roles.COMMISSION)
public class CommissionPages {

    static final java.util.Set<String> DECISION_FIELDS = java.util.Set.of("grounds", "amount");

    @Inject
    Page page;

    @Inject
    RegistryPages pages;

    @Inject
    NominationResource nominations;

    @Inject
    PartyApplicationResource applications;

    @Inject
    @Location("pages/queue-nominations.html")
    Template nominationQueue;

    @Inject
    @Location("pages/nomination.html")
    Template nomination;

    @Inject
    @Location("pages/queue-applications.html")
    Template applicationQueue;

    @Inject
    @Location("pages/application.html")
    Template application;

    @GET
    @Path("nominations")
    public TemplateInstance nominationQueue(@QueryParam("state") String state, @QueryParam("q") String text) {
        boolean decided = "decided".equals(state);
        java.util.Locale locale = page.language().locale();
        String wanted = text == null ? "" : text.strip().toLowerCase(locale);
        java.util.List<NominationApi.NominationView> shown = nominations.list(null, decided ? null : NominationStatus.PENDING.name(), 500)
                .stream().filter(n -> decided ? n.status() != NominationStatus.PENDING : true)
                // by contest code or by name, in Kazakh or Russian
                .filter(n -> wanted.isEmpty() || (n.contestCode() + " " + n.person().surnameKk() + " " + n.person().nameKk() + " "
                        + n.person().surnameRu() + " " + n.person().nameRu()).toLowerCase(locale).contains(wanted))
                .sorted(decided ? java.util.Comparator.comparing((NominationApi.NominationView n) -> n.decidedAt() == null
                        ? n.submittedAt() : n.decidedAt()).reversed() : java.util.Comparator.comparing(NominationApi.NominationView::submittedAt))
                .toList();
        return page.render(nominationQueue.data("nominations", shown).data("decided", decided).data("q", text == null ? "" : text)
                .data("pages", pages));
    }

    @GET
    @Path("nominations/{id}")
    public TemplateInstance nomination(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return renderNomination(id, FormErrors.none()).data("done", done == null ? "" : done);
    }

    private TemplateInstance renderNomination(UUID id, FormErrors errors) {
        NominationApi.NominationView view = (NominationApi.NominationView) nominations.get(id).getEntity();
        return page.render(nomination.data("n", view).data("pages", pages).data("base", "/ui/commission").data("withdrawable", false)
                .data("decidable", view.status() == NominationStatus.PENDING).data("errors", errors).data("done", "")
                .data("standing", null));
    }

    @POST
    @Path("nominations/{id}/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @FormParam("action") String action, @FormParam("grounds") String grounds,
            @FormParam("version") String version) {
        try {
            NominationStatus.Action chosen = kz.elections.common.Enums.parse(NominationStatus.Action.class, "action", action);
            NominationApi.DecisionRequest decision = new NominationApi.DecisionRequest(chosen, blankToNull(grounds));
            FormErrors errors = pages.validate(decision, FormErrors.none(), DECISION_FIELDS);
            if (!errors.isEmpty()) {
                return page(400, renderNomination(id, errors));
            }
            nominations.decide(id, etag(version), decision);
            // Back to the nomination, which confirms what was done and shows its new status.
            return Response.seeOther(URI.create("/ui/commission/nominations/" + id + "?done=" + chosen.name())).build();
        } catch (ProblemException refused) {
            return page(refused.problem().status(), renderNomination(id, pages.refusal(refused, DECISION_FIELDS)));
        }
    }

    @POST
    @Path("nominations/{id}/deposit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deposit(@PathParam("id") UUID id, @FormParam("amount") String amount) {
        FormErrors errors = FormErrors.none();
        Long paid = null;
        try {
            paid = Long.valueOf(amount == null ? "" : amount.strip());
        } catch (NumberFormatException e) {
            errors.add("amount", page.common().invalid_number());
        }
        NominationApi.DepositRequest deposit = new NominationApi.DepositRequest(paid);
        pages.validate(deposit, errors, DECISION_FIELDS);
        if (!errors.isEmpty()) {
            return page(400, renderNomination(id, errors));
        }
        try {
            nominations.deposit(id, deposit);
            return Response.seeOther(URI.create("/ui/commission/nominations/" + id + "?done=deposit")).build();
        } catch (ProblemException refused) {
            return page(refused.problem().status(), renderNomination(id, pages.refusal(refused, DECISION_FIELDS)));
        }
    }

    @GET
    @Path("applications")
    public TemplateInstance applicationQueue() {
        return page.render(applicationQueue.data("applications", applications.list(PartyStatus.APPLIED.name())));
    }

    @GET
    @Path("applications/{id}")
    public TemplateInstance application(@PathParam("id") UUID id) {
        return renderApplication(id, FormErrors.none());
    }

    private TemplateInstance renderApplication(UUID id, FormErrors errors) {
        PartyApi.ApplicationView view = (PartyApi.ApplicationView) applications.get(id).getEntity();
        PartyApi.ReportView report = view.memberRows() == null && view.status() != PartyStatus.APPLIED ? null : applications.report(id);
        return page.render(application.data("a", view).data("report", report).data("pages", pages)
                .data("decidable", view.status() == PartyStatus.APPLIED).data("errors", errors));
    }

    @POST
    @Path("applications/{id}/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideApplication(@PathParam("id") UUID id, @FormParam("action") String action,
            @FormParam("grounds") String grounds, @FormParam("version") String version) {
        try {
            PartyStatus.Action chosen = kz.elections.common.Enums.parse(PartyStatus.Action.class, "action", action);
            PartyApi.DecisionRequest decision = new PartyApi.DecisionRequest(chosen, blankToNull(grounds));
            FormErrors errors = pages.validate(decision, FormErrors.none(), DECISION_FIELDS);
            if (!errors.isEmpty()) {
                return page(400, renderApplication(id, errors));
            }
            applications.decide(id, etag(version), decision);
            return Response.seeOther(URI.create("/ui/commission/applications")).build();
        } catch (ProblemException refused) {
            return page(refused.problem().status(), renderApplication(id, pages.refusal(refused, DECISION_FIELDS)));
        }
    }
}
