package kz.elections.ballot.precinct;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A polling station: its number in the unit, address, voters on the list, and the contests voted in there. */
@Entity
public class Precinct extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public int voters;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> contests;

    @Column(name = "imported_at", nullable = false)
    public OffsetDateTime importedAt;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    public static List<Precinct> findFor(String contestCode) {
        return list("id in (select pc.precinctId from PrecinctContest pc where pc.contestCode = ?1) order by unitCode, number",
                contestCode);
    }
}
