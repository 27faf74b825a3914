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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nomination benchmark against a running registry-service: creates open district-maslikhat elections in
 * all 20 units (25 districts each, 500 contests), then files N self-nominations through the API with C
 * concurrent clients, then bulk-imports N more from CSV; prints nominations per second and latencies.
 * For nominations.sh's wrk client (nominations.lua), three parts of it alone:
 * <ul>
 * <li>NOMINATION_BODIES=FILE: the API's 20 elections created and N self-nominations for their contests written to
 * FILE, one JSON body a line, and the contests' codes to FILE.contests; nothing is filed;</li>
 * <li>NOMINATION_COUNT=FILE: the nominations of each contest named in FILE (one a line) counted through the API, as
 * commission staff see them, and printed as "counted: TOTAL";</li>
 * <li>NOMINATION_IMPORT_ONLY=1: the bulk import alone, into 20 elections of its own.</li>
 * </ul>
 * IMPORT=0 leaves the bulk import out of the whole run.
 * Usage: java NominationBench.java BASE_URL COMMISSION_TOKEN CITIZEN_TOKEN [N] [C]
 */
public class NominationBench {

    static final String[] UNITS = {"KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35",
            "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79"};
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Random RANDOM = new Random();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String commission = args[1];
        String citizen = args[2];
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 15_000;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 8;

        String bodies = System.getenv().getOrDefault("NOMINATION_BODIES", "");
        if (!bodies.isBlank()) {
            List<String> contests = createElections(base, commission, "api");
            List<String> lines = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                lines.add(nomination(contests.get(i % contests.size())).replace("\n", ""));
            }
            java.nio.file.Files.write(java.nio.file.Path.of(bodies), lines);
            java.nio.file.Files.write(java.nio.file.Path.of(bodies + ".contests"), contests);
            System.out.printf("prepared: %d nominations for %d contests of 20 open district maslikhats in %s%n", count,
                    contests.size(), bodies);
            return;
        }
        String counted = System.getenv().getOrDefault("NOMINATION_COUNT", "");
        if (!counted.isBlank()) {
            System.out.printf("counted: %d%n", countNominations(base, commission,
                    java.nio.file.Files.readAllLines(java.nio.file.Path.of(counted))));
            return;
        }
        if ("1".equals(System.getenv("NOMINATION_IMPORT_ONLY"))) {
            List<String> csvContests = createElections(base, commission, "csv");
            System.out.printf("elections: 20 open district maslikhats, %d contests%n", csvContests.size());
            bulkImport(base, commission, csvContests, count);
            return;
        }
        List<String> contests = new ArrayList<>();
        for (String suffix : new String[] {"api", "csv"}) {
            contests.addAll(createElections(base, commission, suffix));
        }
        List<String> apiContests = contests.subList(0, contests.size() / 2);
        List<String> csvContests = contests.subList(contests.size() / 2, contests.size());
        System.out.printf("elections: 40 open district maslikhats, %d contests%n", contests.size());

        // Through the API, C clients at once.
        Duration serviceCpu = serviceCpu();
        Map<Long, Duration> databaseCpu = databaseCpu();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String body = nomination(apiContests.get(i % apiContests.size()));
            results.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                HttpResponse<String> response = HTTP.send(post(base + "/api/v1/nominations", citizen, "application/json", body),
                        HttpResponse.BodyHandlers.ofString());
                return new long[] {System.nanoTime() - t0, response.statusCode()};
            }));
        }
        List<Long> latencies = new ArrayList<>();
        int created = 0;
        Map<Long, Integer> refused = new java.util.TreeMap<>();
        for (Future<long[]> result : results) {
            long[] r = result.get();
            latencies.add(r[0]);
            if (r[1] == 201) {
                created++;
            } else {
                refused.merge(r[1], 1, Integer::sum);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(latencies);
        System.out.printf("API: %d nominations (%d created) in %.1f s = %.0f nominations/s with %d clients; "
                + "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", count, created, seconds, count / seconds, clients,
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99));
        if (serviceCpu != null) {
            System.out.printf("registry-service CPU during the API nominations: %.2f ms per nomination%n",
                    serviceCpu().minus(serviceCpu).toNanos() / 1e6 / count);
        }
        if (!REGISTRY_DB.isBlank()) {
            System.out.printf("PostgreSQL CPU (backends of %s) during the API nominations: %.2f ms per nomination%n",
                    REGISTRY_DB, since(databaseCpu).toNanos() / 1e6 / count);
        }
        if (!refused.isEmpty()) {
            // A 429 is the per-citizen limit of self-nomination: start the stack with TIZIM_RATE_LIMIT_ENABLED=false.
            throw new IllegalStateException("not created, by HTTP status: " + refused);
        }
        if (!"0".equals(System.getenv("IMPORT"))) {
            bulkImport(base, commission, csvContests, count);
        }
    }

    /** The bulk import of {@code count} rows for {@code csvContests}, timed until its job is no longer RUNNING. */
    static void bulkImport(String base, String commission, List<String> csvContests, int count) throws Exception {
        StringBuilder csv = new StringBuilder("contest,route,iin,surname_kk,name_kk,surname_ru,name_ru,birth_date,sex,"
                + "residence_years,occupation,residence,education,no_criminal_record,legally_capable\n");
        for (int i = 0; i < count; i++) {
            csv.append(csvContests.get(i % csvContests.size())).append(",SELF,").append(iin())
                    .append(",Сейітов,Арман,Сеитов,Арман,1980-01-01,MALE,30,мұғалім,Шымкент,жоғары,true,true\n");
        }
        long importStarted = System.nanoTime();
        HttpResponse<String> accepted = HTTP.send(post(base + "/api/v1/nominations/imports", commission,
                "text/csv; charset=UTF-8", csv.toString()), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + accepted.statusCode() + " " + accepted.body());
        }
        String location = URI.create(base).resolve(accepted.headers().firstValue("Location").orElseThrow()).toString();
        String status;
        String job;
        do {
            Thread.sleep(500); // polling interval of a client watching the import's progress
            job = HTTP.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", "Bearer " + commission)
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            status = field(job, "status");
        } while ("RUNNING".equals(status));
        double importSeconds = (System.nanoTime() - importStarted) / 1e9;
        System.out.printf("bulk import: %d rows (%s created, %s failed, status %s) in %.1f s = %.0f nominations/s%n",
                count, field(job, "created"), field(job, "failed"), status, importSeconds, count / importSeconds);
    }

    static List<String> createElections(String base, String commission, String suffix) throws Exception {
        List<String> contests = new ArrayList<>();
        LocalDate today = LocalDate.now();
        String tag = Long.toString(System.currentTimeMillis(), 36);
        for (String unit : UNITS) {
            String code = "bench-" + tag + "-" + suffix + "-" + unit.substring(3);
            String body = """
                    {"kind":"MASLIKHAT","code":"%s","name":"Benchmark maslikhat","territory":"%s","maslikhatLevel":"DISTRICT",
                     "seats":25,"electionDay":"%s","calledOn":"%s","calendar":{"nominationOpensOn":"%s",
                     "nominationClosesOn":"%s","registrationClosesOn":"%s"}}""".formatted(code, unit, today.plusDays(30),
                    today.minusDays(2), today.minusDays(1), today.plusDays(5), today.plusDays(10));
            HttpResponse<String> response = HTTP.send(post(base + "/api/v1/elections", commission, "application/json", body),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("election refused: " + response.statusCode() + " " + response.body());
            }
            for (int d = 1; d <= 25; d++) {
                contests.add(code + ".smd-" + unit.substring(3) + "-" + String.format("%02d", d));
            }
        }
        return contests;
    }

    /** The nominations of these contests, as commission staff list them (at most 5,000 a contest). */
    static long countNominations(String base, String commission, List<String> contests) throws Exception {
        long total = 0;
        for (String contest : contests) {
            if (contest.isBlank()) {
                continue;
            }
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/nominations?limit=5000&contest="
                    + java.net.URLEncoder.encode(contest, java.nio.charset.StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + commission).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("nominations of " + contest + " not listed: " + response.statusCode());
            }
            Matcher each = Pattern.compile("\"contestCode\":").matcher(response.body());
            while (each.find()) {
                total++;
            }
        }
        return total;
    }

    static String nomination(String contest) {
        return """
                {"contest":"%s","route":"SELF","person":{"iin":"%s","surnameKk":"Сейітов","nameKk":"Арман",
                 "surnameRu":"Сеитов","nameRu":"Арман","birthDate":"1980-01-01","sex":"MALE","residenceYears":30,
                 "occupation":"мұғалім","residence":"Шымкент","education":"жоғары","noCriminalRecord":true,
                 "legallyCapable":true}}""".formatted(contest, iin());
    }

    static HttpRequest post(String url, String token, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build();
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

    static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1)) / 1e6;
    }

    /** REGISTRY_DB (nominations.sh): the database whose PostgreSQL backends' CPU time is measured during the API run. */
    static final String REGISTRY_DB = System.getenv().getOrDefault("REGISTRY_DB", "");

    /** CPU time used so far by registry-service (its pid in REGISTRY_PID), or null. */
    static Duration serviceCpu() {
        String pid = System.getenv("REGISTRY_PID");
        if (pid == null || pid.isBlank()) {
            return null;
        }
        return ProcessHandle.of(Long.parseLong(pid.strip())).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** CPU time so far of each PostgreSQL backend serving REGISTRY_DB (its process title names the database). */
    static Map<Long, Duration> databaseCpu() {
        Map<Long, Duration> cpu = new java.util.HashMap<>();
        if (REGISTRY_DB.isBlank()) {
            return cpu;
        }
        ProcessHandle.allProcesses().forEach(p -> {
            String title = processTitle(p.pid());
            if (title.startsWith("postgres: ") && title.contains(" " + REGISTRY_DB + " ")) {
                p.info().totalCpuDuration().ifPresent(time -> cpu.put(p.pid(), time));
            }
        });
        return cpu;
    }

    /** A process's title as ps shows it: PostgreSQL writes a backend's title over its whole argv[0]. */
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

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([A-Z0-9]+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
