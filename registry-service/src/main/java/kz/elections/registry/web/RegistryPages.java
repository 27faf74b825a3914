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

    @Inject
    kz.elections.registry.nomination.NominationService nominationService;

    @Inject
    kz.elections.registry.nomination.NominationConfig nominationConfig;

    public RegistryMessages msg() {
        return MessageBundles.get(RegistryMessages.class, Localized.Literal.of(page.getLang()));
    }

    /** The words of the citizen's journey and of the commission's decisions, in the reader's language. */
    public StandMessages stand() {
        return MessageBundles.get(StandMessages.class, Localized.Literal.of(page.getLang()));
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
                UUID created = NominationResource.filedId(nominations.submit(key, request));
                return Response.seeOther(URI.create(base + "/nominations/" + created + "?done=filed")).build();
            } catch (ProblemException refused) {
                errors = refusal(refused, NominationForm.fieldNames());
                status = refused.problem().status();
            }
        }
        return page(status, form.render(contest, filled, errors, key));
    }

    /** The question before a nomination is withdrawn, with the nomination it is about. */
    public TemplateInstance withdrawalPage(io.quarkus.qute.Template template, UUID id, String base) {
        NominationApi.NominationView view = (NominationApi.NominationView) nominations.get(id).getEntity();
        return page.render(template.data("n", view).data("base", base).data("pages", this));
    }

    /** Withdraws once confirmed ({@code confirm=yes}); unconfirmed, it asks again. Then the nomination says it is withdrawn. */
    public Response withdraw(UUID id, String confirm, String base) {
        if (!"yes".equals(confirm)) {
            return Response.seeOther(URI.create(base + "/nominations/" + id + "/withdrawal")).build();
        }
        nominations.withdraw(id);
        return Response.seeOther(URI.create(base + "/nominations/" + id + "?done=withdrawn")).build();
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
        List<OpenContest> open = new ArrayList<>();
        for (ElectionApi.ElectionView election : elections.list()) {
            if (electionOpen(election)) {
                elections.contests(election.code()).stream().filter(c -> contestOpen(election, c))
                        .forEach(c -> open.add(new OpenContest(election, c)));
            }
        }
        return open;
    }

    /** The open contests a person may put themself forward in: all but the party lists. */
    public List<OpenContest> selfNominationContests() {
        return openContests().stream().filter(o -> o.contest().kind() != kz.elections.law.election.ContestKind.PARTY_LIST).toList();
    }

    private static ElectionCalendar calendar(ElectionApi.ElectionView election) {
        ElectionApi.CalendarView dates = election.calendar();
        return new ElectionCalendar(dates.calledOn(), dates.nominationOpens(), dates.nominationCloses(),
                dates.registrationCloses(), dates.appealDays());
    }

    /** Nomination is running in the election, or in one of its contests extended after the election's close. */
    private boolean electionOpen(ElectionApi.ElectionView election) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ElectionCalendar calendar = calendar(election);
        // A contest whose nomination was extended stays open after the election's close, until registration closes.
        return calendar.nominationOpenAt(now)
                || (now.isAfter(election.calendar().nominationOpens()) && calendar.registrationOpenAt(now));
    }

    /** A contest takes nominations now (its own close, extended or not). */
    public boolean contestOpen(ElectionApi.ElectionView election, ElectionApi.ContestView contest) {
        return electionOpen(election) && NominationExtension.extended(calendar(election), contest.nominationCloses())
                .nominationOpenAt(OffsetDateTime.now(clock));
    }

    /** Nomination has not opened yet in the contest's election. */
    public boolean notYetOpen(ElectionApi.ElectionView election) {
        return OffsetDateTime.now(clock).isBefore(election.calendar().nominationOpens());
    }

    /** The open contests of one unit of an election. */
    public record UnitGroup(String unitCode, String unitName, List<OpenContest> contests) {
    }

    /** The open contests of one election, by unit (the nationwide ones first). */
    public record ElectionGroup(ElectionApi.ElectionView election, List<UnitGroup> units) {
        public int count() {
            return units.stream().mapToInt(u -> u.contests().size()).sum();
        }
    }

    /**
     * The open contests grouped by election and unit, filtered by the unit ({@code KZ-75}, blank: all) and a text found in
     * the contest's code, name, unit name or district number (blank: all).
     */
    public List<ElectionGroup> openContestGroups(List<OpenContest> open, String unit, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(page.language().locale());
        Map<String, String> names = unitNames();
        Map<ElectionApi.ElectionView, Map<String, List<OpenContest>>> grouped = new java.util.LinkedHashMap<>();
        for (OpenContest o : open) {
            String code = o.contest().unitCode() == null ? "" : o.contest().unitCode();
            if (unit != null && !unit.isBlank() && !unit.strip().equals(code)) {
                continue;
            }
            if (!wanted.isEmpty() && !contestLabel(o.contest(), names).toLowerCase(page.language().locale()).contains(wanted)
                    && !o.contest().code().toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                continue;
            }
            grouped.computeIfAbsent(o.election(), e -> new java.util.TreeMap<>()).computeIfAbsent(code, c -> new ArrayList<>()).add(o);
        }
        List<ElectionGroup> groups = new ArrayList<>();
        grouped.forEach((election, byUnit) -> groups.add(new ElectionGroup(election, byUnit.entrySet().stream()
                .map(u -> new UnitGroup(u.getKey(), u.getKey().isEmpty() ? stand().unit_nationwide() : names.getOrDefault(u.getKey(), u.getKey()),
                        u.getValue().stream().sorted(java.util.Comparator.comparing((OpenContest o) -> o.contest().districtNumber() == null ? 0
                                : o.contest().districtNumber()).thenComparing(o -> o.contest().code())).toList()))
                .toList())));
        return groups;
    }

    /** The page of open contests under {@code base} (/ui/stand, /ui/citizen, /ui/party), grouped and filtered. */
    public TemplateInstance openContestsPage(io.quarkus.qute.Template template, String base, List<OpenContest> open, String unit,
            String text) {
        List<ElectionGroup> groups = openContestGroups(open, unit, text);
        return page.render(template.data("groups", groups).data("count", groups.stream().mapToInt(ElectionGroup::count).sum())
                .data("units", unitsOf(open)).data("unit", unit == null ? "" : unit).data("q", text == null ? "" : text)
                .data("anyOpen", !open.isEmpty()).data("base", base).data("pages", this));
    }

    /** The units (code → name in the page's language) that hold one of these contests, for the filter. */
    public Map<String, String> unitsOf(List<OpenContest> open) {
        Map<String, String> names = unitNames();
        Map<String, String> units = new java.util.TreeMap<>();
        open.stream().map(o -> o.contest().unitCode()).filter(java.util.Objects::nonNull)
                .forEach(code -> units.put(code, names.getOrDefault(code, code)));
        return units;
    }

    /** A unit's name in the page's language (its code if unknown); the country for none. */
    public String unitName(String code) {
        return code == null ? stand().unit_nationwide() : unitNames().getOrDefault(code, code);
    }

    /** A contest's deposit as the reader writes it, or a dash when the commission has none to state. */
    public String depositText(Standing standing) {
        return standing.deposit() == null ? "—" : page.money(standing.deposit());
    }

    /** A nomination's statuses, in the order a nomination meets them, for their explanation. */
    public List<kz.elections.registry.nomination.NominationStatus> getStatuses() {
        return List.of(kz.elections.registry.nomination.NominationStatus.values());
    }

    /** Every unit's name in the page's language, by code. */
    public Map<String, String> unitNames() {
        Map<String, String> names = new java.util.HashMap<>();
        kz.elections.registry.region.Region.listInOrder()
                .forEach(r -> names.put(r.code, page.pick(r.nameKk, r.nameRu, r.nameEn)));
        return names;
    }

    /** A contest as a person names it: "Алматы қаласы, №2 бір мандатты округ", an akim post's name, the national list. */
    public String contestLabel(ElectionApi.ContestView contest) {
        return contestLabel(contest, unitNames());
    }

    private String contestLabel(ElectionApi.ContestView contest, Map<String, String> names) {
        StandMessages msg = stand();
        String unit = contest.unitCode() == null ? msg.unit_nationwide() : names.getOrDefault(contest.unitCode(), contest.unitCode());
        String label = switch (contest.kind()) {
            case SINGLE_MANDATE -> msg.district_label(unit, contest.districtNumber() == null ? "" : String.valueOf(contest.districtNumber()));
            case PARTY_LIST -> msg.list_label(unit);
            case AKIM -> msg.akim_label(unit);
            default -> unit;
        };
        return contest.name() == null || contest.name().isBlank() ? label : label + " — " + contest.name();
    }

    /**
     * What a person needs to know before filing in a contest: whether it takes nominations now, who may stand,
     * the deposit (null if the commission has none to state) and the signatures a self-nominated akim candidate
     * collects (null for others).
     */
    public record Standing(ElectionApi.ElectionView election, ElectionApi.ContestView contest, String label, boolean open,
            boolean notYet, int minAge, Integer residenceYears, Long deposit, Long signatures) {
    }

    public Standing standing(String contestCode) {
        ElectionApi.ContestView contest = contests.get(contestCode == null ? "" : contestCode);
        ElectionApi.ElectionView election = elections.get(contest.electionCode());
        Long deposit;
        try {
            deposit = nominationService.depositDue(ContestResource.find(contest.code()));
        } catch (ProblemException noMinimumWage) {
            deposit = null;
        }
        Long signatures = contest.kind() == kz.elections.law.election.ContestKind.AKIM && contest.voters() != null
                ? NominationRules.requiredSignatures(contest.voters(), nominationConfig.akimSignaturePercent())
                : null;
        return new Standing(election, contest, contestLabel(contest), contestOpen(election, contest), notYetOpen(election),
                nominationConfig.minAge(election.kind()),
                election.kind() == kz.elections.law.election.ElectionKind.MAZHILIS ? nominationConfig.mazhilisResidenceYears() : null,
                deposit, signatures);
    }

    /** Whether the commission may register the nomination now: every rule of its live pre-check passes (the deposit too). */
    public boolean registrable(NominationApi.NominationView n) {
        return n.report() != null && n.report().stream().allMatch(c -> c.outcome() == NominationRules.Outcome.PASS);
    }

    /** True when the register button must not be offered. */
    public boolean blocked(NominationApi.NominationView n) {
        return !registrable(n);
    }

    /** Why the nomination cannot be registered yet, each reason in the page's language. */
    public List<String> unregistrableReasons(NominationApi.NominationView n) {
        PrecheckRows precheck = precheck();
        return n.report() == null ? List.of() : n.report().stream().filter(c -> c.outcome() != NominationRules.Outcome.PASS)
                .map(precheck::sentence).toList();
    }

    /** What each status means for the person nominated. */
    public String statusExplained(Enum<?> status) {
        StandMessages stand = stand();
        return switch (status.name()) {
            case "PENDING" -> stand.status_explained_PENDING();
            case "REGISTERED" -> stand.status_explained_REGISTERED();
            case "REFUSED" -> stand.status_explained_REFUSED();
            case "CANCELLED" -> stand.status_explained_CANCELLED();
            case "WITHDRAWN" -> stand.status_explained_WITHDRAWN();
            default -> "";
        };
    }

    /** The confirmation of a decision just taken (REGISTER, REFUSE, CANCEL). */
    public String decidedLabel(String action) {
        StandMessages stand = stand();
        return switch (action) {
            case "REGISTER" -> stand.decided_REGISTER();
            case "REFUSE" -> stand.decided_REFUSE();
            case "CANCEL" -> stand.decided_CANCEL();
            default -> "";
        };
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
