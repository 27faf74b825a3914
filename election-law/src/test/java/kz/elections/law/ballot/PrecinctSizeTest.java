package kz.elections.law.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A precinct holds at most 3,000 voters (CL "On Elections", Art. 23). */
class PrecinctSizeTest {

    @ParameterizedTest(name = "{0} voters: allowed {1}")
    @CsvSource({
            "0,    true",
            "1,    true",
            "2999, true",
            "3000, true",
            "3001, false",
            "5000, false",
    })
    void allowsAtMost3000VotersInAPrecinct(int voters, boolean allowed) {
        assertEquals(allowed, PrecinctSize.allowed(voters, PrecinctSize.MAX_VOTERS));
    }

    @ParameterizedTest(name = "limit {1}: {0} voters allowed {2}")
    @CsvSource({
            "2500, 2500, true",
            "2501, 2500, false",
    })
    void followsAConfiguredLimit(int voters, int limit, boolean allowed) {
        assertEquals(allowed, PrecinctSize.allowed(voters, limit));
    }
}
