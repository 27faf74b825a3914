package kz.elections.results.contest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import kz.elections.common.ProblemException;
import kz.elections.common.cluster.ClusterNotice;
import kz.elections.common.cluster.ClusterNotices;
import kz.elections.law.election.Body;
import kz.elections.law.election.ContestKind;
import kz.elections.law.list.QuotaCategory;
import kz.elections.results.upstream.Upstream;
import kz.elections.results.upstream.UpstreamGateway;

/**
 * Keeps each contest's approved ballot, seats, threshold and precincts as ballot-service and the
 * registry give them. The contest itself is kept in memory as read (it changes only when a new ballot version is
 * approved), so that a protocol does not reload it; a replica that stores a new version of it tells the others
 * ({@link ClusterNotices}), which forget theirs.
 */
@ApplicationScoped
public class ContestSync {

    /** The topic of the notice "the contest (subject) was stored anew". */
    static final String CONTEST_TOPIC = "contest";

    @Inject
    UpstreamGateway upstream;

    @Inject
    ClusterNotices notices;

    @Inject
    Clock clock;

    private final java.util.Map<String, ContestRecord> known = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Map<UUID, ContestPrecinct>> precincts = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Object> loading = new java.util.concurrent.ConcurrentHashMap<>();

    /** A contest and its precincts as kept in memory. */
    public record Kept(ContestRecord contest, Map<UUID, ContestPrecinct> precincts) {
    }

    /**
     * The contest with ballot hash {@code hash} and its precincts from memory only, reading nothing: for a caller on
     * the event loop, which must not wait for the database or upstream. Empty where {@link #current} or
     * {@link #precinct} would read first (the contest not kept with this hash, its precincts not read yet).
     */
    public java.util.Optional<Kept> kept(String code, String hash) {
        ContestRecord contest = known.get(code);
        Map<UUID, ContestPrecinct> byId = precincts.get(code);
        return contest != null && byId != null && contest.ballotHash.equals(hash)
                ? java.util.Optional.of(new Kept(contest, byId)) : java.util.Optional.empty();
    }

    /** A precinct voting in the contest, from memory (loaded once per contest version). */
    public java.util.Optional<ContestPrecinct> precinct(String code, UUID precinct) {
        Map<UUID, ContestPrecinct> byId = precincts.computeIfAbsent(code, c -> io.quarkus.narayana.jta.QuarkusTransaction
                .requiringNew().call(() -> ContestPrecinct.<ContestPrecinct>list("contestCode", c).stream()
                        .collect(java.util.stream.Collectors.toUnmodifiableMap(p -> p.precinctId, p -> p))));
        return java.util.Optional.ofNullable(byId.get(precinct));
    }

    /**
     * The contest as stored (read-only), loaded from upstream first when no protocol has brought it yet: for what
     * happens at a precinct before its protocol (an observer's report). 404 if ballot-service has no approved ballot.
     */
    public ContestRecord stored(String code) {
        ContestRecord cached = known.get(code);
        if (cached != null) {
            return cached;
        }
        ContestRecord stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ContestRecord.findById(code));
        return stored != null ? stored : current(code, upstream.approvedBallot(code).contentHash());
    }

    /**
     * The contest as stored (read-only: do not change the instance), refreshed from upstream if unknown or
     * if its ballot hash is not {@code hash}.
     */
    public ContestRecord current(String code, String hash) {
        ContestRecord cached = known.get(code);
        if (cached != null && cached.ballotHash.equals(hash)) {
            return cached;
        }
        // The first protocols of a contest arrive together, at every replica: one of them loads it, the others wait
        // and take it. Within this replica they wait here, without a connection; across replicas, for the database's
        // lock on the contest, which the loader holds from before it reads the stored contest until it committed.
        synchronized (loading.computeIfAbsent(code, c -> new Object())) {
            cached = known.get(code);
            if (cached != null && cached.ballotHash.equals(hash)) {
                return cached;
            }
            ContestRecord result = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> load(code, hash));
            precincts.remove(code);
            known.put(code, result);
            return result;
        }
    }

    /** Under the contest's lock: the stored contest if it has this hash, else what upstream approved, stored. */
    private ContestRecord load(String code, String hash) {
        ContestRecord.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
                .setParameter(1, "contest " + code).getSingleResult();
        ContestRecord stored = ContestRecord.findById(code);
        if (stored != null && stored.ballotHash.equals(hash)) {
            return stored;
        }
        return refresh(code, stored);
    }

    /** Another replica stored a contest anew (or notices may have been missed): read it again when next needed. */
    void heard(@Observes ClusterNotice notice) {
        if (notice.topic().equals(CONTEST_TOPIC)) {
            known.remove(notice.subject());
            precincts.remove(notice.subject());
        } else if (notice.concerns(CONTEST_TOPIC)) {
            known.clear();
            precincts.clear();
        }
    }

    private ContestRecord refresh(String code, ContestRecord stored) {
        Upstream.ApprovedBallot ballot = upstream.approvedBallot(code);
        if (stored != null && stored.ballotHash.equals(ballot.contentHash())) {
            return stored;
        }
        Upstream.ContestPrecincts precincts = upstream.precincts(code);
        Upstream.Registrations registrations = upstream.registrations(code);
        Body body = bodyOf(code, ballot.document().contestKind(), registrations.contest().body());
        return store(ballot, precincts, registrations, body);
    }

    /**
     * The registry's body of the contest, which decides its rules; a contest its body cannot hold (a list of a city
     * maslikhat, CL Art. 9 p.2) is refused. Null if the registry does not say: the contest is then counted as before.
     */
    static Body bodyOf(String code, String contestKind, String name) {
        if (name == null) {
            return null;
        }
        Body body = Arrays.stream(Body.values()).filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.conflict("contest-body-unknown", "Unknown body",
                        "The registry gives contest " + code + " the body " + name + ", which this service does not know",
                        Map.of("contest", code, "body", name)));
        ContestKind kind = Arrays.stream(ContestKind.values()).filter(k -> k.name().equals(contestKind)).findFirst()
                .orElse(null);
        if (kind != null) {
            body.refusal(kind).ifPresent(refusal -> {
                throw ProblemException.conflict("contest-body-mismatch", "The body holds no such contest",
                        "Contest " + code + " is a " + kind + " contest of " + body + ", but " + refusal
                                + "; its results cannot be counted by any rule set",
                        Map.of("contest", code, "body", body.name(), "contestKind", kind.name()));
            });
        }
        return body;
    }

    private static ContestRecord.ListCandidate candidate(Upstream.Candidate c) {
        return new ContestRecord.ListCandidate(c.nominationId(), fullName(c.surnameKk(), c.nameKk(), c.patronymicKk()),
                fullName(c.surnameRu(), c.nameRu(), c.patronymicRu()), c.listPosition() == null ? 0 : c.listPosition(),
                quotaCategory(c.quotaCategory()), c.surnameKk(), c.nameKk(), c.patronymicKk(), publicRecord(c));
    }

    /** What is published about a candidate (CL Art. 44): the registry's public fields, nothing that identifies them further. */
    private static ContestRecord.PublicRecord publicRecord(Upstream.Candidate c) {
        String nominatedBy = "SELF".equals(c.route()) ? SELF_NOMINATED : c.nominatedBy();
        return new ContestRecord.PublicRecord(c.yearOfBirth(), c.occupation(), c.residence(), nominatedBy);
    }

    /** How the registry and the published results say a candidate nominated themselves. */
    public static final String SELF_NOMINATED = "self-nominated";

    /** The registry's quota category as the law names it; one the law does not know counts in none. */
    private static QuotaCategory quotaCategory(String name) {
        return Arrays.stream(QuotaCategory.values()).filter(q -> q.name().equals(name)).findFirst().orElse(null);
    }

    private static String fullName(String surname, String name, String patronymic) {
        return patronymic == null || patronymic.isBlank() ? surname + " " + name : surname + " " + name + " " + patronymic;
    }

    /** Precincts inserted in one JDBC batch. */
    private static final int PRECINCT_BATCH = 500;

    /** In the caller's transaction, which holds the contest's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    ContestRecord store(Upstream.ApprovedBallot ballot, Upstream.ContestPrecincts precincts, Upstream.Registrations registrations,
            Body body) {
        Map<UUID, Upstream.RegisteredList> lists = new HashMap<>();
        if (registrations.lists() != null) {
            registrations.lists().forEach(l -> lists.put(l.partyId(), l));
        }
        Map<UUID, Upstream.Candidate> candidates = new HashMap<>();
        if (registrations.candidates() != null) {
            registrations.candidates().forEach(c -> candidates.put(c.nominationId(), c));
        }
        List<ContestRecord.Option> options = ballot.document().options().stream()
                .filter(o -> !"AGAINST_ALL".equals(o.kind()))
                .map(o -> {
                    Upstream.RegisteredList list = lists.get(o.ref());
                    Upstream.Candidate candidate = candidates.get(o.ref());
                    return new ContestRecord.Option(o.position(), o.kind(), o.ref(), o.labelKk(), o.labelRu(),
                            list == null ? null : list.partyNameEn(), o.detailRu(),
                            list == null ? null : list.partyRegistrationNumber(), list == null ? null : list.registeredAt(),
                            list == null || list.candidates() == null ? List.of()
                                    : list.candidates().stream().map(ContestSync::candidate).toList(),
                            candidate == null ? null : publicRecord(candidate));
                })
                .toList();
        ContestRecord contest = ContestRecord.findById(ballot.contestCode());
        if (contest == null) {
            contest = new ContestRecord();
            contest.code = ballot.contestCode();
        }
        contest.id = registrations.contest().id();
        contest.electionId = registrations.contest().electionId();
        contest.electionCode = ballot.document().electionCode();
        contest.kind = ballot.document().contestKind();
        contest.unitCode = registrations.contest().unitCode();
        contest.body = body;
        contest.seats = registrations.contest().seats();
        contest.ocdId = registrations.contest().ocdId();
        contest.threshold = registrations.contest().thresholdPercent();
        contest.ballotHash = ballot.contentHash();
        contest.ballotVersion = ballot.version();
        contest.options = options;
        contest.precincts = precincts.items().size();
        contest.voters = precincts.items().stream().mapToLong(Upstream.Precinct::voters).sum();
        contest.syncedAt = OffsetDateTime.now(clock);
        contest.electionDay = ballot.document().electionDay();
        contest.persist();
        ContestPrecinct.delete("contestCode", contest.code);
        // A national contest has 10,000 precincts: sent in batches, not a round trip each, so that loading it stays
        // well inside the transaction's time on a loaded machine.
        Session session = ContestRecord.getSession();
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(PRECINCT_BATCH);
        try {
            for (Upstream.Precinct p : precincts.items()) {
                ContestPrecinct precinct = new ContestPrecinct();
                precinct.contestCode = contest.code;
                precinct.precinctId = p.id();
                precinct.unitCode = p.unitCode();
                precinct.number = p.number();
                precinct.voters = p.voters();
                precinct.persist();
            }
            ContestRecord.flush();
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
        notices.send(CONTEST_TOPIC, contest.code);
        return contest;
    }
}
