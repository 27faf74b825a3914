package kz.elections.results.web;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.common.annotation.Blocking;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.web.FormErrors;
import kz.elections.common.web.Page;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.observer.ObserverApi;
import kz.elections.results.observer.ReportCategory;
import kz.elections.results.observer.ReportCounts;
import kz.elections.results.observer.ReportResource;
import kz.elections.results.observer.ReportState;

/**
 * The observers' pages: an observer's report form and own reports; the commission's queue of its territory with the
 * answer form; the public counts of an election. Forms go through the API resources in-process (accreditation, rate
 * limit, state machine, audit), and a refusal is shown next to the field it names.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ObserverPages {

    static final Set<String> REPORT_FIELDS = Set.of("contest", "precinct", "observedAt", "category", "language", "text",
            "protocol");
    static final Set<String> ANSWER_FIELDS = Set.of("state", "reason");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Page page;

    @Inject
    ReportResource reports;

    @Inject
    ReportCounts counts;

    @Inject
    Validator validator;

    @ConfigProperty(name = "tizim.observer.time-zone", defaultValue = "Asia/Almaty")
    ZoneId timeZone;

    @Inject
    @Location("pages/observer-reports.html")
    Template ownReports;

    @Inject
    @Location("pages/observer-report-form.html")
    Template form;

    @Inject
    @Location("pages/observer-queue.html")
    Template queue;

    @Inject
    @Location("pages/observer-report.html")
    Template report;

    @Inject
    @Location("pages/observer-counts.html")
    Template publicCounts;

    /** A report as a page shows it: the words of the chosen language, times in local time. */
    public record Row(UUID id, String contestCode, UUID precinct, String unitCode, String observedAt, String filedAt,
            String category, String state, String language, String text, UUID protocol, String observer,
            List<AnswerRow> answers) {
    }

    public record AnswerRow(String state, String reason, String at) {
    }

    /** A choice of a select: its value and label. */
    public record Choice(String value, String label) {
    }

    public record CountRow(String unitCode, String category, String state, long reports) {
    }

    ObserverMessages msg() {
        return MessageBundles.get(ObserverMessages.class, Localized.Literal.of(page.getLang()));
    }

    @GET
    @Path("observer/reports")
    @RolesAllowed(Roles.OBSERVER)
    public TemplateInstance ownReports() {
        return page.render(ownReports.data("reports", rows(reports.list(null))));
    }

    @GET
    @Path("observer/reports/new")
    @RolesAllowed(Roles.OBSERVER)
    public TemplateInstance newReport() {
        return renderForm(new Form(null, null, null, null, "kk", null, null), FormErrors.none());
    }

    /** What the form was sent with, to show again with the errors. */
    public record Form(String contest, String precinct, String observedAt, String category, String language, String text,
            String protocol) {
    }

    private TemplateInstance renderForm(Form sent, FormErrors errors) {
        ObserverMessages words = msg();
        List<Choice> categories = Arrays.stream(ReportCategory.values()).map(c -> new Choice(c.name(), label(c, words))).toList();
        List<Choice> languages = List.of(new Choice("kk", words.language_kk()), new Choice("ru", words.language_ru()));
        return page.render(form.data("f", sent).data("errors", errors).data("categories", categories)
                .data("languages", languages).data("maxText", ObserverApi.MAX_TEXT));
    }

    @POST
    @Path("observer/reports")
    @RolesAllowed(Roles.OBSERVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@FormParam("contest") String contest, @FormParam("precinct") String precinct,
            @FormParam("observedAt") String observedAt, @FormParam("category") String category,
            @FormParam("language") String language, @FormParam("text") String text, @FormParam("protocol") String protocol) {
        Form sent = new Form(contest, precinct, observedAt, category, language, text, protocol);
        FormErrors errors = FormErrors.none();
        UUID precinctId = uuid(precinct, "precinct", errors);
        UUID protocolId = protocol == null || protocol.isBlank() ? null : uuid(protocol, "protocol", errors);
        OffsetDateTime observed = localTime(observedAt, errors);
        ReportCategory chosen = Arrays.stream(ReportCategory.values()).filter(c -> c.name().equals(category)).findFirst()
                .orElse(null);
        ObserverApi.ReportRequest request = new ObserverApi.ReportRequest(blankToNull(contest), precinctId, observed, chosen,
                blankToNull(language), blankToNull(text), protocolId);
        validator.validate(request).forEach(v -> {
            String field = v.getPropertyPath().toString();
            if (!errors.has(field)) {
                errors.add(field, FormErrors.message(v, page.common()));
            }
        });
        if (!errors.isEmpty()) {
            return status(400, renderForm(sent, errors));
        }
        try {
            reports.file(request);
            return Response.seeOther(URI.create("/ui/observer/reports")).build();
        } catch (ProblemException refused) {
            return status(refused.problem().status(), renderForm(sent, FormErrors.of(refused, REPORT_FIELDS, text())));
        }
    }

    @GET
    @Path("commission/observer-reports")
    @RolesAllowed(Roles.COMMISSION)
    public TemplateInstance queue() {
        return page.render(queue.data("reports", rows(reports.list(null))));
    }

    @GET
    @Path("commission/observer-reports/{id}")
    @RolesAllowed(Roles.COMMISSION)
    public TemplateInstance report(@PathParam("id") UUID id) {
        return renderReport(id, FormErrors.none());
    }

    private TemplateInstance renderReport(UUID id, FormErrors errors) {
        ObserverApi.ReportView found = reports.get(id);
        ObserverMessages words = msg();
        List<Choice> next = Arrays.stream(ReportState.values()).filter(found.state()::mayBecome)
                .map(s -> new Choice(s.name(), label(s, words))).toList();
        return page.render(report.data("r", row(found, words)).data("next", next)
                .data("errors", errors));
    }

    @POST
    @Path("commission/observer-reports/{id}/answers")
    @RolesAllowed(Roles.COMMISSION)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, @FormParam("state") String state, @FormParam("reason") String reason) {
        ReportState chosen = Arrays.stream(ReportState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
        if (chosen == null) {
            return status(400, renderReport(id, FormErrors.none().add("state", page.common().invalid_required())));
        }
        try {
            reports.answer(id, new ObserverApi.AnswerRequest(chosen, blankToNull(reason)));
            return Response.seeOther(URI.create("/ui/commission/observer-reports/" + id)).build();
        } catch (ProblemException refused) {
            return status(refused.problem().status(), renderReport(id, FormErrors.of(refused, ANSWER_FIELDS, text())));
        }
    }

    @GET
    @Path("elections/{idOrCode}/observer-reports")
    @PermitAll
    public TemplateInstance counts(@PathParam("idOrCode") String idOrCode) {
        ObserverApi.ReportCounts found = counts.of(ContestRecord.electionCodeOf(idOrCode));
        ObserverMessages words = msg();
        List<CountRow> rows = found.counts().stream().map(c -> new CountRow(c.unitCode(), label(c.category(), words),
                label(c.state(), words), c.reports())).toList();
        return page.render(publicCounts.data("election", found.electionCode()).data("total", found.total()).data("rows", rows));
    }

    /** The service's sentences about accreditations, said in the page's language. */
    private kz.elections.common.web.ServiceText text() {
        ObserverMessages words = msg();
        return page.serviceText()
                .with("Your accreditation is for (\\S+), not for (.+)", m -> words.refused_territory(m.group(1), m.group(2)))
                .with("Your accreditation for (\\S+) ended at (\\S+)", m -> words.refused_expired(m.group(1), m.group(2)))
                .with("Your accreditation for (\\S+) was revoked at (\\S+)", m -> words.refused_revoked(m.group(1), m.group(2)))
                .with("Your accreditation for (\\S+) begins at (\\S+)", m -> words.refused_not_yet(m.group(1), m.group(2)))
                .with("Observers see protocols, .*", m -> words.refused_not_accredited());
    }

    private List<Row> rows(List<ObserverApi.ReportView> views) {
        ObserverMessages words = msg();
        return views.stream().map(v -> row(v, words)).toList();
    }

    private Row row(ObserverApi.ReportView v, ObserverMessages words) {
        List<AnswerRow> answers = v.answers().stream().map(a -> new AnswerRow(label(a.state(), words), a.reason(),
                local(a.at()))).toList();
        return new Row(v.id(), v.contestCode(), v.precinct(), v.unitCode(), local(v.observedAt()), local(v.filedAt()),
                label(v.category(), words), label(v.state(), words), v.language(), v.text(), v.protocol(), v.observer(),
                answers);
    }

    static String label(ReportCategory category, ObserverMessages words) {
        return switch (category) {
            case VOTER_LIST -> words.category_VOTER_LIST();
            case BALLOT_SECRECY -> words.category_BALLOT_SECRECY();
            case OBSTRUCTION_OF_OBSERVERS -> words.category_OBSTRUCTION_OF_OBSERVERS();
            case COUNTING -> words.category_COUNTING();
            case PROTOCOL_COPY_NOT_GIVEN -> words.category_PROTOCOL_COPY_NOT_GIVEN();
            case OTHER -> words.category_OTHER();
        };
    }

    static String label(ReportState state, ObserverMessages words) {
        return switch (state) {
            case FILED -> words.state_FILED();
            case ACKNOWLEDGED -> words.state_ACKNOWLEDGED();
            case EXAMINED -> words.state_EXAMINED();
            case UPHELD -> words.state_UPHELD();
            case DISMISSED -> words.state_DISMISSED();
        };
    }

    private String local(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(timeZone).format(SHOWN);
    }

    /** A {@code datetime-local} value, read in the elections' local time zone. */
    private OffsetDateTime localTime(String value, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(timeZone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add("observedAt", page.common().invalid_value());
            return null;
        }
    }

    private UUID uuid(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, page.common().invalid_value());
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Response status(int status, TemplateInstance html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html.render()).build();
    }
}
