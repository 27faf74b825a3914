package kz.elections.registry.mandate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import kz.elections.registry.election.Contest;

/**
 * The seat a mandate's early end leaves empty. A list seat waits for the party to name the next of its list (or the
 * commission to assign one); a district or akim seat waits for a by-election.
 */
@Entity
public class Vacancy extends PanacheEntityBase {

    public enum Kind {
        LIST_SEAT, SINGLE_SEAT
    }

    /** OPEN until filled; LIST_EXHAUSTED: nobody left on the list, vacant until the next election. */
    public enum Status {
        OPEN, FILLED, LIST_EXHAUSTED, BY_ELECTION_CALLED
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mandate_id")
    public Mandate mandate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contest_id")
    public Contest contest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The party whose list seat it is; null for a district or akim seat. */
    @Column(name = "party_id")
    public UUID partyId;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    /** A list seat: the last day the party may name its successor; the commission assigns one after it. */
    @Column(name = "naming_last_day")
    public LocalDate namingLastDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The mandate that fills it. */
    @Column(name = "filled_by")
    public UUID filledBy;

    /** The by-election called for it. */
    @Column(name = "by_election_id")
    public UUID byElectionId;

    /** The day of the by-election the Central Election Commission consented to, other than the law's. */
    @Column(name = "consent_day")
    public LocalDate consentDay;

    /** The central commission's consent to that day, as recorded: its decision's number and date. */
    @Column(name = "consent_reference")
    public String consentReference;

    @Column(name = "consent_by")
    public String consentBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Version
    public int version;

    public static List<Vacancy> findIn(Contest contest) {
        return list("contest = ?1 order by openedOn, id", contest);
    }

    public static Optional<Vacancy> findForByElection(UUID electionId) {
        return find("byElectionId", electionId).firstResultOptional();
    }

    public static Optional<Vacancy> findOf(Mandate mandate) {
        return find("mandate", mandate).firstResultOptional();
    }
}
