import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ballot benchmark against the running local stack. Setup (not timed): in the registry, 68 open district
 * maslikhat elections of 50 seats (3,400 single-mandate contests) and ~12,000 party nominations through
 * the bulk import, each registered by the commission. Timed: composing and approving all 3,400 ballots
 * through ballot-service (each composition reads the registry), then importing 10,000 precincts.
 * Usage: java BallotBench.java REGISTRY_URL BALLOT_URL COMMISSION_TOKEN [CLIENTS]
 */
public class BallotBench {

    static final String[] UNITS = {"KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35",
            "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79"};
    static final int ELECTIONS = 68;
    static final int SEATS = 50;
    static final int CANDIDATES = 12_000;
    static final int PRECINCTS = 10_000;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Random RANDOM = new Random();

    public static void main(String[] args) throws Exception {
        String registry = args[0];
        String ballot = args[1];
        String token = args[2];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;

        List<String> parties = match(get(registry + "/api/v1/parties?status=REGISTERED", token), "\"id\":\"([0-9a-f-]{36})\"");
        if (parties.size() < 4) {
            throw new IllegalStateException("needs the demo parties: run deploy/local/up.sh on an empty registry");
        }
        // Setup: elections and contests.
        String tag = Long.toString(System.currentTimeMillis(), 36);
        LocalDate today = LocalDate.now();
        Map<String, String> contestUnit = new LinkedHashMap<>();
        StringBuilder shares = new StringBuilder();
        for (String party : parties) {
            shares.append(shares.length() == 0 ? "" : ",").append('"').append(party).append("\":10");
        }
        for (int e = 0; e < ELECTIONS; e++) {
            String unit = UNITS[e % UNITS.length];
            String code = "ballot-bench-" + tag + "-" + e;
            send(post(registry + "/api/v1/elections", token, "application/json", """
                    {"kind":"MASLIKHAT","code":"%s","name":"Ballot benchmark","territory":"%s","maslikhatLevel":"DISTRICT",
                     "seats":%d,"electionDay":"%s","calledOn":"%s","previousShares":{%s},
                     "calendar":{"nominationOpensOn":"%s","nominationClosesOn":"%s","registrationClosesOn":"%s"}}"""
                    .formatted(code, unit, SEATS, today.plusDays(30), today.minusDays(2), shares, today.minusDays(1),
                            today.plusDays(5), today.plusDays(10))), 201);
            for (int d = 1; d <= SEATS; d++) {
                contestUnit.put(code + ".smd-" + unit.substring(3) + "-" + String.format("%02d", d), unit);
            }
        }
        List<String> contests = new ArrayList<>(contestUnit.keySet());
        // Setup: nominations by party (deposit exempt), one party per district each, then registered.
        StringBuilder csv = new StringBuilder("contest,route,party_id,iin,surname_kk,name_kk,patronymic_kk,surname_ru,"
                + "name_ru,birth_date,sex,residence_years,occupation,residence,education,no_criminal_record,legally_capable\n");
        String[] surnames = {"Әбілов", "Ысқақов", "Ісатаев", "Абдуллин", "Қасымов", "Ұлықбек", "Өтепов", "Бекова", "Серікбаев"};
        for (int i = 0; i < CANDIDATES; i++) {
            String contest = contests.get(i % contests.size());
            String party = parties.get(i / contests.size() % parties.size());
            csv.append(contest).append(",PARTY,").append(party).append(',').append(iin()).append(',')
                    .append(surnames[RANDOM.nextInt(surnames.length)]).append(",Арман,Болатұлы,Сеитов,Арман,1980-01-01,MALE,30,")
                    .append("мұғалім,Шымкент,жоғары,true,true\n");
        }
        String job = send(post(registry + "/api/v1/nominations/imports", token, "text/csv; charset=UTF-8", csv.toString()), 202);
        String location = registry + "/api/v1/nominations/imports/" + match(job, "\"id\":\"([0-9a-f-]{36})\"").get(0);
        while (get(location, token).contains("\"RUNNING\"")) {
            Thread.sleep(500); // polling interval while the import runs
        }
        List<String> pending = new ArrayList<>();
        for (String contest : contests) {
            pending.addAll(match(get(registry + "/api/v1/nominations?status=PENDING&contest=" + contest, token),
                    "\\{\"id\":\"([0-9a-f-]{36})\""));
        }
        parallel(clients, pending, id -> post(registry + "/api/v1/nominations/" + id + "/decisions", token,
                "application/json", "{\"action\":\"REGISTER\"}"), 200);
        System.out.printf("setup: %d contests (%d seats), %d candidates registered%n", contests.size(), contests.size(),
                pending.size());

        // Timed: compose and approve every ballot.
        long started = System.nanoTime();
        List<String> drafts = parallel(clients, contests, contest -> post(ballot + "/api/v1/ballots", token,
                "application/json", "{\"contest\":\"" + contest + "\"}"), 201);
        double composeSeconds = (System.nanoTime() - started) / 1e9;
        List<String> ids = drafts.stream().map(body -> match(body, "\"id\":\"([0-9a-f-]{36})\"").get(0)).toList();
        long approveStarted = System.nanoTime();
        parallel(clients, ids, id -> post(ballot + "/api/v1/ballots/" + id + "/approval", token, "application/json", ""), 200);
        double approveSeconds = (System.nanoTime() - approveStarted) / 1e9;
        System.out.printf("compose %d ballots: %.1f s (%.0f ballots/s); approve: %.1f s (%.0f ballots/s); together %.1f s, %d clients%n",
                contests.size(), composeSeconds, contests.size() / composeSeconds, approveSeconds,
                contests.size() / approveSeconds, composeSeconds + approveSeconds, clients);

        // Timed: import 10,000 precincts, each voting in one of the contests of its unit.
        StringBuilder precincts = new StringBuilder("number,unit_code,address,voters,contests\n");
        for (int p = 0; p < PRECINCTS; p++) {
            String contest = contests.get(p % contests.size());
            precincts.append(900_000 + p).append(',').append(contestUnit.get(contest)).append(",\"Бенчмарк к., ")
                    .append(p).append("\",").append(500 + RANDOM.nextInt(2501)).append(',').append(contest).append('\n');
        }
        long importStarted = System.nanoTime();
        String imported = send(post(ballot + "/api/v1/precincts/imports", token, "text/csv; charset=UTF-8", precincts.toString()), 200);
        double importSeconds = (System.nanoTime() - importStarted) / 1e9;
        System.out.printf("import %d precincts (%s): %.1f s (%.0f precincts/s)%n", PRECINCTS, imported, importSeconds,
                PRECINCTS / importSeconds);
    }

    static List<String> parallel(int clients, List<String> items, Function<String, HttpRequest> request, int expected)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String item : items) {
                results.add(pool.submit(() -> send(request.apply(item), expected)));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<String> result : results) {
                bodies.add(result.get());
            }
            return bodies;
        } finally {
            pool.shutdown();
        }
    }

    static String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String get(String url, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(), 200);
    }

    static HttpRequest post(String url, String token, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static List<String> match(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static synchronized String iin() {
        int[] second = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        while (true) {
            String prefix = String.format("%011d", (long) (RANDOM.nextDouble() * 1e11));
            int sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (prefix.charAt(i) - '0') * (i + 1);
            }
            if (sum % 11 == 10) {
                sum = 0;
                for (int i = 0; i < 11; i++) {
                    sum += (prefix.charAt(i) - '0') * second[i];
                }
            }
            if (sum % 11 != 10) {
                return prefix + (sum % 11);
            }
        }
    }
}
