package kz.elections.results.contest;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A precinct that votes in a contest, as ballot-service lists it. */
@Entity
@Table(name = "contest_precinct")
@IdClass(ContestPrecinct.Key.class)
public class ContestPrecinct extends PanacheEntityBase {

    public record Key(String contestCode, UUID precinctId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "contest_code")
    public String contestCode;

    @Id
    @Column(name = "precinct_id")
    public UUID precinctId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public int voters;

    /** How many precincts of each unit vote in a contest. */
    public static Map<String, Integer> countByUnit(String contestCode) {
        Map<String, Integer> counts = new TreeMap<>();
        getEntityManager().createQuery("select p.unitCode, count(p) from ContestPrecinct p where p.contestCode = ?1 "
                + "group by p.unitCode", Object[].class).setParameter(1, contestCode).getResultList()
                .forEach(row -> counts.put((String) row[0], Math.toIntExact((Long) row[1])));
        return counts;
    }
}
