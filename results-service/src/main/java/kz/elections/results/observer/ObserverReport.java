package kz.elections.results.observer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An observer's report about a precinct, and the answers of the precinct's territorial commission. */
@Entity
@Table(name = "observer_report")
public class ObserverReport extends PanacheEntityBase {

    /** One answer: the state it moved the report to, the commission's reasons, when. */
    public record Answer(ReportState state, String reason, OffsetDateTime at) {
    }

    @Id
    public UUID id;

    @Column(name = "accreditation_id", nullable = false)
    public UUID accreditationId;

    /** The observer's user name, as accredited. */
    @Column(nullable = false)
    public String observer;

    @Column(name = "election_code", nullable = false)
    public String electionCode;

    @Column(name = "contest_code", nullable = false)
    public String contestCode;

    @Column(name = "precinct_id", nullable = false)
    public UUID precinctId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "observed_at", nullable = false)
    public OffsetDateTime observedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportCategory category;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String text;

    @Column(name = "protocol_id")
    public UUID protocolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportState state;

    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Answer> answers = new ArrayList<>();

    @Version
    public int version;

    public static List<ObserverReport> filedBy(String observer) {
        return list("observer = ?1 order by filedAt desc", observer);
    }

    /** A commission's queue: the reports about precincts of its territory (all of them for the central commission). */
    public static List<ObserverReport> queue(String territory, ReportState state) {
        boolean national = kz.elections.law.observer.ObserverAccreditation.NATION.equals(territory);
        if (state == null) {
            return national ? list("order by filedAt") : list("unitCode = ?1 order by filedAt", territory);
        }
        return national ? list("state = ?1 order by filedAt", state)
                : list("unitCode = ?1 and state = ?2 order by filedAt", territory, state);
    }

    /** Reports of an election counted by unit, category and state, in that order. */
    public static List<Object[]> countsOf(String electionCode) {
        return getEntityManager().createQuery("select r.unitCode, r.category, r.state, count(r) from ObserverReport r "
                + "where r.electionCode = ?1 group by r.unitCode, r.category, r.state "
                + "order by r.unitCode, r.category, r.state", Object[].class).setParameter(1, electionCode).getResultList();
    }
}
