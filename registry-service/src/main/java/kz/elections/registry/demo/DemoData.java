package kz.elections.registry.demo;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.Election;
import kz.elections.registry.election.ElectionApi;
import kz.elections.registry.election.ElectionService;
import kz.elections.registry.nomination.Nomination;
import kz.elections.registry.nomination.NominationApi;
import kz.elections.registry.nomination.NominationService;
import kz.elections.registry.nomination.PartyListService;
import kz.elections.registry.nomination.PartyList;
import kz.elections.registry.party.Party;
import kz.elections.registry.party.PartyApi;
import kz.elections.registry.party.PartyService;
import kz.elections.registry.party.PartyStatus;
import kz.elections.registry.region.Region;
import kz.elections.law.election.ContestKind;
import kz.elections.law.election.ElectionKind;
import kz.elections.law.list.QuotaCategory;
import kz.elections.law.nomination.Route;
import kz.elections.law.identity.IdentificationNumbers;

/**
 * The demo data set of the local stack ({@code tizim.demo.enabled=true}): the seven parties of the
 * 2023 Mazhilis election, each registered through the same service calls a commission would make,
 * with a synthetic member list (the IINs are generated, valid by check digit, and belong to nobody),
 * and the Mazhilis 2023 election with its calling decision's calendar, its list contest and 29 districts;
 * a registered list of each party and the candidates of every district (hand-picked in a few, {@link #DISTRICTS}, the
 * same three kinds of nominee in the others, {@link #generated}), recorded as
 * the commission registered them in February 2023 ({@link PartyListService#recordListRegistration}).
 * Each part is loaded once, into an empty registry; ballot-service and results-service load the rest.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String ACTOR = "system:demo-data";
    private static final int MEMBERS_PER_UNIT = 260;

    /** Party, and the names and BIN it is registered with; ids are stable so demo agent tokens can name them. */
    public record DemoParty(String code, String nameKk, String nameRu, String nameEn) {
        public UUID id() {
            return UUID.nameUUIDFromBytes(("tizim-demo-party:" + code).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** In the order of their (demo) state registration, which decides equal remainders. */
    public static final List<DemoParty> PARTIES = List.of(
            new DemoParty("AMANAT", "«AMANAT» партиясы", "Партия «AMANAT»", "AMANAT Party"),
            new DemoParty("AUYL", "«Ауыл» халықтық-демократиялық патриоттық партиясы",
                    "Народно-демократическая патриотическая партия «Ауыл»", "Auyl People's Democratic Patriotic Party"),
            new DemoParty("AKZHOL", "«Ақ жол» демократиялық партиясы", "Демократическая партия «Ак жол»",
                    "Ak Zhol Democratic Party"),
            new DemoParty("QHP", "Қазақстан Халық партиясы", "Народная партия Казахстана", "People's Party of Kazakhstan"),
            new DemoParty("OSDP", "Жалпыұлттық социал-демократиялық партия",
                    "Общенациональная социал-демократическая партия", "Nationwide Social Democratic Party"),
            new DemoParty("BAYTAQ", "«Байтақ» жасылдар партиясы", "Партия зелёных «Байтақ»", "Baytaq Green Party"),
            new DemoParty("RESPUBLICA", "«Respublica» партиясы", "Партия «Respublica»", "Respublica Party"));

    /** Seats each party won in 2023 (the CEC's final results, CL "On Elections", Art. 97-1); its list names these plus {@link #SPARE_NAMES}, at least {@link #MIN_NAMES}. */
    static final Map<String, Integer> SEATS_2023 = Map.of("AMANAT", 40, "AUYL", 8, "RESPUBLICA", 6, "QHP", 5, "BAYTAQ", 0,
            "AKZHOL", 6, "OSDP", 4);
    static final int SPARE_NAMES = 5;
    static final int MIN_NAMES = 6;

    /** A demo district and who stands there: a party's short name, or SELF for a self-nominated citizen. */
    public record DemoDistrict(String code, List<String> nominators) {
        String unitCode() {
            return "KZ-" + code.substring("mazhilis-2023.smd-".length(), "mazhilis-2023.smd-".length() + 2);
        }
    }

    /**
     * Districts with hand-picked candidates; every other district of the election gets {@link #generated} ones, so that
     * all 29 have candidates (and, in ballot-service and results-service, ballots and protocols): certification waits
     * for every contest of the election.
     */
    public static final List<DemoDistrict> DISTRICTS = List.of(
            new DemoDistrict("mazhilis-2023.smd-75-01", List.of("AMANAT", "SELF", "SELF")),
            new DemoDistrict("mazhilis-2023.smd-75-02", List.of("AMANAT", "RESPUBLICA", "OSDP", "SELF")),
            new DemoDistrict("mazhilis-2023.smd-71-01", List.of("AMANAT", "AKZHOL", "SELF")),
            new DemoDistrict("mazhilis-2023.smd-79-01", List.of("AMANAT", "AUYL")),
            new DemoDistrict("mazhilis-2023.smd-62-01", List.of("AMANAT", "QHP", "SELF")));

    /**
     * Who stands in a district without hand-picked candidates, the {@code n}-th of them: AMANAT's candidate, another
     * party's in turn, and a self-nominated citizen.
     */
    static DemoDistrict generated(String code, int n) {
        return new DemoDistrict(code, List.of("AMANAT", PARTIES.get(1 + n % (PARTIES.size() - 1)).code(), "SELF"));
    }

    /** The districts of the election, those of {@link #DISTRICTS} first, then the others in code order. */
    static List<DemoDistrict> allDistricts(List<String> districtCodes) {
        List<DemoDistrict> all = new ArrayList<>(DISTRICTS);
        List<String> picked = DISTRICTS.stream().map(DemoDistrict::code).toList();
        districtCodes.stream().filter(code -> !picked.contains(code)).sorted()
                .forEach(code -> all.add(generated(code, all.size() - DISTRICTS.size())));
        return all;
    }

    static final String ELECTION = "mazhilis-2023";
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** Registration decisions of the demo: 15 February 2023, before registration closed on the 18th. */
    static final OffsetDateTime REGISTERED_AT = LocalDateTime.of(2023, 2, 15, 15, 0).atZone(ALMATY).toOffsetDateTime();
    /** District candidates' party members are taken from this far into the member list, after the list candidates. */
    static final int DISTRICT_MEMBER_OFFSET = 500;

    @Inject
    PartyService parties;

    @Inject
    NominationService nominations;

    @Inject
    PartyListService partyLists;

    @Inject
    ElectionService elections;

    @ConfigProperty(name = "tizim.demo.enabled", defaultValue = "false")
    boolean enabled;

    void load(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        List<Region> regions = Region.listInOrder();
        List<String> units = regions.stream().map(region -> region.code).toList();
        if (Party.count() == 0) {
            for (int p = 0; p < PARTIES.size(); p++) {
                DemoParty demo = PARTIES.get(p);
                PartyApi.ApplicationRequest request = new PartyApi.ApplicationRequest(demo.nameKk(), demo.nameRu(),
                        demo.nameEn(), demo.code(), withCheckDigit("0201404" + String.format("%04d", p + 1)),
                        LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 20),
                        new PartyApi.InitiativeGroup(1000, units));
                Party party = parties.apply(demo.id(), request, ACTOR);
                parties.uploadMembers(party, new StringReader(members(p, units)), null, ACTOR);
                parties.decide(party.id, PartyStatus.Action.REGISTER, null, null, ACTOR);
            }
            LOG.infof("Demo data: %d parties registered", PARTIES.size());
        }
        if (Election.findByIdOrCode(ELECTION).isEmpty()) {
            elections.create(mazhilis2023(), unit -> true, ACTOR);
            LOG.info("Demo data: election mazhilis-2023 with its 30 contests");
        }
        recordCandidates(regions);
        LOG.infof("Demo data: registry loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Each party's list and the districts' candidates, as the commission registered them in February 2023; a list
     * or district that has them already is left alone.
     */
    private void recordCandidates(List<Region> regions) {
        Map<String, String> residence = new LinkedHashMap<>();
        regions.forEach(region -> residence.put(region.code, region.nameKk));
        for (int p = 0; p < PARTIES.size(); p++) {
            DemoParty party = PARTIES.get(p);
            if (QuarkusTransaction.requiringNew().call(() -> PartyList.count("contest.code = ?1 and partyId = ?2",
                    ELECTION + ".list", party.id())) > 0) {
                continue;
            }
            int names = Math.max(MIN_NAMES, SEATS_2023.get(party.code()) + SPARE_NAMES);
            List<String> iins = memberIins(p, names);
            List<NominationApi.Person> candidates = new ArrayList<>();
            for (int i = 0; i < names; i++) {
                // Every third name a woman, and some young men: well above the 30 % quota (Art. 89).
                boolean woman = i % 3 == 1;
                QuotaCategory quota = woman ? QuotaCategory.WOMAN : i % 10 == 9 ? QuotaCategory.YOUTH : null;
                candidates.add(DemoCandidates.person(p * 1000L + i, iins.get(i), woman, quota,
                        regions.get((p * 7 + i) % regions.size()).nameKk));
            }
            // Lists were filed on different days inside the nomination window (20 January – 8 February 2023).
            NominationService.Recorded when = new NominationService.Recorded(
                    LocalDateTime.of(2023, 1, 27, 11, 0).plusDays(p).atZone(ALMATY).toOffsetDateTime(), REGISTERED_AT);
            partyLists.recordListRegistration(new NominationApi.PartyListRequest(ELECTION + ".list", party.id(), candidates),
                    "demo-agent-" + party.code().toLowerCase(java.util.Locale.ROOT), when, ACTOR);
        }
        LOG.infof("Demo data: the party lists of %s registered", ELECTION + ".list");
        int citizens = 0;
        List<DemoDistrict> districts = allDistricts(QuarkusTransaction.requiringNew().call(() -> Contest
                .listFor(Election.findByIdOrCode(ELECTION).orElseThrow()).stream()
                .filter(c -> c.kind == ContestKind.SINGLE_MANDATE).map(c -> c.code).toList()));
        for (int d = 0; d < districts.size(); d++) {
            DemoDistrict district = districts.get(d);
            if (QuarkusTransaction.requiringNew().call(() -> Nomination.count("contest.code", district.code())) > 0) {
                citizens += (int) district.nominators().stream().filter("SELF"::equals).count();
                continue;
            }
            for (int c = 0; c < district.nominators().size(); c++) {
                String nominator = district.nominators().get(c);
                boolean self = nominator.equals("SELF");
                int partyIndex = self ? -1 : partyIndex(nominator);
                String iin = self ? citizenIin(++citizens) : memberIins(partyIndex, DISTRICT_MEMBER_OFFSET + d + 1)
                        .get(DISTRICT_MEMBER_OFFSET + d);
                NominationApi.Person person = DemoCandidates.person(100_000L + d * 10L + c, iin, (d + c) % 3 == 2, null,
                        residence.get(district.unitCode()));
                NominationApi.NominationRequest request = new NominationApi.NominationRequest(district.code(),
                        self ? Route.SELF : Route.PARTY, self ? null : PARTIES.get(partyIndex).id(), null, person, null, null);
                String filer = self ? "demo-citizen-" + citizens : "demo-agent-" + nominator.toLowerCase(java.util.Locale.ROOT);
                NominationService.Recorded when = new NominationService.Recorded(
                        LocalDateTime.of(2023, 2, 1 + c, 10, 30).atZone(ALMATY).toOffsetDateTime(), REGISTERED_AT);
                nominations.recordRegistration(request, filer, when, ACTOR);
            }
        }
        LOG.infof("Demo data: the candidates of %d districts registered", districts.size());
    }

    private static int partyIndex(String code) {
        for (int p = 0; p < PARTIES.size(); p++) {
            if (PARTIES.get(p).code().equals(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no demo party " + code);
    }

    /** The 2023 snap election as called on 19 January 2023, with the 2021 shares that set deposit exemptions. */
    private static ElectionApi.ElectionRequest mazhilis2023() {
        Map<UUID, BigDecimal> shares2021 = new LinkedHashMap<>();
        shares2021.put(PARTIES.get(0).id(), new BigDecimal("71.09"));
        shares2021.put(PARTIES.get(2).id(), new BigDecimal("10.95"));
        shares2021.put(PARTIES.get(3).id(), new BigDecimal("9.10"));
        shares2021.put(PARTIES.get(1).id(), new BigDecimal("5.29"));
        return new ElectionApi.ElectionRequest(
                ElectionKind.MAZHILIS, "mazhilis-2023",
                "Выборы депутатов Мажилиса Парламента 2023", LocalDate.of(2023, 3, 19), LocalDate.of(2023, 1, 19),
                "Asia/Almaty", "KZ", null, null,
                new ElectionApi.CalendarOverride(LocalDate.of(2023, 1, 20),
                        LocalDate.of(2023, 2, 8), LocalDate.of(2023, 2, 18)),
                shares2021);
    }

    private static String members(int partyIndex, List<String> units) {
        StringBuilder csv = new StringBuilder();
        List<String> iins = memberIins(partyIndex, units.size() * MEMBERS_PER_UNIT);
        for (int u = 0; u < units.size(); u++) {
            for (int i = 0; i < MEMBERS_PER_UNIT; i++) {
                csv.append(iins.get(u * MEMBERS_PER_UNIT + i)).append(',').append(units.get(u)).append('\n');
            }
        }
        return csv.toString();
    }

    /** The first {@code count} synthetic members of party {@code partyIndex}: 9, the index, a serial, the check digit. */
    static List<String> memberIins(int partyIndex, int count) {
        List<String> iins = new ArrayList<>();
        for (int serial = 0; iins.size() < count; serial++) {
            String iin = withCheckDigit(String.format("9%d%09d", partyIndex, serial));
            if (iin != null) {
                iins.add(iin);
            }
        }
        return iins;
    }

    /** The n-th demo citizen's IIN (1, 2, …): 80, a serial, the check digit; nobody's, and no party member's. */
    static String citizenIin(int n) {
        String iin = null;
        for (int serial = n * 10; iin == null; serial++) {
            iin = withCheckDigit(String.format("80%09d", serial));
        }
        return iin;
    }

    private static String withCheckDigit(String firstEleven) {
        int check = IdentificationNumbers.checkDigit(firstEleven);
        return check < 0 ? null : firstEleven + check;
    }
}
