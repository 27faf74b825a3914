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
import kz.elections.law.election.Body;
import kz.elections.law.mandate.MandateTerm;
import kz.elections.law.nomination.Route;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.Election;
import kz.elections.registry.nomination.Nomination;

/**
 * A seat held by a person elected (or a list successor) for the body's term: who (the registration), where (the
 * contest: a party list or a district), for whom (the party, or none when self-nominated), from when to when.
 */
@Entity
public class Mandate extends PanacheEntityBase {

    public enum Status {
        CURRENT, ENDED, WITHDRAWN
    }

    /** ELECTED: named by the results of the election; LIST_SUCCESSOR: the next of a party's list, filling a vacancy. */
    public enum Origin {
        ELECTED, LIST_SUCCESSOR
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id")
    public Election election;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contest_id")
    public Contest contest;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    public Nomination nomination;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Body body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;

    /** Null for the self-nominated and the candidates of a public association. */
    @Column(name = "party_id")
    public UUID partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    /** The vacancy a list successor or a by-election's elected fills; null for the elected of a regular election. */
    @Column(name = "fills_vacancy")
    public UUID fillsVacancy;

    @Column(name = "term_start", nullable = false)
    public LocalDate termStart;

    @Column(name = "planned_end", nullable = false)
    public LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_ground")
    public MandateTerm.EndGround endGround;

    /** The decision that ended the mandate: its number, date and reasons as the commission records them. */
    @Column(name = "end_decision")
    public String endDecision;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;

    /** The mandates held now in a contest: one for a district or akim post, up to the seats of a list. */
    public static List<Mandate> findCurrentIn(Contest contest) {
        return list("contest = ?1 and status = ?2 order by termStart, id", contest, Status.CURRENT);
    }

    /** Every mandate of a contest, current and past, oldest first: the seat's history. */
    public static List<Mandate> findHistoryOf(Contest contest) {
        return list("contest = ?1 order by termStart, createdAt, id", contest);
    }

    public static Optional<Mandate> findIn(Contest contest, UUID nominationId) {
        return find("contest = ?1 and nomination.id = ?2", contest, nominationId).firstResultOptional();
    }

    /** The current members of a body, elected in its elections of that territory ({@code KZ}: the Mazhilis). */
    public static List<Mandate> findCurrentOf(Body body, String territory) {
        return list("body = ?1 and election.territory = ?2 and status = ?3 order by contest.code, termStart, id", body,
                territory, Status.CURRENT);
    }
}
