import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a member CSV for the upload benchmark: N distinct random IINs, valid by check digit,
 * spread evenly over the 20 units. Usage: java GenerateMembers.java N FILE
 */
public class GenerateMembers {

    private static final List<String> UNITS = List.of("KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31",
            "KZ-33", "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75",
            "KZ-79");
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Random random = new Random();
        Set<String> seen = new HashSet<>();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            out.write("iin,unit_code\n");
            while (seen.size() < count) {
                String prefix = String.format("%011d", (long) (random.nextDouble() * 1e11));
                int check = checkDigit(prefix);
                if (check >= 0 && seen.add(prefix)) {
                    out.write(prefix + check + "," + UNITS.get(seen.size() % UNITS.size()) + "\n");
                }
            }
        }
    }

    private static int checkDigit(String prefix) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (prefix.charAt(i) - '0') * (i + 1);
        }
        if (sum % 11 == 10) {
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (prefix.charAt(i) - '0') * SECOND[i];
            }
        }
        return sum % 11 == 10 ? -1 : sum % 11;
    }
}
