package kz.elections.results.publication;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import kz.elections.results.elected.Certification;

/** An election's results are certified by its first final result version; a contest is not held when declared so. */
@ApplicationScoped
public class VersionCertification implements Certification {

    @Override
    public Optional<OffsetDateTime> firstCertifiedAt(String electionCode) {
        return ResultVersion.firstFinal(electionCode).map(v -> v.asOf);
    }

    @Override
    public Optional<String> notHeldReason(String contestCode) {
        return ContestNotHeld.<ContestNotHeld>findByIdOptional(contestCode).map(c -> c.reason);
    }
}
