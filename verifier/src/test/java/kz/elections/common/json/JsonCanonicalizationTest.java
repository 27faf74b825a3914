package kz.elections.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 8785 (JSON Canonicalization Scheme), checked against the RFC's own examples. */
class JsonCanonicalizationTest {

    /** §3.2.2: the example input, its canonical text, and (§3.2.4) the UTF-8 bytes of that text. */
    @Test
    void canonicalizesTheRfcsExampleOfPrimitives() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";

        String canonical = JsonCanonicalization.canonicalize(input);

        assertEquals("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}", canonical);
        assertEquals("7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72 75 65 2c 66 61 6c 73 65 5d 2c"
                + " 22 6e 75 6d 62 65 72 73 22 3a 5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31 65"
                + " 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37 5d 2c 22 73 74 72 69 6e 67 22 3a 22"
                + " e2 82 ac 24 5c 75 30 30 30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d",
                HexFormat.ofDelimiter(" ").formatHex(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** §3.2.3: properties sorted by their names' UTF-16 code units, not by code points nor by UTF-8 bytes. */
    @Test
    void sortsPropertiesByUtf16CodeUnitsAsTheRfcsExample() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";

        String canonical = JsonCanonicalization.canonicalize(input);

        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"\uD83D\uDE00\":\"Emoji: Grinning Face\",\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}", canonical);
    }

    /** Appendix B: the RFC's table of IEEE 754 doubles (as hex bits) and their JSON text. */
    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2" })
    void writesNumbersAsTheRfcsAppendixB(String ieee754, String json) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16));

        assertEquals(json, JsonCanonicalization.number(value));
        assertEquals("[" + json + "]", JsonCanonicalization.canonicalize("[" + json + "]"));
    }

    /** Appendix B: NaN and Infinity have no JSON form. */
    @ParameterizedTest
    @ValueSource(strings = { "7fffffffffffffff", "7ff0000000000000", "fff0000000000000" })
    void refusesNaNAndInfinity(String ieee754) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16));

        assertThrows(IllegalArgumentException.class, () -> JsonCanonicalization.number(value));
    }

    @Test
    void refusesANumberBeyondTheDoubleRange() {
        assertThrows(IllegalArgumentException.class, () -> JsonCanonicalization.canonicalize("[1e400]"));
    }

    /** I-JSON (RFC 7493), which RFC 8785 requires of its input: property names are unique. */
    @Test
    void refusesDuplicatePropertyNames() {
        assertThrows(IllegalArgumentException.class, () -> JsonCanonicalization.canonicalize("{\"a\":1,\"a\":2}"));
    }

    /** I-JSON: strings are valid Unicode, so a lone surrogate is refused. */
    @Test
    void refusesALoneSurrogate() {
        assertThrows(IllegalArgumentException.class, () -> JsonCanonicalization.canonicalize("[\"\\udead\"]"));
    }

    @Test
    void writesEveryControlCharacterAsECMAScriptDoes() {
        String canonical = JsonCanonicalization.canonicalize("[\"\\u0000\\b\\t\\n\\u000b\\f\\r\\u001f \\u007f\"]");

        assertEquals("[\"\\u0000\\b\\t\\n\\u000b\\f\\r\\u001f \u007f\"]", canonical);
    }

    @Test
    void keepsArrayOrderAndSortsNestedObjects() {
        String canonical = JsonCanonicalization.canonicalize("{\"b\":[{\"z\":1,\"y\":{\"d\":2,\"c\":3}},[3,1]],\"a\":{}}");

        assertEquals("{\"a\":{},\"b\":[{\"y\":{\"c\":3,\"d\":2},\"z\":1},[3,1]]}", canonical);
    }

    @Test
    void sameValueLaidOutDifferentlyHasOneText() {
        String laidOut = "{ \"x\" : 1.0 , \"y\" : [ 1e2 , -0.0 , \"\\u0041\" ] }";

        assertEquals("{\"x\":1,\"y\":[100,0,\"A\"]}", JsonCanonicalization.canonicalize(laidOut));
    }

    @Test
    void hashIsTheSha256OfTheUtf8Text() {
        assertEquals("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
                JsonCanonicalization.sha256("{}"));
    }
}
