package kz.elections.results.publication;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import kz.elections.common.audit.AuditChain;
import kz.elections.verifier.VersionChain;

/**
 * Links an election's published result versions into a hash chain: a new version carries the digest of the one before
 * it and the audit chain's head, and its own digest over its public JSON and those links
 * ({@link kz.elections.verifier.VersionDigest}), so that an observer checks the whole chain offline (verifier/). Versions
 * published before versions were chained get their links when results-service starts, oldest first (no audit head: it
 * was not recorded); and {@link #verify} recomputes an election's chain from the database.
 */
@ApplicationScoped
public class VersionChaining {

    private static final Logger LOG = Logger.getLogger(VersionChaining.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditChain audit;

    /** Sets a new version's links and digest; its content is set, {@code previous} is the election's latest version. */
    @Transactional(Transactional.TxType.MANDATORY)
    void link(ResultVersion version, Optional<ResultVersion> previous) {
        if (previous.isPresent() && previous.get().digest == null) {
            chainUnlinked(version.electionCode);
        }
        version.previousDigest = previous.map(p -> p.digest).orElse(null);
        version.auditHead = audit.head();
        version.digest = PublishedVersion.digest(version, mapper);
    }

    /** Versions published before versions were chained get their links, election by election, as soon as the service starts. */
    void onStart(@Observes StartupEvent started) {
        try {
            List<String> elections = QuarkusTransaction.requiringNew().call(ResultVersion::electionsWithUnlinkedVersions);
            for (String election : elections) {
                QuarkusTransaction.requiringNew().run(() -> chainUnlinked(election));
            }
        } catch (RuntimeException e) {
            // The next version published of such an election links them (link above); nothing is lost by waiting.
            LOG.warnf("result versions published before chaining not linked at start: %s", e.getMessage());
        }
    }

    /**
     * Links the versions of {@code election} published before versions were chained: those before its first version
     * with a digest. A digest missing after one that has it is not filled in: it was removed, and {@link #verify}
     * names that version.
     */
    private void chainUnlinked(String election) {
        String previous = null;
        int linked = 0;
        for (ResultVersion version : ResultVersion.<ResultVersion>list("electionCode = ?1 order by number", election)) {
            if (version.digest != null) {
                break;
            }
            version.previousDigest = previous;
            version.auditHead = null;
            version.digest = PublishedVersion.digest(version, mapper);
            previous = version.digest;
            linked++;
        }
        if (linked > 0) {
            ResultVersion.getEntityManager().flush();
            LOG.infof("linked %d result version(s) of %s published before versions were chained", linked, election);
        }
    }

    /** Recomputes the chain of {@code election}'s versions from the database (not from what the feed keeps rendered). */
    public VersionChain.Result verify(String election) {
        List<JsonNode> versions = QuarkusTransaction.requiringNew().call(() -> ResultVersion
                .<ResultVersion>list("electionCode = ?1 order by number", election).stream()
                .map(v -> (JsonNode) PublishedVersion.json(v, mapper)).toList());
        return VersionChain.check(election, versions);
    }
}
