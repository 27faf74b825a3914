package kz.elections.registry.demo;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import kz.elections.registry.common.IdentificationNumbers;
import kz.elections.registry.election.ElectionApi;
import kz.elections.registry.election.ElectionKind;
import kz.elections.registry.election.ElectionService;
import kz.elections.registry.party.Party;
import kz.elections.registry.party.PartyApi;
import kz.elections.registry.party.PartyService;
import kz.elections.registry.party.PartyStatus;
import kz.elections.registry.region.Region;

/**
 * The demo data set of the local stack ({@code tizim.demo.enabled=true}): the seven parties of the
 * 2023 Mazhilis election, each registered through the same service calls a commission would make,
 * with a synthetic member list (the IINs are generated, valid by check digit, and belong to nobody),
 * and the Mazhilis 2023 election with its calling decision's calendar, its list contest and 29 districts.
 * Loaded once, into an empty registry.
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

    @Inject
    PartyService parties;

    @Inject
    ElectionService elections;

    @ConfigProperty(name = "tizim.demo.enabled", defaultValue = "false")
    boolean enabled;

    void load(@Observes StartupEvent startup) {
        if (!enabled || Party.count() > 0) {
            return;
        }
        List<String> units = Region.listInOrder().stream().map(region -> region.code).toList();
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
        elections.create(mazhilis2023(), unit -> true, ACTOR);
        LOG.info("Demo data: election mazhilis-2023 with its 30 contests");
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
        int serial = 0;
        for (String unit : units) {
            for (int i = 0; i < MEMBERS_PER_UNIT; i++) {
                String iin;
                do {
                    iin = withCheckDigit(String.format("9%d%09d", partyIndex, serial++));
                } while (iin == null);
                csv.append(iin).append(',').append(unit).append('\n');
            }
        }
        return csv.toString();
    }

    private static String withCheckDigit(String firstEleven) {
        int check = IdentificationNumbers.checkDigit(firstEleven);
        return check < 0 ? null : firstEleven + check;
    }
}
