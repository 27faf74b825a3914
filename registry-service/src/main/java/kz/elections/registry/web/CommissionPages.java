package kz.elections.registry.web;

import static kz.elections.registry.web.RegistryPages.blankToNull;
import static kz.elections.registry.web.RegistryPages.etag;
import static kz.elections.registry.web.RegistryPages.page;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

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
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import kz.elections.common.Enums;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.web.FormErrors;
import kz.elections.common.web.Page;
import kz.elections.registry.nomination.NominationApi;
import kz.elections.registry.nomination.NominationResource;
import kz.elections.registry.nomination.NominationStatus;
import kz.elections.registry.nomination.PartyListResource;
import kz.elections.registry.party.PartyApi;
import kz.elections.registry.party.PartyApplicationResource;
import kz.elections.registry.party.PartyResource;
import kz.elections.registry.party.PartyStatus;

/**
 * The commission's work queues: nominations, party applications and party lists, pending (the default), decided or
 * all ({@code ?state=pending|decided|all}), the decided with their decision and its local time; each nomination and
 * application with its pre-check report, and the decision forms. Decisions go through the API resources (territory checks, state
 * machine, If-Match on the version shown, audit); a refusal of the service is shown on the page.
 */
@Path("/ui/commission")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Roles.COMMISSION)
public class CommissionPages {

    static final Set<String> DECISION_FIELDS = Set.of("grounds", "amount");

    @Inject
    Page page;

    @Inject
    RegistryPages pages;

    @Inject
    NominationResource nominations;

    @Inject
    PartyApplicationResource applications;

    @Inject
    PartyListResource partyLists;

    @Inject
    PartyResource parties;

    /** Which items a queue shows: those waiting for a decision (the default), those decided, or all. */
    enum QueueState {
        PENDING, DECIDED, ALL;

        static QueueState of(String state) {
            for (QueueState known : values()) {
                if (known.code().equals(state)) {
                    return known;
                }
            }
            return PENDING;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean shows(boolean pending) {
            return this == ALL || pending == (this == PENDING);
        }

        /** Waiting items first, oldest first; the decided after them, the latest decision first. */
        <T> Comparator<T> order(Predicate<T> pending,
                Function<T, OffsetDateTime> filed,
                Function<T, OffsetDateTime> decided) {
            Comparator<T> waiting = Comparator.comparing(filed,
                    Comparator.nullsLast(Comparator.naturalOrder()));
            Comparator<T> latest = Comparator.comparing(
                    (T item) -> decided.apply(item) == null ? filed.apply(item) : decided.apply(item),
                    Comparator.nullsLast(Comparator.reverseOrder()));
            return Comparator.comparing((T item) -> !pending.test(item))
                    .thenComparing((a, b) -> pending.test(a) ? waiting.compare(a, b) : latest.compare(a, b));
        }
    }

    /** A party list on the commission's queue, with its party's name in the page's language. */
    public record ListRow(NominationApi.PartyListView list, String party) {
    }

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

    @Inject
    @Location("pages/queue-lists.html")
    Template listQueue;

    @GET
    @Path("nominations")
    public TemplateInstance nominationQueue(@QueryParam("state") String state, @QueryParam("q") String text) {
        QueueState filter = QueueState.of(state);
        Locale locale = page.language().locale();
        String wanted = text == null ? "" : text.strip().toLowerCase(locale);
        List<NominationApi.NominationView> shown = nominations.list(null,
                        filter == QueueState.PENDING ? NominationStatus.PENDING.name() : null, 500)
                .stream().filter(n -> filter.shows(n.status() == NominationStatus.PENDING))
                // by contest code or by name, in Kazakh or Russian
                .filter(n -> wanted.isEmpty() || (n.contestCode() + " " + n.person().surnameKk() + " " + n.person().nameKk() + " "
                        + n.person().surnameRu() + " " + n.person().nameRu()).toLowerCase(locale).contains(wanted))
                .sorted(filter.order((NominationApi.NominationView n) -> n.status() == NominationStatus.PENDING,
                        NominationApi.NominationView::submittedAt, NominationApi.NominationView::decidedAt))
                .toList();
        return page.render(nominationQueue.data("nominations", shown).data("state", filter.code())
                .data("decided", filter != QueueState.PENDING).data("q", text == null ? "" : text).data("pages", pages));
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
            NominationStatus.Action chosen = Enums.parse(NominationStatus.Action.class, "action", action);
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
    public TemplateInstance applicationQueue(@QueryParam("state") String state) {
        QueueState filter = QueueState.of(state);
        List<PartyApi.ApplicationView> shown = applications.list(
                        filter == QueueState.PENDING ? PartyStatus.APPLIED.name() : null).stream()
                .filter(a -> filter.shows(a.status() == PartyStatus.APPLIED))
                .sorted(filter.order((PartyApi.ApplicationView a) -> a.status() == PartyStatus.APPLIED,
                        PartyApi.ApplicationView::appliedAt, PartyApi.ApplicationView::decidedAt))
                .toList();
        return page.render(applicationQueue.data("applications", shown).data("state", filter.code())
                .data("decided", filter != QueueState.PENDING).data("pages", pages));
    }

    /** The party lists filed with the commission: pending, decided (registered or refused, and when) or all. */
    @GET
    @Path("lists")
    public TemplateInstance listQueue(@QueryParam("state") String state) {
        QueueState filter = QueueState.of(state);
        Map<UUID, String> names = new HashMap<>();
        List<ListRow> shown = partyLists.list().stream()
                .filter(l -> filter.shows(l.status() == NominationStatus.PENDING))
                .sorted(filter.order((NominationApi.PartyListView l) -> l.status() == NominationStatus.PENDING,
                        NominationApi.PartyListView::submittedAt, NominationApi.PartyListView::decidedAt))
                .map(l -> new ListRow(l, names.computeIfAbsent(l.partyId(), this::partyName)))
                .toList();
        return page.render(listQueue.data("lists", shown).data("state", filter.code())
                .data("decided", filter != QueueState.PENDING).data("pages", pages));
    }

    private String partyName(UUID party) {
        try {
            PartyApi.PartyView view = parties.get(party);
            return page.pick(view.nameKk(), view.nameRu(), view.nameEn()) + " (" + view.shortName() + ")";
        } catch (jakarta.ws.rs.WebApplicationException | ProblemException unknown) {
            return party.toString();
        }
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
            PartyStatus.Action chosen = Enums.parse(PartyStatus.Action.class, "action", action);
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
