package kz.elections.system;

import java.util.ArrayList;
import java.util.List;

/** Synthetic parties for the system tests: member lists above every threshold, BINs, the demo parties' members. */
final class TestParties {

    static final String[] UNITS = {"KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35",
            "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79"};
    static final int MEMBERS_PER_UNIT = 260;

    private TestParties() {
    }

    /**
     * A member list (CSV) of {@value #MEMBERS_PER_UNIT} members in each unit, 5,200 in all, whose IINs start with
     * {@code lead} (a digit no other test party uses); the IINs are added to {@code iins} in file order.
     */
    static String membersCsv(char lead, List<String> iins) {
        StringBuilder csv = new StringBuilder("iin,unit_code\n");
        int serial = 0;
        for (String unit : UNITS) {
            for (int i = 0; i < MEMBERS_PER_UNIT; i++) {
                String iin;
                do {
                    iin = Identifiers.withCheckDigit(lead + String.format("%010d", serial++));
                } while (iin == null);
                iins.add(iin);
                csv.append(iin).append(',').append(unit).append('\n');
            }
        }
        return csv.toString();
    }

    /** The first valid BIN of a party registered in January 2026, from the given serial on. */
    static String bin(int serial) {
        for (int n = serial; ; n++) {
            String bin = Identifiers.withCheckDigit("2601404" + String.format("%04d", n));
            if (bin != null) {
                return bin;
            }
        }
    }

    /** The first units, as the JSON array of an initiative group. */
    static String unitsJson(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(UNITS[i]).append('"');
        }
        return json.append(']').toString();
    }

    /** The demo data's synthetic members of the demo party with index p (IINs 9, p, a serial, the check digit). */
    static List<String> demoMembers(int p, int count) {
        List<String> iins = new ArrayList<>();
        for (int serial = 0; iins.size() < count; serial++) {
            String iin = Identifiers.withCheckDigit(String.format("9%d%09d", p, serial));
            if (iin != null) {
                iins.add(iin);
            }
        }
        return iins;
    }
}
