package kz.elections.law.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Kazakh alphabetical order of candidates on a ballot (CL "On Elections", Art. 37). */
class KazakhOrderTest {

    /** The 42 letters of the Kazakh Cyrillic alphabet, in order. */
    private static final List<String> ALPHABET = List.of(
            "А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я".split(" "));

    private final Comparator<String> kazakh = KazakhOrder.TEXT;

    @Test
    void alphabetHas42Letters() {
        assertEquals(42, ALPHABET.size());
    }

    @ParameterizedTest(name = "shuffle seed {0}")
    @ValueSource(longs = { 1, 2, 3, 2023, 42 })
    void sortsTheShuffledAlphabetIntoKazakhOrder(long seed) {
        List<String> letters = new ArrayList<>(ALPHABET);
        Collections.shuffle(letters, new Random(seed));

        letters.sort(kazakh);

        assertEquals(ALPHABET, letters);
    }

    @ParameterizedTest(name = "{0} < {1} < {2}")
    @CsvSource({
            "А, Ә, Б",
            "Г, Ғ, Д",
            "К, Қ, Л",
            "Н, Ң, О",
            "О, Ө, П",
            "У, Ұ, Ү",
            "Ұ, Ү, Ф",
            "Х, Һ, Ц",
            "Ы, І, Ь",
    })
    void putsEachExtraLetterRightAfterItsBase(String before, String letter, String after) {
        assertTrue(kazakh.compare(before, letter) < 0, before + " must precede " + letter);
        assertTrue(kazakh.compare(letter, after) < 0, letter + " must precede " + after);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
            "Ысқақов, Ісатаев",
            "Абдуллин, Әбілов",
            "Әбілов, Бекова",
            "Ғабитов, Дәулетов",
            "Гүлнар, Ғалым",
            "Қасымов, Лұқпанов",
            "Кенжебаев, Қасымов",
            "Ұлықбеков, Үсенов",
            "Үсенов, Фазылов",
            "Нұрланов, Ңаев",
            "Оспанов, Өтепов",
            "Хасенов, Һашимов",
            "Ісатаев, Ьвов",
            "Ахметов, Ахметова",
    })
    void ordersSurnamesInKazakhOrder(String first, String second) {
        assertTrue(kazakh.compare(first, second) < 0, first + " must precede " + second);
        assertTrue(kazakh.compare(second, first) > 0, second + " must follow " + first);
    }

    @Test
    void sortsALowerCaseSurnameWithItsCapitalisedFormNotAfterYa() {
        List<String> surnames = new ArrayList<>(List.of("Яковлев", "Бекова", "әбілов", "Абдуллин", "Әбілов"));

        surnames.sort(kazakh);

        assertEquals(List.of("Абдуллин", "әбілов", "Әбілов", "Бекова", "Яковлев"), surnames);
    }

    @Test
    void codePointOrderGetsTheseSurnamesWrongWhichIsWhyIcuIsNeeded() {
        List<String> surnames = Arrays.asList("Ісатаев", "Бекова", "Ысқақов", "Әбілов", "Абдуллин");
        List<String> icu = new ArrayList<>(surnames);
        List<String> codePoints = new ArrayList<>(surnames);

        icu.sort(kazakh);
        Collections.sort(codePoints);

        assertEquals(List.of("Абдуллин", "Әбілов", "Бекова", "Ысқақов", "Ісатаев"), icu);
        // І (U+0406) and Ә (U+04D8) sit outside the Russian block, so String.compareTo misplaces both
        assertEquals(List.of("Ісатаев", "Абдуллин", "Бекова", "Ысқақов", "Әбілов"), codePoints);
        assertNotEquals(icu, codePoints);
    }

    @Test
    void treatsNullAsEmptySoItSortsFirst() {
        assertTrue(kazakh.compare(null, "А") < 0);
        assertEquals(0, kazakh.compare(null, ""));
    }

    record Person(String surname, String name, String patronymic, int registration) {
    }

    @Test
    void ordersPeopleBySurnameThenNameThenPatronymicAndNamesakesByTheirTieBreaker() {
        List<Person> people = new ArrayList<>(List.of(
                new Person("Ахметов", "Ерлан", "Серікұлы", 2),
                new Person("Ахметов", "Ерлан", "Серікұлы", 1),
                new Person("Ахметов", "Ерлан", "Асанұлы", 3),
                new Person("Ахметов", "Әлихан", null, 4),
                new Person("Әбенов", "Ұлан", "Қайратұлы", 5)));

        people.sort(KazakhOrder.byName(Person::surname, Person::name, Person::patronymic)
                .thenComparing(Person::registration));

        assertEquals(List.of(4, 3, 1, 2, 5), people.stream().map(Person::registration).toList());
    }
}
