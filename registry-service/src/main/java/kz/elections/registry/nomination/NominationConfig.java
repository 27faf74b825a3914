package kz.elections.registry.nomination;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Candidate eligibility, deposits, signatures and list quotas (CL "On Elections", Art. 87–89, 104, 113-1); each may
 * change with the law, so each is configuration with today's figure as default.
 */
@ConfigMapping(prefix = "tizim.nomination")
public interface NominationConfig {

    @WithDefault("25")
    int minAgeMazhilis();

    /** An election programme's longest text, in characters, in each language. */
    @WithDefault("20000")
    int programmeMaxChars();

    @WithDefault("20")
    int minAgeMaslikhat();

    @WithDefault("25")
    int minAgeAkim();

    /** Mazhilis candidates: resident in Kazakhstan for the last this many years. */
    @WithDefault("10")
    int mazhilisResidenceYears();

    /** Deposit in minimum wages (МЗП), per candidate (per list candidate on a list). */
    @WithDefault("15")
    int depositMazhilis();

    @WithDefault("5")
    int depositMaslikhat();

    @WithDefault("1")
    int depositAkim();

    /** The monthly minimum wage (МЗП) in tenge, by year; the election day's year applies. */
    Map<Integer, Long> minimumWage();

    /** Self-nominated akim candidates: signatures of at least this percent of the district's voters. */
    @WithDefault("1")
    int akimSignaturePercent();

    /** List quota: women + youth (+ persons with disabilities on Mazhilis lists) at least this percent. */
    @WithDefault("30")
    int listQuotaPercent();

    /** Youth (a list quota category): younger than this on election day (Law "On State Youth Policy"). */
    @WithDefault("35")
    int youthAge();

    /** A list holds at most seats plus this percent of them, rounded up (69 seats: 90 names). */
    @WithDefault("30")
    int listOverheadPercent();

    /** Largest CSV a bulk import takes, in rows. */
    @WithDefault("50000")
    int maxImportRows();

    default int minAge(kz.elections.law.election.ElectionKind kind) {
        return switch (kind) {
            case MAZHILIS -> minAgeMazhilis();
            case MASLIKHAT -> minAgeMaslikhat();
            case AKIM -> minAgeAkim();
        };
    }

    default int depositMultiplier(kz.elections.law.election.ElectionKind kind) {
        return switch (kind) {
            case MAZHILIS -> depositMazhilis();
            case MASLIKHAT -> depositMaslikhat();
            case AKIM -> depositAkim();
        };
    }
}
