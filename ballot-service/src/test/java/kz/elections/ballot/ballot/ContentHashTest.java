package kz.elections.ballot.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kz.elections.ballot.ballot.BallotDocument.Option;
import kz.elections.ballot.ballot.BallotDocument.OptionKind;
import kz.elections.common.json.JsonCanonicalization;

/** The canonical JSON of a ballot document and the SHA-256 protocols are counted against. */
class ContentHashTest {

    private static final UUID AMANAT = UUID.fromString("9f939ef7-c6e8-3aeb-9eb4-252a78be9a3c");
    private static final UUID NOMINATION = UUID.fromString("0d8b3f5e-2c1a-4b7e-9f0a-1a2b3c4d5e6f");

    @Test
    void writesASmallDocumentAsSortedJsonWithoutWhiteSpace() {
        BallotDocument ballot = new BallotDocument("mazhilis-2023.list", "mazhilis-2023", "PARTY_LIST",
                LocalDate.of(2023, 3, 19), List.of(
                        new Option(1, OptionKind.PARTY, AMANAT, "«AMANAT» партиясы", "Партия «AMANAT»", "AMANAT", "AMANAT"),
                        new Option(2, OptionKind.AGAINST_ALL, null, "Барлығына қарсы", "Против всех", null, null)));

        String json = ContentHash.canonicalJson(ballot);

        assertEquals("{\"contestCode\":\"mazhilis-2023.list\",\"contestKind\":\"PARTY_LIST\","
                + "\"electionCode\":\"mazhilis-2023\",\"electionDay\":\"2023-03-19\",\"options\":["
                + "{\"detailKk\":\"AMANAT\",\"detailRu\":\"AMANAT\",\"kind\":\"PARTY\",\"labelKk\":\"«AMANAT» партиясы\","
                + "\"labelRu\":\"Партия «AMANAT»\",\"position\":1,\"ref\":\"9f939ef7-c6e8-3aeb-9eb4-252a78be9a3c\"},"
                + "{\"detailKk\":null,\"detailRu\":null,\"kind\":\"AGAINST_ALL\",\"labelKk\":\"Барлығына қарсы\","
                + "\"labelRu\":\"Против всех\",\"position\":2,\"ref\":null}]}", json);
    }

    @Test
    void theCanonicalFormIsRfc8785SoAnyImplementationGivesTheSameText() {
        BallotDocument ballot = candidateBallot("Ысқақов\tБауыржан\u001fСерікұлы \"Бәке\" / \\");

        String json = ContentHash.canonicalJson(ballot);

        // ECMAScript's escapes: tab short, other controls as lower-case hex, quote and backslash escaped, slash as is.
        assertTrue(json.contains("\"labelKk\":\"Ысқақов\\tБауыржан\\u001fСерікұлы \\\"Бәке\\\" / \\\\\""), json);
        assertEquals(json, JsonCanonicalization.canonicalize(json.replace(",", " ,\n  ")
                .replace("Ысқақов\\tБауыржан", "\\u042b\\u0441\\u049b\\u0430\\u049b\\u043e\\u0432\\u0009Бауыржан")));
    }

    @Test
    void sortsPropertiesAlphabeticallyAtEveryLevel() {
        String json = ContentHash.canonicalJson(candidateBallot("Ысқақов Бауыржан Серікұлы"));

        assertInOrder(json, "\"contestCode\"", "\"contestKind\"", "\"electionCode\"", "\"electionDay\"", "\"options\"");
        String option = json.substring(json.indexOf("\"options\""));
        assertInOrder(option, "\"detailKk\"", "\"detailRu\"", "\"kind\"", "\"labelKk\"", "\"labelRu\"", "\"position\"",
                "\"ref\"");
    }

    @Test
    void writesNoWhiteSpaceOutsideValues() {
        String json = ContentHash.canonicalJson(candidateBallot("Ысқақов Бауыржан Серікұлы"));

        String outsideStrings = json.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
        assertTrue(outsideStrings.chars().noneMatch(Character::isWhitespace), outsideStrings);
    }

    @Test
    void writesTheElectionDayAsAnIsoDate() {
        String json = ContentHash.canonicalJson(candidateBallot("Ысқақов Бауыржан Серікұлы"));

        assertTrue(json.contains("\"electionDay\":\"2023-03-19\""), json);
    }

    @Test
    void hashIs64LowerCaseHexDigits() {
        String hash = ContentHash.sha256(candidateBallot("Ысқақов Бауыржан Серікұлы"));

        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    }

    @Test
    void hashIsTheSha256OfTheUtf8CanonicalJson() throws Exception {
        BallotDocument ballot = candidateBallot("Ысқақов Бауыржан Серікұлы");

        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(ContentHash.canonicalJson(ballot).getBytes(StandardCharsets.UTF_8));

        assertEquals(HexFormat.of().formatHex(digest), ContentHash.sha256(ballot));
    }

    @Test
    void equalDocumentsHaveEqualHashes() {
        BallotDocument first = candidateBallot("Ысқақов Бауыржан Серікұлы");
        BallotDocument second = candidateBallot("Ысқақов Бауыржан Серікұлы");

        assertEquals(first, second);
        assertEquals(ContentHash.canonicalJson(first), ContentHash.canonicalJson(second));
        assertEquals(ContentHash.sha256(first), ContentHash.sha256(second));
    }

    static Stream<Arguments> oneChange() {
        BallotDocument base = candidateBallot("Ысқақов Бауыржан Серікұлы");
        Option candidate = base.options().get(0);
        Option against = base.options().get(1);
        return Stream.of(
                Arguments.of("Kazakh label", withOptions(base, new Option(1, OptionKind.CANDIDATE, NOMINATION,
                        "Ысқақов Бауыржан Серікулы", candidate.labelRu(), candidate.detailKk(), candidate.detailRu()), against)),
                Arguments.of("Russian label", withOptions(base, new Option(1, OptionKind.CANDIDATE, NOMINATION,
                        candidate.labelKk(), "Искаков Бауржан Серикович", candidate.detailKk(), candidate.detailRu()), against)),
                Arguments.of("against-all label", withOptions(base, candidate, new Option(2, OptionKind.AGAINST_ALL, null,
                        "Барлығына қарсы", "против всех", null, null))),
                Arguments.of("option order", withOptions(base, new Option(1, OptionKind.AGAINST_ALL, null,
                        "Барлығына қарсы", "Против всех", null, null), new Option(2, OptionKind.CANDIDATE, NOMINATION,
                                candidate.labelKk(), candidate.labelRu(), candidate.detailKk(), candidate.detailRu()))),
                Arguments.of("election day", new BallotDocument(base.contestCode(), base.electionCode(), base.contestKind(),
                        LocalDate.of(2023, 3, 20), base.options())));
    }

    @ParameterizedTest(name = "a changed {0} changes the hash")
    @MethodSource("oneChange")
    void anyChangeChangesTheHash(String change, BallotDocument changed) {
        BallotDocument base = candidateBallot("Ысқақов Бауыржан Серікұлы");

        assertNotEquals(ContentHash.sha256(base), ContentHash.sha256(changed));
    }

    @Test
    void parsingTheCanonicalJsonGivesBackTheDocument() {
        BallotDocument ballot = candidateBallot("Ысқақов Бауыржан Серікұлы");

        BallotDocument parsed = ContentHash.parse(ContentHash.canonicalJson(ballot));

        assertEquals(ballot, parsed);
        assertEquals(ContentHash.sha256(ballot), ContentHash.sha256(parsed));
    }

    private static BallotDocument candidateBallot(String labelKk) {
        return new BallotDocument("mazhilis-2023.smd-75-03", "mazhilis-2023", "SINGLE_MANDATE", LocalDate.of(2023, 3, 19),
                List.of(new Option(1, OptionKind.CANDIDATE, NOMINATION, labelKk, "Искаков Бауыржан Серикович",
                        "өзін-өзі ұсыну", "самовыдвижение"),
                        new Option(2, OptionKind.AGAINST_ALL, null, "Барлығына қарсы", "Против всех", null, null)));
    }

    private static BallotDocument withOptions(BallotDocument base, Option... options) {
        return new BallotDocument(base.contestCode(), base.electionCode(), base.contestKind(), base.electionDay(),
                List.of(options));
    }

    private static void assertInOrder(String text, String... parts) {
        int previous = -1;
        for (String part : parts) {
            int at = text.indexOf(part);
            assertTrue(at > previous, part + " must come after the previous property in " + text);
            previous = at;
        }
    }
}
