package kz.elections.registry.appeal;

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

/** An appeal against a refusal to register a candidate (a nomination) or a party list, to the higher commission. */
@Entity
public class Appeal extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contest_id")
    public Contest contest;

    /** The refused nomination; null for a list's appeal. */
    @Column(name = "nomination_id")
    public UUID nominationId;

    /** The refused party list; null for a candidate's appeal. */
    @Column(name = "party_list_id")
    public UUID partyListId;

    /** The party of a party's nomination or list: its agent may follow the appeal. */
    @Column(name = "party_id")
    public UUID partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppealStatus status;

    @Column(nullable = false)
    public String grounds;

    @Column(name = "refused_at", nullable = false)
    public OffsetDateTime refusedAt;

    /** The first instant too late to appeal. */
    @Column(nullable = false)
    public OffsetDateTime deadline;

    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    public String reason;

    @Version
    public int version;

    /** An appeal of this nomination or list not yet decided, if any. */
    public static boolean openFor(UUID nominationId, UUID partyListId) {
        return nominationId != null ? count("nominationId = ?1 and status = ?2", nominationId, AppealStatus.FILED) > 0
                : count("partyListId = ?1 and status = ?2", partyListId, AppealStatus.FILED) > 0;
    }

    public static List<Appeal> listByStatus(AppealStatus status) {
        return status == null ? list("order by filedAt") : list("status = ?1 order by filedAt", status);
    }
}
