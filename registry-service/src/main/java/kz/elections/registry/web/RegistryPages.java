package kz.elections.registry.web;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kz.elections.common.ProblemException;
import kz.elections.common.web.CommonMessages;
import kz.elections.common.web.FormErrors;
import kz.elections.common.web.Page;
import kz.elections.common.web.ServiceText;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.election.ElectionApi;
import kz.elections.registry.election.ElectionResource;
import kz.elections.registry.nomination.NominationApi;
import kz.elections.registry.nomination.NominationResource;
import kz.elections.law.calendar.ElectionCalendar;
import kz.elections.law.calendar.NominationExtension;
import kz.elections.law.nomination.NominationRules;
import kz.elections.law.nomination.Route;
import kz.elections.law.party.PartyRegistrationRules;

/** What the registry's pages share: the messages in the reader's language and how a refusal becomes form errors. */
@RequestScoped
public class RegistryPages {

    /** Which form field a failed pre-check rule is about, so its message is shown next to that field. */
    private static final Map<String, String> RULE_FIELDS = Map.of("AGE", "person.birthDate", "RESIDENCE",
            "person.residenceYears", "NO_CRIMINAL_RECORD", "person.noCriminalRecord", "LEGALLY_CAPABLE",
            "person.legallyCapable", "SIGNATURES", "signatures", "SIGNATURE_SETTLEMENTS", "signatureSettlements");

    @Inject
    Page page;

    @Inject
    Validator validator;

    @Inject
    ElectionResource elections;

    @Inject
    Clock clock;

    @Inject
    ContestResource contests;

    @Inject
    NominationResource nominations;

    public RegistryMessages msg() {
        return MessageBundles.get(RegistryMessages.class, Localized.Literal.of(page.getLang()));
    }

    /** The rows of a pre-check table (a nomination's, a party list's or a party application's), in the page's language. */
    public List<PrecheckRows.Row> rules(List<?> checks) {
        return precheck().rows(checks);
    }

    private PrecheckRows precheck() {
        return new PrecheckRows(msg(), page.language().locale());
    }

    /** The registry's own English sentences (a refusal's violations, a member list's line errors) as this page says them. */
    public ServiceText serviceText() {
        RegistryMessages msg = msg();
        return page.serviceText()
                .with("fails the IIN check digit", m -> msg.iin_check_digit())
                .with("must state the grounds of a \\w+ decision", m -> msg.grounds_required())
                .with("fails the BIN check digit", m -> msg.bin_check_digit())
                .with("expected 2 fields \\(IIN, unit code\\), found (\\d+)", m -> msg.csv_fields(m.group(1)))
                .with("IIN must be 12 digits", m -> msg.csv_iin_digits())
                .with("IIN (\\S+) fails the check digit", m -> msg.csv_iin_check(m.group(1)))
                .with("unit code is missing", m -> msg.csv_unit_missing())
                .with("unknown unit code '(.*)'", m -> msg.csv_unit_unknown(m.group(1)))
                .with("unknown unit code \\(expected the form KZ-75\\)", m -> msg.csv_unit_form())
                .with("more than (\\d+) members in one list", m -> msg.csv_too_many(m.group(1)))
                .with("a quoted value is not closed, or characters follow its closing quote", m -> msg.csv_quote())
                .with("the uploaded file could not be read", m -> msg.csv_unreadable());
    }

    /** "line 12" of a member list, in the page's language. */
    public String line(String field) {
        return field != null && field.matches("line \\d+") ? msg().line(Integer.parseInt(field.substring(5))) : field;
    }

    public String kindLabel(Enum<?> kind) {
        RegistryMessages msg = msg();
        return switch (kind.name()) {
            case "PARTY_LIST" -> msg.kind_PARTY_LIST();
            case "SINGLE_MANDATE" -> msg.kind_SINGLE_MANDATE();
            case "AKIM" -> msg.kind_AKIM();
            default -> kind.name();
        };
    }

    public String quotaLabel(Enum<?> category) {
        RegistryMessages msg = msg();
        return switch (category.name()) {
            case "WOMAN" -> msg.quota_WOMAN();
            case "YOUTH" -> msg.quota_YOUTH();
            case "DISABILITY" -> msg.quota_DISABILITY();
            default -> category.name();
        };
    }

    /**
     * Bean Validation of the API request, as the API runs it; adds to the errors a form already has. A
     * violation of one element of a list field ({@code initiativeGroup.units[2].<list element>}) is
     * shown at the list field.
     */
    public <T> FormErrors validate(T request, FormErrors errors, Set<String> fields) {
        CommonMessages words = page.common();
        validator.validate(request).forEach(v -> {
            String path = v.getPropertyPath().toString();
            String field = fields.contains(path) ? path : path.replaceFirst("\\[\\d*]\\.<list element>$", "");
            if (fields.contains(field)) {
                if (!errors.has(field)) {
                    errors.add(field, FormErrors.message(v, words));
                }
            } else {
                errors.add(FormErrors.GENERAL, field + ": " + FormErrors.message(v, words));
            }
        });
        return errors;
    }

    /**
     * A refusal of the service: its violations and failed pre-check rules next to their fields (a
     * party's registration rules concern no one field: they are listed in general).
     */
    public FormErrors refusal(ProblemException refusal, Set<String> fields) {
        Object failed = refusal.problem().extensions() == null ? null : refusal.problem().extensions().get("failedRules");
        if (!(failed instanceof List<?> checks) || checks.isEmpty()) {
            return FormErrors.of(refusal, fields, serviceText());
        }
        PrecheckRows precheck = precheck();
        FormErrors errors = FormErrors.none();
        for (Object item : checks) {
            if (item instanceof NominationRules.Check check) {
                errors.add(RULE_FIELDS.getOrDefault(check.rule(), FormErrors.GENERAL), precheck.sentence(check));
            } else if (item instanceof PartyRegistrationRules.RuleCheck check) {
                errors.add(FormErrors.GENERAL, precheck.sentence(check));
            }
        }
        return errors.isEmpty() ? FormErrors.of(refusal, fields, serviceText()) : errors;
    }

    /**
     * A party list refused by the service: a candidate's failed rules next to the field of its row they
     * concern (else at the row), an invalid IIN at its field, what the list as a whole failed in general.
     */
    public FormErrors listRefusal(ProblemException refusal, Set<String> fields) {
        Map<String, Object> extensions = refusal.problem().extensions();
        if (extensions == null || !(extensions.get("candidateFailures") instanceof Map<?, ?> byPosition)) {
            return FormErrors.of(refusal, fields, serviceText());
        }
        PrecheckRows precheck = precheck();
        FormErrors errors = FormErrors.none();
        byPosition.forEach((position, checks) -> {
            String row = "candidates[" + (Integer.parseInt(position.toString()) - 1) + "]";
            for (Object item : checks instanceof List<?> list ? list : List.of()) {
                if (item instanceof NominationRules.Check check) {
                    String personField = RULE_FIELDS.getOrDefault(check.rule(), "");
                    String field = personField.startsWith("person.") ? row + personField.substring("person".length()) : row;
                    errors.add(fields.contains(field) ? field : row, precheck.sentence(check));
                }
            }
        });
        errors.add(FormErrors.GENERAL, serviceText().detail(refusal.problem().detail()));
        return errors;
    }

    /** The list rules of a refused party list, as the service checked them (none if it never got that far). */
    public static List<?> listRules(ProblemException refusal) {
        Map<String, Object> extensions = refusal.problem().extensions();
        return extensions != null && extensions.get("rules") instanceof List<?> rules ? rules : List.of();
    }

    /** Draws a nomination form for a contest; the page that shows it knows its action and title. */
    public interface NominationFormPage {
        TemplateInstance render(ElectionApi.ContestView contest, NominationForm filled, FormErrors errors, String key);
    }

    /**
     * A nomination form as posted: validated as the API validates it and filed through the API's resource
     * (the same checks, idempotency and audit); then the nomination's page under {@code base}, or the form
     * again with what is wrong next to its field.
     */
    public Response nominate(MultivaluedMap<String, String> body, Route route, UUID party, String base,
            NominationFormPage form) {
        ElectionApi.ContestView contest = contests.get(String.valueOf(body.getFirst("contest")));
        String key = body.getFirst("idempotencyKey");
        NominationForm filled = NominationForm.from(body);
        NominationApi.NominationRequest request = filled.request(contest.code(), route, party, page.common());
        FormErrors errors = validate(request, filled.parseErrors(), NominationForm.fieldNames());
        int status = 400;
        if (errors.isEmpty()) {
            try {
                NominationApi.NominationView created = (NominationApi.NominationView) nominations.submit(key, request).getEntity();
                return Response.seeOther(URI.create(base + "/nominations/" + created.id())).build();
            } catch (ProblemException refused) {
                errors = refusal(refused, NominationForm.fieldNames());
                status = refused.problem().status();
            }
        }
        return page(status, form.render(contest, filled, errors, key));
    }

    static Response page(int status, TemplateInstance html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** The version a page showed, as the If-Match the API expects. */
    static String etag(String version) {
        return version == null || version.isBlank() ? null : "\"" + version.strip() + "\"";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A contest of an election whose nomination period is running now. */
    public record OpenContest(ElectionApi.ElectionView election, ElectionApi.ContestView contest) {
    }

    /** Every contest, of every kind, of the elections whose nomination period is running now. */
    public List<OpenContest> openContests() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OpenContest> open = new ArrayList<>();
        for (ElectionApi.ElectionView election : elections.list()) {
            ElectionApi.CalendarView dates = election.calendar();
            ElectionCalendar calendar = new ElectionCalendar(dates.calledOn(), dates.nominationOpens(),
                    dates.nominationCloses(), dates.registrationCloses(), dates.appealDays());
            // A contest whose nomination was extended stays open after the election's close, until registration closes.
            if (calendar.nominationOpenAt(now) || (now.isAfter(dates.nominationOpens()) && calendar.registrationOpenAt(now))) {
                elections.contests(election.code()).stream()
                        .filter(c -> NominationExtension.extended(calendar, c.nominationCloses()).nominationOpenAt(now))
                        .forEach(c -> open.add(new OpenContest(election, c)));
            }
        }
        return open;
    }

    public String appealStatusLabel(kz.elections.registry.appeal.AppealStatus status) {
        RegistryMessages msg = msg();
        return switch (status) {
            case FILED -> msg.appeal_status_FILED();
            case UPHELD -> msg.appeal_status_UPHELD();
            case DISMISSED -> msg.appeal_status_DISMISSED();
        };
    }

    public String statusLabel(Enum<?> status) {
        RegistryMessages msg = msg();
        return switch (status.name()) {
            case "PENDING" -> msg.status_PENDING();
            case "REGISTERED" -> msg.status_REGISTERED();
            case "REFUSED" -> msg.status_REFUSED();
            case "CANCELLED" -> msg.status_CANCELLED();
            case "WITHDRAWN" -> msg.status_WITHDRAWN();
            case "APPLIED" -> msg.status_APPLIED();
            case "SUSPENDED" -> msg.status_SUSPENDED();
            case "LIQUIDATED" -> msg.status_LIQUIDATED();
            default -> status.name();
        };
    }
}
