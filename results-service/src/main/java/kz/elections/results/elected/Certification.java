package kz.elections.results.elected;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What certification decided that the elected depend on: when an election's final results were first
 * certified (a party's time to name its elected counts from then), and which contests the commission
 * declared not held (they elect nobody). Publication decides both and answers this, so that the elected
 * need not depend on it.
 */
public interface Certification {

    /** The moment of the first final result version of {@code electionCode}; empty while none is certified. */
    Optional<OffsetDateTime> firstCertifiedAt(String electionCode);

    /** The commission's reason if {@code contestCode} was declared not held; empty if it was held. */
    Optional<String> notHeldReason(String contestCode);
}
