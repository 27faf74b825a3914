package kz.elections.registry.recall;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import kz.elections.law.election.Body;
import kz.elections.registry.election.Contest;

/**
 * A voter's application to recall their district's deputy and everything that follows from it (CL chapter 13-2): the
 * commission's decision, the signature check, the recall vote and its outcome. The deputy is named by their mandate and
 * registration as elected; the name is kept as it was when the application was filed. The applicant's name and address
 * are for the commission only.
 */
@Entity
@Table(name = "recall_petition")
public class RecallPetition extends PanacheEntityBase {

    /**
     * APPLIED → REFUSED | COLLECTING (the commission's decision); COLLECTING → INSUFFICIENT | VOTE_CALLED (the check of
     * the signatures, which calls the vote when they suffice); VOTE_CALLED → RECALLED | NOT_RECALLED | INVALID (the
     * certified result).
     */
    public enum Status {
        APPLIED, REFUSED, COLLECTING, INSUFFICIENT, VOTE_CALLED, RECALLED, NOT_RECALLED, INVALID;

        /** A vote that did not recall the deputy, which blocks a new application for a year (Art. 113-12 p.2). */
        public boolean failedVote() {
            return this == NOT_RECALLED || this == INVALID;
        }
    }

    @Id
    public UUID id;

    @Column(name = "mandate_id", nullable = false)
    public UUID mandateId;

    @Column(name = "deputy_nomination_id", nullable = false)
    public UUID deputyNominationId;

    @Column(name = "deputy_name_kk", nullable = false)
    public String deputyNameKk;

    @Column(name = "deputy_name_ru", nullable = false)
    public String deputyNameRu;

    // Eager: every view of a petition names its district and recall contest, inside a transaction or not.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "district_contest_id")
    public Contest district;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Body body;

    @Column(name = "term_start", nullable = false)
    public LocalDate termStart;

    @Column(name = "planned_end", nullable = false)
    public LocalDate plannedEnd;

    @Column(nullable = false)
    public String ground;

    /** The applicant's account (token subject). */
    @Column(nullable = false)
    public String applicant;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

    @Column(name = "applicant_address", nullable = false)
    public String applicantAddress;

    @Column(name = "applied_at", nullable = false)
    public OffsetDateTime appliedAt;

    @Column(name = "applied_on", nullable = false)
    public LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    /** Whether the commission decided after its 3 days (Art. 113-12 p.1): recorded, never a reason to refuse. */
    @Column(name = "decided_late")
    public Boolean decidedLate;

    public String refusal;

    @Column(name = "collection_ends_on")
    public LocalDate collectionEndsOn;

    @Column(name = "district_voters")
    public Long districtVoters;

    @Column(name = "voters_source")
    public String votersSource;

    @Column(name = "valid_signatures")
    public Long validSignatures;

    @Column(name = "required_signatures")
    public Long requiredSignatures;

    @Column(name = "checked_at")
    public OffsetDateTime checkedAt;

    @Column(name = "checked_by")
    public String checkedBy;

    @Column(name = "called_on")
    public LocalDate calledOn;

    @Column(name = "vote_day")
    public LocalDate voteDay;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "recall_contest_id")
    public Contest recallContest;

    @Column(name = "outcome_rule")
    public String outcomeRule;

    @Column(name = "outcome_at")
    public OffsetDateTime outcomeAt;

    @Column(name = "result_version")
    public Integer resultVersion;

    @Version
    public int version;

    public static List<RecallPetition> forDistrict(Contest district) {
        return list("district = ?1 order by appliedAt desc", district);
    }

    public static List<RecallPetition> ofApplicant(String subject) {
        return list("applicant = ?1 order by appliedAt desc", subject);
    }

    /** Petitions waiting for the commission, oldest first: applications to decide and collections to check. */
    public static List<RecallPetition> queue(Status status) {
        return list("status = ?1 order by appliedAt", status);
    }

    public static List<RecallPetition> all() {
        return list("order by appliedAt desc");
    }

    public static Optional<RecallPetition> forRecallContest(Contest contest) {
        return find("recallContest", contest).firstResultOptional();
    }

    /** The day of the last recall vote on the mandate that did not recall the deputy, if any. */
    public static Optional<LocalDate> lastFailedVote(UUID mandateId) {
        return find("mandateId = ?1 and status in ?2 order by voteDay desc", mandateId,
                List.of(Status.NOT_RECALLED, Status.INVALID)).<RecallPetition>firstResultOptional().map(p -> p.voteDay);
    }

    public static boolean openFor(UUID mandateId) {
        return count("mandateId = ?1 and status in ?2", mandateId,
                List.of(Status.APPLIED, Status.COLLECTING, Status.VOTE_CALLED)) > 0;
    }
}
