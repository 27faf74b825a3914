package kz.elections.registry.nomination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.Election;
import kz.elections.law.ballot.KazakhOrder;
import kz.elections.law.list.QuotaCategory;
import kz.elections.law.nomination.Route;

/**
 * A candidate's nomination for one contest, with the person as nominated: the name and details stay
 * as registered even if they change later. The IIN is held only as a keyed hash and a mask.
 */
@Entity
public class Nomination extends PanacheEntityBase {

    /**
     * Candidates as the law lists them (CL "On Elections", Art. 37): surname, name, patronymic in Kazakh order; namesakes
     * by their nomination id, so the order is the same on every read.
     */
    public static final Comparator<Nomination> KAZAKH_ORDER = KazakhOrder
            .<Nomination>byName(n -> n.surnameKk, n -> n.nameKk, n -> n.patronymicKk).thenComparing(n -> n.id);

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id")
    public Election election;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contest_id")
    public Contest contest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;

    @Column(name = "party_id")
    public UUID partyId;

    @Column(name = "association_name")
    public String associationName;

    @Column(name = "party_list_id")
    public UUID partyListId;

    @Column(name = "list_position")
    public Integer listPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    @Column(name = "iin_hash", nullable = false)
    public byte[] iinHash;

    @Column(name = "iin_masked", nullable = false)
    public String iinMasked;

    @Column(name = "surname_kk", nullable = false)
    public String surnameKk;

    @Column(name = "name_kk", nullable = false)
    public String nameKk;

    @Column(name = "patronymic_kk")
    public String patronymicKk;

    @Column(name = "surname_ru", nullable = false)
    public String surnameRu;

    @Column(name = "name_ru", nullable = false)
    public String nameRu;

    @Column(name = "patronymic_ru")
    public String patronymicRu;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(nullable = false)
    public String sex;

    @Column(name = "residence_years", nullable = false)
    public int residenceYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "quota_category")
    public QuotaCategory quotaCategory;

    @Column(nullable = false)
    public String occupation;

    @Column(nullable = false)
    public String residence;

    /** The appeal whose decision registered this candidate after a refusal; null otherwise. */
    @Column(name = "registered_on_appeal")
    public UUID registeredOnAppeal;

    /** Place of work, part of the public record (CL Art. 37, 44); null if none was filed. */
    @Column(name = "place_of_work")
    public String placeOfWork;

    @Column(nullable = false)
    public String education;

    @Column(name = "no_criminal_record", nullable = false)
    public boolean noCriminalRecord;

    @Column(name = "legally_capable", nullable = false)
    public boolean legallyCapable;

    /** The disability certificate recorded with the nomination: what bears out the quota category DISABILITY. */
    @Column(name = "disability_certificate_number")
    public String disabilityCertificateNumber;

    @Column(name = "disability_certificate_date")
    public LocalDate disabilityCertificateDate;

    public Integer signatures;

    @Column(name = "signature_settlements")
    public Integer signatureSettlements;

    @Column(name = "deposit_due", nullable = false)
    public long depositDue;

    @Column(name = "deposit_paid")
    public Long depositPaid;

    @Column(name = "deposit_paid_at")
    public OffsetDateTime depositPaidAt;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** The fingerprint of the request that came with {@link #idempotencyKey} (kz.elections.common.idempotency). */
    @Column(name = "request_fingerprint", columnDefinition = "bpchar")
    public String requestFingerprint;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    public String grounds;

    @Version
    public int version;

    /**
     * The person's active nominations, each with its contest and election (the pre-check reads both). The statuses are
     * two parameters rather than one list, here and below: Hibernate keeps a query's SQL translation only when no
     * parameter is a list, and filing runs these on every nomination. Read-only: the pre-check only reads them, so the
     * session keeps no snapshot of what it loads here (a nomination, contest or election it held before stays as it was).
     */
    public static List<Nomination> findActiveForPerson(byte[] iinHash) {
        return Nomination.<Nomination>find("from Nomination n join fetch n.contest join fetch n.election where n.iinHash = ?1 "
                + "and n.status in (?2, ?3)", iinHash, NominationStatus.PENDING, NominationStatus.REGISTERED)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /**
     * The nominator's other active nominations in the nomination's contest: the same party's, or the same public
     * association's (by name, ignoring case and surrounding spaces); 0 for a self-nomination.
     */
    public static int countOtherActiveOfNominator(Nomination n) {
        NominationStatus pending = NominationStatus.PENDING;
        NominationStatus registered = NominationStatus.REGISTERED;
        return switch (n.route) {
            case PARTY -> (int) count("contest = ?1 and partyId = ?2 and status in (?3, ?4) and id <> ?5", n.contest,
                    n.partyId, pending, registered, n.id);
            case PUBLIC_ASSOCIATION -> (int) count("contest = ?1 and route = ?2 and lower(trim(associationName)) = ?3 "
                    + "and status in (?4, ?5) and id <> ?6", n.contest, Route.PUBLIC_ASSOCIATION,
                    n.associationName.strip().toLowerCase(java.util.Locale.ROOT), pending, registered, n.id);
            case SELF -> 0;
        };
    }

    /** The registered candidates of a contest in {@link #KAZAKH_ORDER} (SQL cannot collate Kazakh). */
    public static List<Nomination> findRegisteredFor(Contest contest) {
        // A repeat vote carries the tied registrations of the original contest, reused.
        List<Nomination> registered = contest.isRepeatVote()
                ? list("id in ?1 and status = ?2", contest.repeatCandidates, NominationStatus.REGISTERED)
                : list("contest = ?1 and status = ?2", contest, NominationStatus.REGISTERED);
        return registered.stream().sorted(KAZAKH_ORDER).toList();
    }

    public static java.util.Optional<Nomination> findByIdempotencyKey(String submittedBy, String key) {
        return find("submittedBy = ?1 and idempotencyKey = ?2", submittedBy, key).firstResultOptional();
    }
}
