package kz.elections.registry.election;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import kz.elections.common.Ids;
import kz.elections.law.calendar.ElectionCalendar;
import kz.elections.law.election.Body;
import kz.elections.law.election.ElectionKind;

/** An election (e.g. "Mazhilis 2023"): its day, time zone and calendar; it holds contests. */
@Entity
public class Election extends PanacheEntityBase {

    public enum CalendarSource {
        LAW, CALLING_DECISION
    }

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ElectionKind kind;

    /** The body the election fills: it decides which contests it holds and how many seats. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Body body;

    @Column(nullable = false)
    public String name;

    /** {@code KZ} for a national election, else the unit code. */
    @Column(nullable = false)
    public String territory;

    @Column(name = "election_day", nullable = false)
    public LocalDate electionDay;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "called_on", nullable = false)
    public LocalDate calledOn;

    @Column(name = "nomination_opens", nullable = false)
    public OffsetDateTime nominationOpens;

    @Column(name = "nomination_closes", nullable = false)
    public OffsetDateTime nominationCloses;

    @Column(name = "registration_closes", nullable = false)
    public OffsetDateTime registrationCloses;

    @Column(name = "appeal_days", nullable = false)
    public int appealDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "calendar_source", nullable = false)
    public CalendarSource calendarSource;

    /**
     * Party id → its share (%) at the previous election of the same body (the Mazhilis, or this maslikhat): decides
     * the deposit exemptions of party lists (CL Art. 88 p.1–3, 104 p.1).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "previous_shares", nullable = false)
    public Map<String, BigDecimal> previousShares;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;

    public ElectionCalendar calendar() {
        return new ElectionCalendar(calledOn, nominationOpens, nominationCloses, registrationCloses, appealDays);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** By UUID or by stable code. */
    public static Optional<Election> findByIdOrCode(String idOrCode) {
        Optional<UUID> id = Ids.parse(idOrCode);
        return id.isPresent() ? Optional.ofNullable(findById(id.get())) : find("code", idOrCode).firstResultOptional();
    }

    public static List<Election> listByDay() {
        return list("order by electionDay desc, code");
    }
}
