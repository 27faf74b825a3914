package kz.elections.registry.mandate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import kz.elections.law.election.Body;
import kz.elections.law.election.ElectionKind;
import kz.elections.law.mandate.MandateTerm;

/** Terms of office and the party's days to name a list successor (see election-law's vacancy rules). */
@ConfigMapping(prefix = "tizim.mandate")
public interface MandateConfig {

    TermYears termYears();

    SuccessorDays successorNamingDays();

    /** The client id (token {@code azp}) of the only service account that reports the elected: results-service. */
    @WithDefault("results-service")
    String electedReporter();

    interface TermYears {
        @WithDefault("5")
        int mazhilis();

        @WithDefault("5")
        int maslikhat();

        @WithDefault("4")
        int akim();
    }

    /** Policy: the law gives no number; as many days as a party has to name its elected (Art. 97-1: 10, maslikhat 5). */
    interface SuccessorDays {
        @WithDefault("10")
        int mazhilis();

        @WithDefault("5")
        int maslikhat();
    }

    default MandateTerm.Years years() {
        return new MandateTerm.Years(termYears().mazhilis(), termYears().maslikhat(), termYears().akim());
    }

    default int successorDays(Body body) {
        return body.electionKind() == ElectionKind.MAZHILIS ? successorNamingDays().mazhilis()
                : successorNamingDays().maslikhat();
    }
}
