package kz.elections.results.protocol;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kz.elections.common.ProblemException;

/**
 * A final result version freezes its election's protocols until a commission member reopens the results. The
 * database function {@code certified_results_version} (migration V6) answers, and serialises protocols against
 * certifications: a protocol takes the election's lock shared, a certification or a reopening takes it exclusively,
 * each until its transaction ends. So a protocol either counts in the tallies a certification compares, or is
 * refused once the certification commits.
 */
@ApplicationScoped
public class ResultsFreeze {

    /** The function's call for an SQL statement: one parameter, the election code. */
    static final String CERTIFIED_VERSION = "certified_results_version(?)";

    @Inject
    EntityManager entityManager;

    /**
     * The final version freezing the election's results, if any; holds off a certification or reopening of the
     * election until the calling transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Integer> certifiedVersion(String election) {
        Object version = entityManager.createNativeQuery("select " + CERTIFIED_VERSION.replace("?", "?1"))
                .setParameter(1, election).getSingleResult();
        return Optional.ofNullable(version).map(v -> ((Number) v).intValue());
    }

    /**
     * Waits for the election's protocols in flight and holds off new ones until the calling transaction ends: what
     * a certification or a reopening does before it reads the tallies or changes the freeze.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void exclusive(String election) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
                .setParameter(1, "results " + election).getSingleResult();
    }

    /** The refusal of a change to certified results; {@code refused}: what waits for a reopening. */
    public static ProblemException refusal(String election, int version, String refused) {
        return ProblemException.conflict("results-certified", "Results certified",
                "The results of " + election + " are certified by version " + version + "; " + refused + " only after a "
                        + "commission member of its territory reopens the results, with a reason",
                Map.of("election", election, "certifiedVersion", version));
    }
}
