package kz.elections.results.publication;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A contest the commission declared not held, with its reason: certification does not wait for its protocols. */
@Entity
@Table(name = "contest_not_held")
public class ContestNotHeld extends PanacheEntityBase {

    @Id
    @Column(name = "contest_code")
    public String contestCode;

    @Column(name = "election_code", nullable = false)
    public String electionCode;

    @Column(nullable = false)
    public String reason;

    @Column(name = "marked_by", nullable = false)
    public String markedBy;

    @Column(name = "marked_at", nullable = false)
    public OffsetDateTime markedAt;

    /** The contests of an election declared not held, by contest code. */
    public static Map<String, ContestNotHeld> forElection(String election) {
        return ContestNotHeld.<ContestNotHeld>list("electionCode", election).stream()
                .collect(Collectors.toMap(c -> c.contestCode, Function.identity()));
    }
}
