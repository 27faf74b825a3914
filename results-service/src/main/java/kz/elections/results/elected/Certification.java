package kz.elections.results.elected;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * When an election's final results were first certified: a party's time to name its elected counts from
 * then. Publication certifies results and answers this, so that the elected need not depend on it.
 */
public interface Certification {

    /** The moment of the first final result version of {@code electionCode}; empty while none is certified. */
    Optional<OffsetDateTime> firstCertifiedAt(String electionCode);
}
