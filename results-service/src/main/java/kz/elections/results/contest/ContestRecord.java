package kz.elections.results.contest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import kz.elections.common.Ids;
import kz.elections.law.allocation.SeatAllocation;
import kz.elections.law.election.Body;
import kz.elections.law.list.QuotaCategory;

/** A contest as results are counted against it: its approved ballot and the registry's seats and threshold. */
@Entity
@Table(name = "contest")
public class ContestRecord extends PanacheEntityBase {

    /**
     * A ballot option other than "against all", in ballot order; lists carry their registration order (the party's
     * state number, and since the registry gives it {@code listRegisteredAt}, when the commission registered the list for
     * this election, which orders ties: Art. 97-1 p.4) and their registered candidates (who may take the list's seats);
     * a candidate carries {@code person}, what is published about them. {@code labelEn}: a list's party's registered
     * English name (null for a candidate: people's names are not translated). Contests stored before have nulls there.
     */
    public record Option(int position, String kind, UUID ref, String labelKk, String labelRu, String labelEn, String detail,
            Long registrationNumber, Instant listRegisteredAt, List<ListCandidate> candidates, PublicRecord person) {
    }

    /**
     * A registered list candidate: {@code nameKk} and {@code nameRu} are the full names shown; the Kazakh name's
     * parts order the list (contests stored without them have only the full name).
     */
    public record ListCandidate(UUID nominationId, String nameKk, String nameRu, int listPosition, QuotaCategory quotaCategory,
            String surnameKk, String givenNameKk, String patronymicKk, PublicRecord person) {
    }

    /**
     * What the results publish about a candidate besides the name (CL Art. 44): year of birth, occupation, place of
     * residence, and the nominating party or association, or "self-nominated". Never an IIN or a full date of birth.
     */
    public record PublicRecord(Integer yearOfBirth, String occupation, String residence, String nominatedBy) {
    }

    @Id
    public String code;

    /** The registry's ids of the contest and its election: clients may use them instead of the codes. */
    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "election_id", nullable = false)
    public UUID electionId;

    @Column(name = "election_code", nullable = false)
    public String electionCode;

    @Column(nullable = false)
    public String kind;

    /** Null for a national contest (the Mazhilis list). */
    @Column(name = "unit_code")
    public String unitCode;

    /** The body the contest fills, as the registry gives it; null for contests stored before it did. */
    @Enumerated(EnumType.STRING)
    public Body body;

    @Column(nullable = false)
    public int seats;

    /** The Open Civic Data id of the division the contest is held in, as the registry gives it; null for contests stored before. */
    @Column(name = "ocd_id")
    public String ocdId;

    public BigDecimal threshold;

    @Column(name = "ballot_hash", nullable = false, columnDefinition = "bpchar")
    public String ballotHash;

    @Column(name = "ballot_version", nullable = false)
    public int ballotVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Option> options;

    @Column(nullable = false)
    public int precincts;

    @Column(nullable = false)
    public long voters;

    @Column(name = "synced_at", nullable = false)
    public OffsetDateTime syncedAt;

    /** Election day, from the approved ballot; null for contests stored before it was kept. */
    @Column(name = "election_day")
    public java.time.LocalDate electionDay;

    public boolean partyList() {
        return "PARTY_LIST".equals(kind);
    }

    /** A recall vote on a district's deputy: "for recall" and "against recall", no "against all" (CL Art. 113-14). */
    public boolean recall() {
        return "RECALL".equals(kind);
    }

    /**
     * The rules the list is counted by, from the body it fills (the single-list rule and the seat quota differ). A contest
     * stored before the registry gave the body: the national list is the Mazhilis, a unit's list a maslikhat's.
     */
    public SeatAllocation.Kind allocationKind() {
        if (body != null) {
            return SeatAllocation.Kind.of(body);
        }
        return unitCode == null ? SeatAllocation.Kind.MAZHILIS : SeatAllocation.Kind.MASLIKHAT;
    }

    /** A contest code for a path that names the contest by code or by the registry's id. */
    public static String codeOf(String idOrCode) {
        return Ids.parse(idOrCode)
                .flatMap(id -> ContestRecord.<ContestRecord>find("id", id).firstResultOptional().map(c -> c.code))
                .orElse(idOrCode);
    }

    /** An election code for a path that names the election by code or by the registry's id. */
    public static String electionCodeOf(String idOrCode) {
        return Ids.parse(idOrCode)
                .flatMap(id -> ContestRecord.<ContestRecord>find("electionId", id).firstResultOptional().map(c -> c.electionCode))
                .orElse(idOrCode);
    }

    public static List<ContestRecord> forElection(String electionCode) {
        return list("electionCode = ?1 order by code", electionCode);
    }
}
