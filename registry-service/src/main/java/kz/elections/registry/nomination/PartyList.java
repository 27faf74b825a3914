package kz.elections.registry.nomination;

import java.time.OffsetDateTime;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.Election;

/** A party's ordered list for a party-list contest; its candidates are nominations with a position. */
@Entity
@jakarta.persistence.Table(name = "party_list")
public class PartyList extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id")
    public Election election;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contest_id")
    public Contest contest;

    @Column(name = "party_id", nullable = false)
    public UUID partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** Per-candidate deposit × the number of names. */
    @Column(name = "deposit_due", nullable = false)
    public long depositDue;

    @Column(name = "deposit_paid")
    public Long depositPaid;

    @Column(name = "deposit_paid_at")
    public OffsetDateTime depositPaidAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    public String grounds;

    @Version
    public int version;

    /** The candidates on the list now, in list order; those the party removed keep no position. */
    public List<Nomination> candidates() {
        return Nomination.list("partyListId = ?1 and listPosition is not null order by listPosition", id);
    }

    /** Every candidate the list was filed with, removed ones too. */
    public long filedCandidates() {
        return Nomination.count("partyListId", id);
    }

    public static List<PartyList> findRegisteredFor(Contest contest) {
        return list("contest = ?1 and status = ?2", contest, NominationStatus.REGISTERED);
    }
}
