package kz.elections.registry.party;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import kz.elections.common.audit.AuditLog;
import kz.elections.registry.common.IinHasher;
import kz.elections.common.ProblemException;
import kz.elections.common.Violation;
import kz.elections.registry.party.PartyApi.ApplicationRequest;
import kz.elections.registry.party.PartyApi.ApplicationView;
import kz.elections.registry.party.PartyApi.InitiativeGroup;
import kz.elections.registry.party.PartyApi.PartyView;
import kz.elections.registry.party.PartyApi.ReportView;
import kz.elections.registry.region.Region;
import kz.elections.law.identity.IdentificationNumbers;
import kz.elections.law.party.PartyRegistrationRules;

/**
 * Party registration: filing, member lists, the pre-check and the commission's decisions. Who may
 * touch which party is decided by the caller of these methods ({@link PartyAccess}); everything
 * here is one transaction per call, audited.
 */
@ApplicationScoped
public class PartyService {

    private static final String ENTITY = "party";

    @Inject
    PartyConfig config;

    @Inject
    PartyMembers members;

    @Inject
    AuditLog audit;

    @Inject
    IinHasher iinHasher;

    @Inject
    Clock clock;

    @Transactional
    public Party apply(UUID id, ApplicationRequest request, String actor) {
        validate(request);
        if (Party.findById(id) != null) {
            Party existing = Party.findById(id);
            throw ProblemException.conflict("already-applied", "Already applied",
                    "Party " + id + " has already filed an application (" + existing.status + ")",
                    Map.of("currentState", existing.status.name()));
        }
        Party party = new Party();
        party.id = id;
        party.status = PartyStatus.APPLIED;
        party.nameKk = request.nameKk().strip();
        party.nameRu = request.nameRu().strip();
        party.nameEn = request.nameEn().strip();
        party.shortName = request.shortName().strip();
        party.bin = request.bin();
        party.notifiedOn = request.notifiedOn();
        party.congressOn = request.congressOn();
        party.initiativeGroupSize = request.initiativeGroup().size();
        party.initiativeGroupUnits = List.copyOf(new TreeSet<>(request.initiativeGroup().units()));
        party.appliedAt = now();
        party.appliedBy = actor;
        party.persistAndFlush();
        audit.record(actor, ENTITY, id, "party.applied", null, view(party));
        return party;
    }

    private void validate(ApplicationRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (!IdentificationNumbers.isValid(request.bin())) {
            violations.add(new Violation("bin", "fails the BIN check digit"));
        }
        var known = Region.allCodes();
        List<String> units = request.initiativeGroup().units();
        for (int i = 0; i < units.size(); i++) {
            if (!known.contains(units.get(i))) {
                violations.add(new Violation("initiativeGroup.units[" + i + "]", "unknown unit code " + units.get(i)));
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (request.notifiedOn().isAfter(today)) {
            violations.add(new Violation("notifiedOn", "must not be in the future"));
        }
        if (request.congressOn().isAfter(today)) {
            violations.add(new Violation("congressOn", "must not be in the future"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The application has " + violations.size() + " invalid field(s)", violations);
        }
    }

    public Party find(UUID id) {
        Party party = Party.findById(id);
        if (party == null) {
            throw ProblemException.notFound("Party application", id);
        }
        return party;
    }

    /**
     * Replaces the member list. A list with any malformed line is refused whole and nothing is stored. A list of up to
     * a million rows is streamed in one transaction: it may take longer than the default minute on a loaded server.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public PartyApi.MembersUploaded uploadMembers(Party detached, Reader csv, Integer expectedVersion, String actor) {
        Party party = lockForChange(detached.id, expectedVersion);
        if (party.status != PartyStatus.APPLIED) {
            throw ProblemException.illegalTransition("Party " + party.id, party.status, "uploading members");
        }
        ApplicationView before = view(party);
        java.util.function.Function<String, byte[]> hasher = iinHasher.newHasher();
        FirstLines firstLines = new FirstLines(1 << 16);
        java.util.Set<String> units = Region.allCodes(); // before the COPY holds the transaction's connection
        MembersCsv.Streamed parsed;
        // Streamed: each row hashed and on its way to the database as it is read; a refused list is rolled back.
        try (PartyMembers.Replacement stored = members.replace(party.id)) {
            parsed = MembersCsv.stream(csv, units, config.maxMembersRows(), 100,
                    row -> stored.add(row.line(), hasher.apply(row.iin()), row.unitCode(), firstLines.putIfAbsent(row.iin(), row.line())));
        } catch (IOException e) {
            throw ProblemException.invalid("members", "the CSV could not be read: " + e.getMessage());
        }
        if (!parsed.valid()) {
            throw ProblemException.invalid(parsed.errorCount() + " malformed line(s) in the member list; nothing was stored"
                    + (parsed.errorCount() > parsed.errors().size() ? " (the first " + parsed.errors().size() + " are listed)" : ""),
                    parsed.errors());
        }
        if (parsed.rows() == 0) {
            throw ProblemException.invalid("members", "the member list is empty");
        }
        party.membersUploadedAt = now();
        party.memberRows = parsed.rows();
        party.flush();
        audit.record(actor, ENTITY, party.id, "party.members-uploaded", before, view(party));
        return new PartyApi.MembersUploaded(parsed.rows(), report(party));
    }

    /**
     * A registered party's joiners and leavers, with their dates (not before its registration, not in the future).
     * One person, one party: a joiner counted for another party is refused with its line. Any refused line refuses
     * the whole file (422) and nothing is stored.
     */
    @Transactional
    public PartyApi.MembershipChanged changeMembers(UUID id, Reader csv, String actor) {
        Party party = lockForChange(id, null);
        if (party.status != PartyStatus.REGISTERED) {
            throw ProblemException.illegalTransition("Party " + party.id, party.status, "changing members");
        }
        MembersCsv.Changes parsed;
        try {
            parsed = MembersCsv.parseChanges(csv, Region.allCodes(), config.maxMembersRows(), 100);
        } catch (IOException e) {
            throw ProblemException.invalid("changes", "the CSV could not be read: " + e.getMessage());
        }
        if (!parsed.valid()) {
            throw ProblemException.invalid(parsed.errorCount() + " malformed line(s) in the membership changes; nothing was stored",
                    parsed.errors());
        }
        if (parsed.rows().isEmpty()) {
            throw ProblemException.invalid("changes", "the file holds no changes");
        }
        LocalDate registered = party.registeredAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        LocalDate today = LocalDate.now(clock);
        List<Violation> refused = new ArrayList<>();
        java.util.function.Function<String, byte[]> hasher = iinHasher.newHasher();
        List<PartyMembers.HashedChange> changes = new ArrayList<>();
        for (MembersCsv.Change change : parsed.rows()) {
            if (change.on().isBefore(registered) || change.on().isAfter(today)) {
                refused.add(new Violation("line " + change.line(), "the date must lie between the party's registration ("
                        + registered + ") and today"));
            }
            changes.add(new PartyMembers.HashedChange(change.line(), hasher.apply(change.iin()), change.unitCode(),
                    change.joins(), change.on()));
        }
        if (refused.isEmpty()) {
            refused.addAll(members.applyChanges(party.id, changes));
        }
        if (!refused.isEmpty()) {
            throw ProblemException.unprocessable("membership-changes-refused", "Membership changes refused",
                    refused.size() + " line(s) cannot be applied; nothing was stored",
                    Map.of("violations", refused));
        }
        long joined = changes.stream().filter(PartyMembers.HashedChange::joins).count();
        PartyApi.MembershipChanged result = new PartyApi.MembershipChanged((int) joined, (int) (changes.size() - joined));
        audit.record(actor, ENTITY, party.id, "party.membership-changed", null, result);
        return result;
    }

    @Transactional
    public ReportView report(Party party) {
        Optional<PartyMembers.Summary> summary = party.memberRows == null ? Optional.empty()
                : Optional.of(members.summarize(party.id));
        PartyRegistrationRules.Facts facts = new PartyRegistrationRules.Facts(party.initiativeGroupSize,
                new TreeSet<>(party.initiativeGroupUnits), party.notifiedOn, party.congressOn,
                new TreeSet<>(Region.allCodes()), summary.isPresent(),
                summary.map(PartyMembers.Summary::countedPerUnit).orElse(Map.of()),
                summary.map(PartyMembers.Summary::duplicateRows).orElse(0),
                summary.map(PartyMembers.Summary::duplicateLines).orElse(List.of()),
                summary.map(PartyMembers.Summary::otherPartyRows).orElse(0),
                summary.map(PartyMembers.Summary::otherPartyLines).orElse(List.of()));
        PartyRegistrationRules.Report report = PartyRegistrationRules.precheck(config.thresholds(), facts);
        return new ReportView(party.id, now(), report.passed(), report.rules());
    }

    @Transactional
    public Party decide(UUID id, PartyStatus.Action action, String grounds, Integer expectedVersion, String actor) {
        Party party = lockForChange(id, expectedVersion);
        PartyStatus next = party.status.after(action)
                .orElseThrow(() -> ProblemException.illegalTransition("Party " + id, party.status, action.name()));
        boolean needsGrounds = action == PartyStatus.Action.REFUSE || action == PartyStatus.Action.SUSPEND
                || action == PartyStatus.Action.LIQUIDATE || action == PartyStatus.Action.CANCEL;
        if (needsGrounds && (grounds == null || grounds.isBlank())) {
            throw ProblemException.invalid("grounds", "must state the grounds of a " + action + " decision");
        }
        if (action == PartyStatus.Action.CANCEL && !branchesOverdue(party)) {
            throw ProblemException.conflict("branches-not-overdue", "Regional branches not overdue",
                    "Party " + id + " is " + party.status + " and its regional branches are not overdue (due "
                            + branchesDue(party) + ", registered " + party.branchesRegisteredOn
                            + "): its registration can be cancelled only once they are",
                    Map.of("currentState", party.status.name(), "branchesDue", String.valueOf(branchesDue(party))));
        }
        ApplicationView before = view(party);
        Map<String, Object> evidence = new LinkedHashMap<>();
        if (action == PartyStatus.Action.REGISTER) {
            ReportView report = report(party);
            if (!report.passed()) {
                List<PartyRegistrationRules.RuleCheck> failed = report.rules().stream()
                        .filter(rule -> rule.outcome() == PartyRegistrationRules.Outcome.FAIL).toList();
                throw ProblemException.unprocessable("precheck-failed", "Pre-check failed",
                        "The party does not meet " + failed.size() + " registration requirement(s): "
                                + failed.stream().map(PartyRegistrationRules.RuleCheck::rule).toList(),
                        Map.of("failedRules", failed));
            }
            evidence.put("precheck", report);
            members.markCounted(party.id);
            party.registeredAt = now();
            party.registrationNumber = ((Number) Party.getEntityManager()
                    .createNativeQuery("select nextval('party_registration_number')").getSingleResult()).longValue();
        }
        if (action == PartyStatus.Action.REFUSE) {
            evidence.put("precheck", report(party));
        }
        party.status = next;
        party.decidedAt = now();
        party.decidedBy = actor;
        party.grounds = grounds == null || grounds.isBlank() ? null : grounds.strip();
        party.flush();
        evidence.put("party", view(party));
        audit.record(actor, ENTITY, party.id, "party." + action.pastTense, before, evidence);
        return party;
    }

    @Transactional
    public Party recordBranches(UUID id, LocalDate registeredOn, Integer expectedVersion, String actor) {
        Party party = lockForChange(id, expectedVersion);
        if (party.status != PartyStatus.REGISTERED && party.status != PartyStatus.SUSPENDED) {
            throw ProblemException.illegalTransition("Party " + id, party.status, "recording regional branches");
        }
        if (registeredOn.isBefore(party.registeredAt.toLocalDate()) || registeredOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("registeredOn", "must lie between the party's registration and today");
        }
        ApplicationView before = view(party);
        party.branchesRegisteredOn = registeredOn;
        party.flush();
        audit.record(actor, ENTITY, party.id, "party.branches-registered", before, view(party));
        return party;
    }

    private Party lockForChange(UUID id, Integer expectedVersion) {
        Party party = Party.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (party == null) {
            throw ProblemException.notFound("Party application", id);
        }
        if (expectedVersion != null && expectedVersion != party.version) {
            throw ProblemException.preconditionFailed("Party " + id + " is at version " + party.version
                    + ", not " + expectedVersion + "; read it again");
        }
        return party;
    }

    public ApplicationView view(Party party) {
        return new ApplicationView(party.id, party.status, party.nameKk, party.nameRu, party.nameEn, party.shortName,
                party.bin, party.notifiedOn, party.congressOn,
                new InitiativeGroup(party.initiativeGroupSize, party.initiativeGroupUnits), party.appliedAt,
                party.membersUploadedAt, party.memberRows, party.decidedAt, party.grounds, party.registeredAt,
                party.registrationNumber, branchesDue(party), party.branchesRegisteredOn, branchesOverdue(party),
                party.version);
    }

    public PartyView publicView(Party party) {
        return new PartyView(party.id, party.nameKk, party.nameRu, party.nameEn, party.shortName, party.bin,
                party.status, party.registeredAt, party.registrationNumber, branchesDue(party),
                party.branchesRegisteredOn, branchesOverdue(party));
    }

    private LocalDate branchesDue(Party party) {
        return party.registeredAt == null ? null
                : PartyRegistrationRules.branchesDue(party.registeredAt.toLocalDate(), config.branchesWithin());
    }

    /** Only a party that still holds its members (registered or suspended) can be overdue. */
    private boolean branchesOverdue(Party party) {
        LocalDate due = branchesDue(party);
        return due != null && party.status.holdsMembers()
                && PartyRegistrationRules.branchesOverdue(due, party.branchesRegisteredOn, LocalDate.now(clock));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
