package kz.elections.registry.election;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import kz.elections.common.Ids;
import kz.elections.law.calendar.ElectionCalendar;
import kz.elections.law.calendar.NominationExtension;
import kz.elections.law.election.Body;
import kz.elections.law.election.ContestKind;
import kz.elections.registry.region.OcdDivisions;
import kz.elections.registry.region.Region;
import kz.elections.law.winner.RepeatContest;

/** One race of an election: a party-list constituency, a single-mandate district or an akim post. */
@Entity
public class Contest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id")
    public Election election;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContestKind kind;

    /** Null for the national Mazhilis list. */
    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "district_number")
    public Integer districtNumber;

    /** The rural district, village or settlement of an akim contest. */
    public String name;

    @Column(nullable = false)
    public int seats;

    @Column(name = "threshold_percent")
    public BigDecimal thresholdPercent;

    /** Voters of an akim contest's district: the base of the signature requirement. */
    public Integer voters;

    public Integer settlements;

    /** Nomination extended for too few candidates (CL Art. 87, 103 p.8, 113-7): the new close; null if not extended. */
    @Column(name = "nomination_extended_to")
    public OffsetDateTime nominationExtendedTo;

    /** Days of all this contest's extensions together. */
    @Column(name = "nomination_extension_days", nullable = false)
    public int nominationExtensionDays;
    /** A repeat vote or repeat election: the contest whose tie it resolves; null otherwise. */
    @Column(name = "repeat_of")
    public UUID repeatOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "repeat_kind")
    public RepeatContest.Kind repeatKind;

    /** A repeat vote's candidates: the tied registrations of the original contest, reused. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "repeat_candidate", joinColumns = @JoinColumn(name = "contest_id"))
    @Column(name = "nomination_id")
    public Set<UUID> repeatCandidates = new HashSet<>();

    @Version
    public int version;

    /** The election's calendar, with this contest's nomination closing at its extended close if it was extended. */
    public ElectionCalendar calendar() {
        ElectionCalendar calendar = election.calendar();
        return nominationExtendedTo == null ? calendar : NominationExtension.extended(calendar, nominationExtendedTo);
    }

    /** A repeat vote takes no nominations: its candidates are the tied ones of the original contest. */
    public boolean isRepeatVote() {
        return repeatKind == RepeatContest.Kind.VOTE;
    }

    /** The body this contest fills: its election's. */
    public Body body() {
        return election.body;
    }

    /** The Open Civic Data id of the division this contest is held in ({@link OcdDivisions}). */
    public String ocdId() {
        return OcdDivisions.contest(body(), unitCode == null ? null : Region.findById(unitCode), districtNumber);
    }

    /** Seats of all the election's contests: what a maslikhat's cap counts. */
    public static int seatsOf(Election election) {
        Long seats = find("select coalesce(sum(c.seats), 0) from Contest c where c.election = ?1", election)
                .project(Long.class).firstResult();
        return seats.intValue();
    }

    /** The contest with its election, in one query: nearly every use of a contest reads its election too. */
    public static Optional<Contest> findByIdOrCode(String idOrCode) {
        return findByIdOrCode(idOrCode, false);
    }

    /**
     * As {@link #findByIdOrCode(String)}, for a transaction that only reads the contest and its election (filing a
     * nomination): loaded read-only, the session keeps no snapshot of them and no flush compares them. Either stays
     * as it is if the transaction had loaded it before.
     */
    public static Optional<Contest> findByIdOrCodeToRead(String idOrCode) {
        return findByIdOrCode(idOrCode, true);
    }

    private static Optional<Contest> findByIdOrCode(String idOrCode, boolean readOnly) {
        PanacheQuery<Contest> query = Ids.parse(idOrCode)
                .map(id -> Contest.<Contest>find("from Contest c join fetch c.election where c.id = ?1", id))
                .orElseGet(() -> find("from Contest c join fetch c.election where c.code = ?1", idOrCode));
        return query.withHint(HibernateHints.HINT_READ_ONLY, readOnly).firstResultOptional();
    }

    public static List<Contest> listFor(Election election) {
        return list("election = ?1 order by code", election);
    }
}
