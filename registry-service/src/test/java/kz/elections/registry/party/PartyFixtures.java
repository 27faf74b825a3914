package kz.elections.registry.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kz.elections.law.identity.IdentificationNumbers;


/** Builders for party applications and member lists; every call gives unique names, BINs and IINs. */
public final class PartyFixtures {

    public static final List<String> UNITS = List.of("KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31",
            "KZ-33", "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75",
            "KZ-79");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PartyFixtures() {
    }

    /** A valid application body as a mutable map, so a test can break exactly one field. */
    public static Map<String, Object> application() {
        int n = SEQUENCE.incrementAndGet();
        String tag = Long.toString(System.nanoTime(), 36) + n;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameKk", "Сынақ партиясы " + tag);
        body.put("nameRu", "Партия испытаний " + tag);
        body.put("nameEn", "Trial Party " + tag);
        body.put("shortName", "TP" + tag);
        body.put("bin", bin());
        body.put("notifiedOn", LocalDate.of(2023, 1, 15).toString());
        body.put("congressOn", LocalDate.of(2023, 4, 15).toString());
        body.put("initiativeGroup", new LinkedHashMap<>(Map.of("size", 700, "units", UNITS.subList(0, 14))));
        return body;
    }

    /** Where this run's BINs start: random, so runs differ; then one after another, so no two in a run collide. */
    private static final int BIN_START = ThreadLocalRandom.current().nextInt(100_000);
    private static final AtomicInteger BINS = new AtomicInteger();

    /**
     * A valid BIN of a resident legal entity (digit 5 = 4, head unit), never the same twice in a test run: a
     * random pick among 100,000 met a taken BIN (409) once a run filed a few hundred applications.
     */
    public static String bin() {
        while (true) {
            int serial = Math.floorMod(BIN_START + BINS.getAndIncrement(), 100_000);
            String prefix = "2301" + "40" + String.format("%05d", serial);
            int check = IdentificationNumbers.checkDigit(prefix);
            if (check >= 0) {
                return prefix + check;
            }
        }
    }

    /** Where this run's IINs start: random, so runs differ; then one after another, so no two in a run collide. */
    private static final long IIN_START = ThreadLocalRandom.current().nextLong(100_000_000_000L);
    private static final AtomicLong IINS = new AtomicLong();

    /**
     * A valid IIN, never the same twice in a test run: random picks collided about once a run among the
     * few hundred thousand members the tests register, and a party with exactly 5,000 members that shared
     * one with a registered party fell to 4,999 and was refused registration.
     */
    public static String iin() {
        while (true) {
            long serial = Math.floorMod(IIN_START + IINS.getAndIncrement(), 100_000_000_000L);
            String prefix = String.format("%011d", serial);
            int check = IdentificationNumbers.checkDigit(prefix);
            if (check >= 0) {
                return prefix + check;
            }
        }
    }

    /** Random members, {@code perUnit} in each of the 20 units. */
    public static List<String> members(int perUnit) {
        List<String> iins = new ArrayList<>();
        for (int i = 0; i < perUnit * UNITS.size(); i++) {
            iins.add(iin());
        }
        return iins;
    }

    /** The CSV of the members, assigned round-robin to the 20 units, with a header. */
    public static String csv(List<String> iins) {
        StringBuilder csv = new StringBuilder("iin,unit_code\n");
        for (int i = 0; i < iins.size(); i++) {
            csv.append(iins.get(i)).append(',').append(UNITS.get(i % UNITS.size())).append('\n');
        }
        return csv.toString();
    }
}
