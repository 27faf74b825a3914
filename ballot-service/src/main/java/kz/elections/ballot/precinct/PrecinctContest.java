package kz.elections.ballot.precinct;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** That a precinct votes in a contest. */
@Entity
@Table(name = "precinct_contest")
@IdClass(PrecinctContest.Key.class)
public class PrecinctContest extends PanacheEntityBase {

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
}
