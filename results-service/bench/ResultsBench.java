import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Election-night benchmark against the running local stack. Setup (not timed): a Mazhilis-style election
 * with an open calendar, a 10-name list of each demo party registered, the lot, the approved ballot and
 * 10,000 precincts. Timed: 10,000 precinct protocols submitted by C concurrent clients; the national
 * tabulation and allocation; then 60 s of reads of the published latest results by C clients.
 * With "turnout" after CLIENTS, election day instead (bench/turnout.sh): after the same setup, each precinct's turnout
 * at the six reporting times, submitted time after time by C clients, then reads of the election's turnout figures.
 * With INTAKE_BODIES=FILE, the setup and the first protocol only: the other protocols are written to FILE, one a line, and
 * the tabulator's token to FILE.token, for wrk to send (bench/side-by-side.sh, bench/intake.lua).
 * Usage: java ResultsBench.java REGISTRY BALLOT RESULTS TOKENS_SCRIPT [CLIENTS [turnout]]
 */
public class ResultsBench {

    static final String[] UNITS = {"KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35",
            "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79"};
    /** 2023 shares of the list votes, per mille, in the demo parties' registration order. */
    static final int[] SHARES = {561, 113, 87, 71, 54, 24, 90};
    /** PRECINCTS makes the contest smaller for a quick run; the benchmark's figure is 10,000. */
    static final int PRECINCTS = Integer.parseInt(System.getenv().getOrDefault("PRECINCTS", "10000"));
    /**
     * HTTP/1.1 with keep-alive: one connection per client, as separate tabulators would have. The client's default,
     * HTTP/2 upgraded over clear text, multiplexes every client over one connection served by one event loop.
     */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final Random RANDOM = new Random(2023);
    /** READ_SECONDS shortens the reads for a quick run of the intake alone; the benchmark's figure is 60 s. */
    static final int READ_SECONDS = Integer.parseInt(System.getenv().getOrDefault("READ_SECONDS", "60"));
    /**
     * RESULTS_URLS (space-separated): the instances that take the protocols, protocol i at instance i mod n, as a
     * round-robin balancer spreads them (scale-out.sh); default the RESULTS argument.
     */
    static final String INTAKE_URLS = System.getenv().getOrDefault("RESULTS_URLS", "");
    /** RESULTS_DB (scale-out.sh): the database whose PostgreSQL backends' CPU time is measured during the intake. */
    static final String RESULTS_DB = System.getenv().getOrDefault("RESULTS_DB", "");

    public static void main(String[] args) throws Exception {
        String registry = args[0];
        String ballot = args[1];
        String results = args[2];
        String tokens = args[3];
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        String cec = token(tokens, "commission", "territory=KZ");
        String tabulator = token(tokens, "tabulator", "territory=KZ");

        // Setup: election, lists, lot, ballot, precincts.
        String parties = get(registry + "/api/v1/parties?status=REGISTERED", cec);
        List<String> partyIds = match(parties, "\"id\":\"([0-9a-f-]{36})\"");
        List<String> shortNames = match(parties, "\"shortName\":\"([^\"]+)\"");
        String code = "results-bench-" + Long.toString(System.currentTimeMillis(), 36);
        LocalDate today = LocalDate.now();
        send(post(registry + "/api/v1/elections", cec, "application/json", """
                {"kind":"MAZHILIS","code":"%s","name":"Results benchmark","electionDay":"%s","calledOn":"%s",
                 "calendar":{"nominationOpensOn":"%s","nominationClosesOn":"%s","registrationClosesOn":"%s"}}"""
                .formatted(code, today.plusDays(30), today.minusDays(2), today.minusDays(1), today.plusDays(5),
                        today.plusDays(10))), 201);
        String contest = code + ".list";
        for (int p = 0; p < Math.min(7, partyIds.size()); p++) {
            String agent = token(tokens, "party-agent", "party=" + partyIds.get(p));
            StringBuilder candidates = new StringBuilder();
            List<String> iins = demoMembers(p, 10);
            for (int i = 0; i < iins.size(); i++) {
                candidates.append(i == 0 ? "" : ",").append("""
                        {"iin":"%s","surnameKk":"Үміткер","nameKk":"%d","surnameRu":"Кандидат","nameRu":"%d","birthDate":"1975-01-01",
                         "sex":"%s","residenceYears":40,"quotaCategory":%s,"occupation":"x","residence":"y","education":"z",
                         "noCriminalRecord":true,"legallyCapable":true}""".formatted(iins.get(i), i, i, i < 3 ? "FEMALE" : "MALE",
                        i < 3 ? "\"WOMAN\"" : "null"));
            }
            String list = send(post(registry + "/api/v1/party-lists", agent, "application/json",
                    "{\"contest\":\"" + contest + "\",\"partyId\":\"" + partyIds.get(p) + "\",\"candidates\":[" + candidates + "]}"), 201);
            String listId = match(list, "\"id\":\"([0-9a-f-]{36})\"").get(0);
            long due = Long.parseLong(match(list, "\"depositDue\":(\\d+)").get(0));
            if (due > 0) {
                send(post(registry + "/api/v1/party-lists/" + listId + "/deposit", cec, "application/json", "{\"amount\":" + due + "}"), 200);
            }
            send(post(registry + "/api/v1/party-lists/" + listId + "/decisions", cec, "application/json", "{\"action\":\"REGISTER\"}"), 200);
        }
        int lists = Math.min(7, partyIds.size());
        StringBuilder lot = new StringBuilder();
        for (int p = 0; p < lists; p++) {
            lot.append(p == 0 ? "" : ",").append('"').append(partyIds.get(p)).append('"');
        }
        send(HttpRequest.newBuilder(URI.create(ballot + "/api/v1/contests/" + contest + "/lot")).header("Authorization", "Bearer " + cec)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"partyIds\":[" + lot + "],\"drawnOn\":\"" + today + "\",\"drawnBy\":\"benchmark\"}")).build(), 200);
        String draft = send(post(ballot + "/api/v1/ballots", cec, "application/json", "{\"contest\":\"" + contest + "\"}"), 201);
        String approved = send(post(ballot + "/api/v1/ballots/" + match(draft, "\"id\":\"([0-9a-f-]{36})\"").get(0) + "/approval",
                cec, "application/json", ""), 200);
        String hash = match(approved, "\"contentHash\":\"([0-9a-f]{64})\"").get(0);
        StringBuilder csv = new StringBuilder("number,unit_code,address,voters,contests\n");
        int base = 1_000_000;
        for (int i = 0; i < PRECINCTS; i++) {
            csv.append(base + i).append(',').append(UNITS[i % UNITS.length]).append(",Address ").append(i).append(',')
                    .append(2000 + RANDOM.nextInt(1001)).append(',').append(contest).append('\n');
        }
        send(post(ballot + "/api/v1/precincts/imports", cec, "text/csv; charset=UTF-8", csv.toString()), 200);
        List<String> precinctIds = match(get(ballot + "/api/v1/precincts?contest=" + contest, cec), "\\{\"id\":\"([0-9a-f-]{36})\"");
        System.out.printf("setup: %s with %d lists, ballot %s…, %d precincts%n", contest, lists, hash.substring(0, 12), precinctIds.size());
        if (args.length > 5 && "turnout".equals(args[5])) {
            turnout(results, code, contest, precinctIds, tabulator, clients);
            return;
        }
        List<String> bodies = protocols(contest, hash, precinctIds, lists);
        if (args.length > 5 && "fault".equals(args[5])) {
            FaultBench.run(results, contest, bodies, tabulator, cec, clients);
            return;
        }

        // Timed: 10,000 protocols.
        List<String> intake = INTAKE_URLS.isBlank() ? List.of(results) : List.of(INTAKE_URLS.strip().split("\\s+"));
        for (int i = 0; i < intake.size(); i++) { // each instance loads the contest (not timed); again is the same protocol
            send(post(intake.get(i) + "/api/v1/protocols", tabulator, "application/json", bodies.get(0)), i == 0 ? 201 : 200);
        }
        String prepared = System.getenv().getOrDefault("INTAKE_BODIES", "");
        if (!prepared.isBlank()) { // bench/side-by-side.sh: the protocols for wrk (bench/intake.lua), not sent here
            java.nio.file.Files.write(java.nio.file.Path.of(prepared),
                    bodies.subList(1, bodies.size()).stream().map(b -> b.replace("\n", "")).toList());
            java.nio.file.Files.writeString(java.nio.file.Path.of(prepared + ".token"), tabulator);
            System.out.printf("prepared: %d protocols of %s in %s%n", bodies.size() - 1, contest, prepared);
            return;
        }
        Duration serviceCpu = serviceCpu();
        Duration clientCpu = ownCpu();
        Map<Long, Duration> databaseCpu = databaseCpu();
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        long started = System.nanoTime();
        List<Long> latencies = parallel(clients, bodies.subList(1, bodies.size()),
                body -> post(intake.get(turn.getAndIncrement() % intake.size()) + "/api/v1/protocols", tabulator, "application/json", body),
                201);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("protocols: %d in %.1f s = %.0f protocols/s with %d clients over %d instance(s); p50 %.1f ms, p99 %.1f ms%n",
                latencies.size(), seconds, latencies.size() / seconds, clients, intake.size(), percentile(latencies, 50),
                percentile(latencies, 99));
        double serviceMs = serviceCpu == null ? Double.NaN : serviceCpu().minus(serviceCpu).toNanos() / 1e6 / latencies.size();
        if (serviceCpu != null) {
            System.out.printf("results-service CPU during the protocols: %.2f ms per protocol%n", serviceMs);
        }
        System.out.printf("load generator (this JVM) CPU during the protocols: %.2f ms per protocol%n",
                ownCpu().minus(clientCpu).toNanos() / 1e6 / latencies.size());
        if (!RESULTS_DB.isBlank()) {
            double databaseMs = since(databaseCpu).toNanos() / 1e6 / latencies.size();
            System.out.printf("PostgreSQL CPU (backends of %s) during the protocols: %.2f ms per protocol; database share of the CPU "
                    + "both spent: %.0f %%%n", RESULTS_DB, databaseMs, 100 * databaseMs / (databaseMs + serviceMs));
        }

        if (System.getenv("INTAKE_ONLY") != null) { // scale-out.sh: the intake figures alone
            return;
        }

        // Timed: the national tabulation with its allocation.
        List<Long> tabulations = new ArrayList<>();
        String tabulation = null;
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            tabulation = get(results + "/api/v1/contests/" + contest + "/tabulation", cec);
            tabulations.add(System.nanoTime() - t0);
        }
        Collections.sort(tabulations);
        System.out.printf("tabulation and allocation: median %.1f ms, max %.1f ms; reporting %s %%, seats %s%n",
                percentile(tabulations, 50), percentile(tabulations, 100), match(tabulation, "\"reportingPercent\":\"([0-9.]+)\"").get(0),
                match(tabulation, "\"seats\":(\\{[^}]*\\})").get(0));

        // Timed: 60 s of reads of the published results.
        send(post(results + "/api/v1/elections/" + code + "/results", cec, "application/json", "{}"), 201);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> reads = new ArrayList<>();
        HttpRequest latest = HttpRequest.newBuilder(URI.create(results + "/api/v1/elections/" + code + "/results/latest")).build();
        long readStart = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            reads.add(readers.submit(() -> {
                List<Long> own = new ArrayList<>();
                while (running.get()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = HTTP.send(latest, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("latest answered " + response.statusCode());
                    }
                    own.add(System.nanoTime() - t0);
                }
                return own;
            }));
        }
        Thread.sleep(READ_SECONDS * 1000L); // the measured minute of reads
        running.set(false);
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> r : reads) {
            all.addAll(r.get());
        }
        readers.shutdown();
        double readSeconds = (System.nanoTime() - readStart) / 1e9;
        Collections.sort(all);
        System.out.printf("reads of latest: %d in %.0f s = %.0f reads/s with %d clients; p50 %.1f ms, p99 %.1f ms%n", all.size(),
                readSeconds, all.size() / readSeconds, clients, percentile(all, 50), percentile(all, 99));
    }

    /** One protocol per precinct of the list contest: the 2023 shares, each precinct's own turnout. */
    static List<String> protocols(String contest, String hash, List<String> precinctIds, int lists) {
        List<String> bodies = new ArrayList<>();
        for (String precinct : precinctIds) {
            int voters = 3000;
            int tookPart = 1000 + RANDOM.nextInt(1000);
            int invalid = tookPart / 100;
            int againstAll = tookPart * 39 / 1000;
            int left = tookPart - invalid - againstAll;
            StringBuilder votes = new StringBuilder();
            int given = 0;
            for (int o = 0; o < lists; o++) {
                int v = o == lists - 1 ? left - given : left * SHARES[o] / 1000;
                given += v;
                votes.append(o == 0 ? "" : ",").append("{\"position\":").append(o + 1).append(",\"votes\":").append(v).append('}');
            }
            bodies.add("""
                    {"contest":"%s","precinct":"%s","ballotHash":"%s","votersOnList":%d,"votersAdded":0,"ballotsReceived":%d,
                     "ballotsIssued":%d,"ballotsCancelled":%d,"tookPart":%d,"invalid":%d,"againstAll":%d,"votes":[%s]}"""
                    .formatted(contest, precinct, hash, voters, voters, tookPart, voters - tookPart, tookPart, invalid, againstAll, votes));
        }
        return bodies;
    }

    /**
     * CPU time used so far by results-service (its pid in RESULTS_PID), or null: per protocol it tells changes
     * apart on a machine whose other load moves the throughput.
     */
    static Duration serviceCpu() {
        String pids = System.getenv("RESULTS_PID");
        if (pids == null || pids.isBlank()) {
            return null;
        }
        Duration sum = Duration.ZERO;
        for (String pid : pids.strip().split("\\s+")) { // several instances: space-separated
            sum = sum.plus(ProcessHandle.of(Long.parseLong(pid)).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO));
        }
        return sum;
    }

    /** CPU time used so far by this process: the load generator's own share of the machine. */
    static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** CPU time so far of each PostgreSQL backend serving RESULTS_DB (its process title names the database). */
    static Map<Long, Duration> databaseCpu() {
        Map<Long, Duration> cpu = new java.util.HashMap<>();
        if (RESULTS_DB.isBlank()) {
            return cpu;
        }
        ProcessHandle.allProcesses().forEach(p -> {
            String title = processTitle(p.pid());
            if (title.startsWith("postgres: ") && title.contains(" " + RESULTS_DB + " ")) {
                p.info().totalCpuDuration().ifPresent(time -> cpu.put(p.pid(), time));
            }
        });
        return cpu;
    }

    /**
     * A process's title as ps shows it: PostgreSQL writes a backend's title over its whole argv[0], which
     * ProcessHandle's command line (the executable and the arguments after argv[0]) never shows.
     */
    static String processTitle(long pid) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "cmdline"))
                    .replace('\0', ' ').strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /** The backends' CPU time since {@code before} (a backend that started meanwhile counts from zero). */
    static Duration since(Map<Long, Duration> before) {
        Duration sum = Duration.ZERO;
        for (Map.Entry<Long, Duration> now : databaseCpu().entrySet()) {
            sum = sum.plus(now.getValue().minus(before.getOrDefault(now.getKey(), Duration.ZERO)));
        }
        return sum;
    }

    /** The demo data's synthetic members of party p (DemoData): IINs 9, p, a serial, the check digit. */
    static List<String> demoMembers(int p, int count) {
        List<String> iins = new ArrayList<>();
        for (int serial = 0; iins.size() < count; serial++) {
            String prefix = String.format("9%d%09d", p, serial);
            int check = checkDigit(prefix);
            if (check >= 0) {
                iins.add(prefix + check);
            }
        }
        return iins;
    }

    static int checkDigit(String prefix) {
        int[] second = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
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
        return sum % 11 == 10 ? -1 : sum % 11;
    }

    static String token(String script, String role, String claim) throws Exception {
        Process process = new ProcessBuilder(script, role, claim).start();
        String token = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("token script failed");
        }
        return token;
    }

    static List<Long> parallel(int clients, List<String> bodies, java.util.function.Function<String, HttpRequest> request,
            int expected) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (String body : bodies) {
                results.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    send(request.apply(body), expected);
                    return System.nanoTime() - t0;
                }));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<Long> r : results) {
                latencies.add(r.get());
            }
            Collections.sort(latencies);
            return latencies;
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

    static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1))) / 1e6;
    }

    /** The reporting times of the election day (results-service's defaults): five, then the close. */
    static final String[] TIMES = {"10:00", "12:00", "14:00", "16:00", "18:00", "20:00"};

    /**
     * Election day: every precinct reports at each time, one time after another as the day goes (a later figure is
     * never lower), C clients at once; then the turnout figures per unit and nation read 200 times, one after another.
     */
    static void turnout(String results, String election, String contest, List<String> precinctIds, String tabulator,
            int clients) throws Exception {
        String url = results + "/api/v1/elections/" + election + "/turnout/reports";
        List<List<String>> waves = new ArrayList<>();
        int[] voted = new int[precinctIds.size()];
        for (String time : TIMES) {
            List<String> wave = new ArrayList<>();
            for (int p = 0; p < precinctIds.size(); p++) {
                voted[p] += 150 + RANDOM.nextInt(150); // at most 1,794 by the close: within the smallest list (2,000)
                wave.add("{\"contest\":\"%s\",\"precinct\":\"%s\",\"time\":\"%s\",\"voted\":%d}"
                        .formatted(contest, precinctIds.get(p), time, voted[p]));
            }
            waves.add(wave);
        }
        send(post(url, tabulator, "application/json", waves.get(0).get(0)), 201); // loads the contest
        Duration serviceCpu = serviceCpu();
        List<Long> latencies = new ArrayList<>();
        long started = System.nanoTime();
        for (int w = 0; w < waves.size(); w++) {
            List<String> wave = w == 0 ? waves.get(0).subList(1, waves.get(0).size()) : waves.get(w);
            latencies.addAll(parallel(clients, wave, body -> post(url, tabulator, "application/json", body), 201));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Collections.sort(latencies);
        System.out.printf("turnout reports: %d in %.1f s = %.0f reports/s with %d clients; p50 %.1f ms, p99 %.1f ms%n",
                latencies.size(), seconds, latencies.size() / seconds, clients, percentile(latencies, 50),
                percentile(latencies, 99));
        if (serviceCpu != null) {
            System.out.printf("results-service CPU during the reports: %.2f ms per report%n",
                    serviceCpu().minus(serviceCpu).toNanos() / 1e6 / latencies.size());
        }
        List<Long> reads = new ArrayList<>();
        String figures = null;
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            figures = send(HttpRequest.newBuilder(URI.create(results + "/api/v1/elections/" + election + "/turnout")).build(), 200);
            reads.add(System.nanoTime() - t0);
        }
        Collections.sort(reads);
        System.out.printf("turnout figures (20 units × 6 times): median %.1f ms, p99 %.1f ms, max %.1f ms; nation at the close %s %%%n",
                percentile(reads, 50), percentile(reads, 99), percentile(reads, 100),
                match(figures, "\"nation\":\\{[^}]*\"percent\":\"([0-9.]+)\"").get(TIMES.length - 1));
    }
}

/**
 * The fault benchmark (bench/fault.sh): every protocol submitted by C clients with an Idempotency-Key of its own and
 * retried with the same key and body until it is answered 201 (accepted) or 200 (accepted by an earlier try whose answer
 * was lost), while results-service is killed with kill -9 and started again (FAULT_KILL, then FAULT_START, once a third
 * is accepted) and PostgreSQL is restarted (FAULT_PG_RESTART, once two thirds are; skipped if unset). Then it reads what
 * results-service holds: each precinct's accepted protocol and the contest's tabulation, and prints sent, accepted,
 * lost, duplicated, whether the totals are exact, each outage in seconds, and every answer clients saw by status.
 */
class FaultBench {

    /** A try's answer: an HTTP status, or none (connection refused or reset, or no answer within the timeout). */
    static final String NO_ANSWER = "no answer";
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** A fault and when it began; {@code recovered}: when the first try sent after it was accepted (ms since start). */
    static final class Fault {
        final String name;
        final long at;
        volatile long recovered = -1;

        Fault(String name, long at) {
            this.name = name;
            this.at = at;
        }
    }

    static final long START = System.nanoTime();
    static final List<Fault> FAULTS = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final Map<String, java.util.concurrent.atomic.LongAdder> ANSWERS = new java.util.concurrent.ConcurrentSkipListMap<>();

    static long now() {
        return (System.nanoTime() - START) / 1_000_000;
    }

    static void run(String results, String contest, List<String> bodies, String tabulator, String cec, int clients)
            throws Exception {
        String url = results + "/api/v1/protocols";
        java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        int third = bodies.size() / 3;
        Thread injector = new Thread(() -> {
            try {
                await(accepted, third);
                fault("results-service killed (kill -9) and started again", System.getenv("FAULT_KILL"), System.getenv("FAULT_START"));
                await(accepted, 2 * third);
                String restart = System.getenv("FAULT_PG_RESTART");
                if (restart == null || restart.isBlank()) {
                    System.out.println("PostgreSQL not restarted: FAULT_PG_RESTART is not set");
                } else {
                    fault("PostgreSQL restarted", restart, null);
                }
            } catch (Exception e) {
                System.out.println("fault injection failed: " + e);
            }
        }, "faults");
        injector.start();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> tries = new ArrayList<>();
        long started = System.nanoTime();
        for (String body : bodies) {
            String key = java.util.UUID.randomUUID().toString();
            tries.add(pool.submit(() -> {
                submitUntilSettled(url, tabulator, key, body, accepted, refused);
                return null;
            }));
        }
        for (Future<?> t : tries) {
            t.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        injector.join();

        // What results-service holds: one accepted protocol per precinct, version 1, and totals that add up.
        String precincts = ResultsBench.send(HttpRequest.newBuilder(URI.create(results + "/api/v1/elections/"
                + contest.substring(0, contest.lastIndexOf('.')) + "/results/precincts")).build(), 200);
        List<String> held = ResultsBench.match(precincts, "\"precinctId\":\"([0-9a-f-]{36})\"");
        List<String> versions = ResultsBench.match(precincts, "\"protocolVersion\":(\\d+)");
        java.util.Set<String> distinct = new java.util.HashSet<>(held);
        long lost = bodies.stream().map(b -> ResultsBench.match(b, "\"precinct\":\"([0-9a-f-]{36})\"").get(0))
                .filter(p -> !distinct.contains(p)).count();
        long duplicated = (held.size() - distinct.size()) + versions.stream().filter(v -> !v.equals("1")).count();
        String tabulation = ResultsBench.get(results + "/api/v1/contests/" + contest + "/tabulation", cec);
        long[] sent = sums(bodies);
        String nation = ResultsBench.match(tabulation, "\"nation\":(\\{[^}]*\\})").get(0);
        long[] counted = {number(nation, "tookPart"), number(nation, "invalid"), number(nation, "againstAll"),
                number(nation, "precinctsReported")};
        String options = tabulation.substring(tabulation.lastIndexOf("\"options\":["));
        options = options.substring(0, options.indexOf(']'));
        List<Long> votesCounted = ResultsBench.match(options, "\"votes\":(\\d+)").stream().map(Long::parseLong).toList();
        boolean exact = counted[0] == sent[0] && counted[1] == sent[1] && counted[2] == sent[2]
                && counted[3] == bodies.size() && votesCounted.equals(votes(bodies));

        System.out.printf("sent: %d protocols (%d clients, each retried with its Idempotency-Key until answered), %.0f s%n",
                bodies.size(), clients, seconds);
        System.out.printf("accepted: %d; refused: %d; lost: %d; duplicated: %d%n", accepted.get(), refused.get(), lost, duplicated);
        System.out.printf("totals exact: %s (tookPart %d of %d, invalid %d of %d, against all %d of %d, precincts %d of %d, "
                + "votes per list %s)%n", exact ? "yes" : "NO", counted[0], sent[0], counted[1], sent[1], counted[2], sent[2],
                counted[3], bodies.size(), votesCounted.equals(votes(bodies)) ? "equal" : votesCounted + " ≠ " + votes(bodies));
        for (Fault f : FAULTS) {
            System.out.printf("outage: %s at %.1f s: %s%n", f.name, f.at / 1e3,
                    f.recovered < 0 ? "no try sent after it was accepted" : String.format("%.1f s until a try sent after it was accepted",
                            (f.recovered - f.at) / 1e3));
        }
        StringBuilder answers = new StringBuilder();
        ANSWERS.forEach((status, n) -> answers.append(answers.length() == 0 ? "" : ", ").append(status).append(": ").append(n.sum()));
        System.out.println("answers seen by clients: " + answers);
    }

    /** Retries with the same key and body until 201 or 200; any other 4xx is final (refused), 5xx and no answer are retried. */
    static void submitUntilSettled(String url, String token, String key, String body,
            java.util.concurrent.atomic.AtomicInteger accepted, java.util.concurrent.atomic.AtomicInteger refused)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int attempt = 0;; attempt++) {
            long sentAt = now();
            String status;
            long wait = Math.min(2000, 100L << Math.min(attempt, 4));
            try {
                HttpResponse<String> response = ResultsBench.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                status = Integer.toString(response.statusCode());
                String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                if (retryAfter != null && retryAfter.matches("\\d+")) {
                    wait = Math.min(2000, Long.parseLong(retryAfter) * 1000);
                }
            } catch (java.io.IOException e) {
                status = NO_ANSWER;
            }
            ANSWERS.computeIfAbsent(status, s -> new java.util.concurrent.atomic.LongAdder()).increment();
            if (status.equals("201") || status.equals("200")) {
                accepted.incrementAndGet();
                for (Fault f : FAULTS) {
                    if (f.recovered < 0 && sentAt > f.at) {
                        f.recovered = now();
                    }
                }
                return;
            }
            if (status.startsWith("4")) {
                refused.incrementAndGet();
                return;
            }
            Thread.sleep(wait); // a client's back-off before its retry
        }
    }

    static void await(java.util.concurrent.atomic.AtomicInteger accepted, int count) throws InterruptedException {
        while (accepted.get() < count) {
            Thread.sleep(50);
        }
    }

    /** Runs {@code command}, then {@code then} (if any), with bash; a fault is timed from the start of the first. */
    static void fault(String name, String command, String then) throws Exception {
        if (command == null || command.isBlank()) {
            throw new IllegalStateException("no command for: " + name);
        }
        FAULTS.add(new Fault(name, now()));
        bash(command);
        if (then != null && !then.isBlank()) {
            bash(then);
        }
    }

    static void bash(String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed (" + process.exitValue() + "): " + command);
        }
    }

    static long number(String json, String field) {
        return Long.parseLong(ResultsBench.match(json, "\"" + field + "\":(\\d+)").get(0));
    }

    /** Sums of tookPart, invalid and againstAll over the protocols sent. */
    static long[] sums(List<String> bodies) {
        long[] sums = new long[3];
        for (String body : bodies) {
            sums[0] += number(body, "tookPart");
            sums[1] += number(body, "invalid");
            sums[2] += number(body, "againstAll");
        }
        return sums;
    }

    /** Votes per ballot position over the protocols sent. */
    static List<Long> votes(List<String> bodies) {
        List<Long> sums = new ArrayList<>();
        for (String body : bodies) {
            List<String> votes = ResultsBench.match(body, "\"votes\":(\\d+)");
            for (int i = 0; i < votes.size(); i++) {
                if (sums.size() <= i) {
                    sums.add(0L);
                }
                sums.set(i, sums.get(i) + Long.parseLong(votes.get(i)));
            }
        }
        return sums;
    }
}
