package kz.elections.registry.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import kz.elections.registry.nomination.NominationApi;
import kz.elections.law.list.QuotaCategory;

/**
 * Synthetic candidates for the demo data: plausible Kazakh and Russian names drawn from small lists,
 * the same person every time for the same seed. Nobody here exists; the IINs are the demo parties'
 * synthetic members or the demo citizens' generated numbers.
 */
final class DemoCandidates {

    /** Election day of the demo election: ages and the youth category are judged on it. */
    static final LocalDate ELECTION_DAY = LocalDate.of(2023, 3, 19);

    private record Name(String kk, String ru) {
    }

    /** Male surname forms; a woman's adds "а" where the surname ends in -ов, -ев or -ин. */
    private static final List<Name> KAZAKH_SURNAMES = List.of(new Name("Әбенов", "Абенов"),
            new Name("Бекмұхамедов", "Бекмухамедов"), new Name("Жұмабаев", "Жумабаев"), new Name("Қасымов", "Касымов"),
            new Name("Нұрланов", "Нурланов"), new Name("Сейітов", "Сеитов"), new Name("Төлеуов", "Тулеуов"),
            new Name("Оспанов", "Оспанов"), new Name("Ермеков", "Ермеков"), new Name("Мұсин", "Мусин"),
            new Name("Серікбаев", "Серикбаев"), new Name("Ахметов", "Ахметов"), new Name("Байжанов", "Байжанов"),
            new Name("Ғалымов", "Галымов"), new Name("Үсенов", "Усенов"), new Name("Шәкенов", "Шакенов"),
            new Name("Ыбыраев", "Ибраев"), new Name("Ілиясов", "Ильясов"), new Name("Дәулетов", "Даулетов"),
            new Name("Есімов", "Есимов"), new Name("Құдайбергенов", "Кудайбергенов"), new Name("Таңатаров", "Танатаров"));
    private static final List<Name> KAZAKH_MEN = List.of(new Name("Ерлан", "Ерлан"), new Name("Асқар", "Аскар"),
            new Name("Нұрлан", "Нурлан"), new Name("Бауыржан", "Бауыржан"), new Name("Серік", "Серик"),
            new Name("Дәурен", "Даурен"), new Name("Ғани", "Гани"), new Name("Марат", "Марат"), new Name("Қайрат", "Кайрат"),
            new Name("Жандос", "Жандос"), new Name("Ілияс", "Ильяс"), new Name("Үмбет", "Умбет"), new Name("Арман", "Арман"));
    private static final List<Name> KAZAKH_WOMEN = List.of(new Name("Айгүл", "Айгуль"), new Name("Гүлнар", "Гульнар"),
            new Name("Динара", "Динара"), new Name("Әйгерім", "Айгерим"), new Name("Жанар", "Жанар"),
            new Name("Сәуле", "Сауле"), new Name("Мәдина", "Мадина"), new Name("Ақмарал", "Акмарал"),
            new Name("Құралай", "Куралай"), new Name("Іңкәр", "Инкар"), new Name("Дана", "Дана"));
    /** Fathers' names: {@code kk} takes -ұлы / -қызы, {@code ru} -ович / -овна. */
    private static final List<Name> KAZAKH_FATHERS = List.of(new Name("Серік", "Серик"), new Name("Қанат", "Канат"),
            new Name("Болат", "Болат"), new Name("Мұрат", "Мурат"), new Name("Ержан", "Ержан"),
            new Name("Талғат", "Талгат"), new Name("Асхат", "Асхат"), new Name("Нұрлан", "Нурлан"));
    private static final List<String> SLAVIC_SURNAMES = List.of("Иванов", "Петров", "Волков", "Соколов", "Кузнецов",
            "Морозов", "Павлов", "Лебедев");
    private static final List<String> SLAVIC_MEN = List.of("Алексей", "Сергей", "Андрей", "Дмитрий", "Игорь", "Виктор");
    private static final List<String> SLAVIC_WOMEN = List.of("Ольга", "Ирина", "Елена", "Наталья", "Татьяна", "Светлана");
    /** Patronymics: {@code kk} holds the man's, {@code ru} the woman's (Russian forms in both languages). */
    private static final List<Name> SLAVIC_PATRONYMICS = List.of(new Name("Владимирович", "Владимировна"),
            new Name("Николаевич", "Николаевна"), new Name("Петрович", "Петровна"), new Name("Александрович", "Александровна"),
            new Name("Викторович", "Викторовна"), new Name("Михайлович", "Михайловна"));
    private static final List<String> OCCUPATIONS = List.of("инженер", "мұғалім", "дәрігер", "экономист", "заңгер",
            "фермер", "кәсіпкер", "мәслихат депутаты", "журналист", "құрылысшы");

    private DemoCandidates() {
    }

    /**
     * The demo person with this seed: a woman or a man, born so that they are at least 25 on election day, and
     * under 35 when {@code youth}; counted in the quota category given (null: none).
     */
    static NominationApi.Person person(long seed, String iin, boolean woman, QuotaCategory quota, String residence) {
        Random random = new Random(seed);
        String surnameKk;
        String surnameRu;
        String nameKk;
        String nameRu;
        String patronymicKk;
        String patronymicRu;
        if (random.nextInt(5) == 0) {
            String surname = pick(random, SLAVIC_SURNAMES);
            surnameKk = surnameRu = woman ? surname + "а" : surname;
            nameKk = nameRu = pick(random, woman ? SLAVIC_WOMEN : SLAVIC_MEN);
            Name patronymic = pick(random, SLAVIC_PATRONYMICS);
            patronymicKk = patronymicRu = woman ? patronymic.ru() : patronymic.kk();
        } else {
            Name surname = pick(random, KAZAKH_SURNAMES);
            Name name = pick(random, woman ? KAZAKH_WOMEN : KAZAKH_MEN);
            Name father = pick(random, KAZAKH_FATHERS);
            surnameKk = woman ? feminine(surname.kk()) : surname.kk();
            surnameRu = woman ? feminine(surname.ru()) : surname.ru();
            nameKk = name.kk();
            nameRu = name.ru();
            patronymicKk = father.kk() + (woman ? "қызы" : "ұлы");
            patronymicRu = father.ru() + (woman ? "овна" : "ович");
        }
        boolean youth = quota == QuotaCategory.YOUTH;
        // Youth: 25 to 34 on election day; others 36 to 66.
        int age = youth ? 25 + random.nextInt(10) : 36 + random.nextInt(31);
        LocalDate birthDate = ELECTION_DAY.minusYears(age + 1L).plusDays(1 + random.nextInt(364));
        return new NominationApi.Person(iin, surnameKk, nameKk, patronymicKk, surnameRu, nameRu, patronymicRu, birthDate,
                woman ? NominationApi.Sex.FEMALE : NominationApi.Sex.MALE, Math.min(age, 20 + random.nextInt(age - 19)), quota,
                pick(random, OCCUPATIONS), residence, "жоғары", true, true, null, null);
    }

    private static String feminine(String surname) {
        return surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ин") ? surname + "а" : surname;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
