package kz.elections.common.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON Canonicalization Scheme of RFC 8785 (JCS): one text for one JSON value, so that anyone, in any
 * language, can recompute a hash over it. Properties of every object sorted by their names as UTF-16 code units
 * (§3.2.3), no white space, strings and numbers written as ECMAScript's {@code JSON.stringify} writes them
 * (§3.2.2): numbers as the shortest decimal that reads back as the same IEEE 754 double, strings with only
 * {@code "}, {@code \} and the control characters escaped. Input is I-JSON (RFC 7493): no duplicate property
 * names, no lone surrogates, numbers within double range; anything else is refused with an
 * {@link IllegalArgumentException}.
 */
public final class JsonCanonicalization {

    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private JsonCanonicalization() {
    }

    /** The canonical text of the JSON text {@code json}. */
    public static String canonicalize(String json) {
        try (JsonParser parser = READER.createParser(json)) {
            JsonNode value = READER.readTree(parser);
            return canonicalize(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("not I-JSON: " + e.getMessage(), e);
        }
    }

    /** The canonical text of a JSON value already read (or built) as a Jackson tree. */
    public static String canonicalize(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code canonicalText}. */
    public static String sha256(String canonicalText) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void write(JsonNode value, StringBuilder out) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            out.append("null");
        } else if (value.isBoolean()) {
            out.append(value.booleanValue());
        } else if (value.isNumber()) {
            // Double.parseDouble rounds the decimal text correctly to the nearest double, as an ECMAScript parser does.
            out.append(number(Double.parseDouble(value.numberValue().toString())));
        } else if (value.isTextual()) {
            string(value.textValue(), out);
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(value.get(i), out);
            }
            out.append(']');
        } else if (value.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = value.fieldNames(); it.hasNext();) {
                names.add(it.next());
            }
            // §3.2.3: by UTF-16 code units, which is exactly how String.compareTo compares.
            names.sort(String::compareTo);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                write(value.get(names.get(i)), out);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getNodeType());
        }
    }

    /** §3.2.2.2: ECMAScript's JSON string: {@code \b \t \n \f \r \" \\} short, other controls as lower-case {@code \}u00xx. */
    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("a lone surrogate (U+" + HexFormat.of().toHexDigits(c) + ") is not I-JSON");
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HexFormat.of().toHexDigits((byte) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * §3.2.2.3: ECMAScript's Number::toString of an IEEE 754 double: the fewest significant digits that read back as
     * the same double (the nearest such when several have as few), plain notation from 1e-6 up to below 1e21,
     * otherwise an exponent with an explicit sign; minus zero is 0; NaN and the infinities are not JSON.
     */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(value + " is not a JSON number");
        }
        if (value == 0) {
            return "0";
        }
        String sign = value < 0 ? "-" : "";
        Digits digits = shortest(Math.abs(value));
        return sign + layOut(digits.significand(), digits.exponent());
    }

    /** Digits {@code significand} (no trailing zeros) and {@code exponent} n: the value is 0.significand × 10^n. */
    private record Digits(String significand, int exponent) {
    }

    private static Digits shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] { RoundingMode.FLOOR, RoundingMode.CEILING }) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (Double.parseDouble(candidate.toString()) != value) {
                    continue;
                }
                if (best == null) {
                    best = candidate;
                    continue;
                }
                int closer = candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs());
                // ECMAScript: the candidate nearest the value; of two as near, the one with the even last digit.
                if (closer < 0 || closer == 0 && lastDigitEven(candidate)) {
                    best = candidate;
                }
            }
            if (best != null) {
                BigDecimal stripped = best.stripTrailingZeros();
                BigInteger unscaled = stripped.unscaledValue();
                String significand = unscaled.toString();
                return new Digits(significand, significand.length() - stripped.scale());
            }
        }
        throw new IllegalStateException("17 significant digits always identify a double: " + value);
    }

    private static boolean lastDigitEven(BigDecimal candidate) {
        return !candidate.unscaledValue().testBit(0);
    }

    /** ECMAScript Number::toString, steps for k digits {@code s} and exponent n (value = s × 10^(n−k)). */
    private static String layOut(String s, int n) {
        int k = s.length();
        if (k <= n && n <= 21) {
            return s + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return s.substring(0, n) + "." + s.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + s;
        }
        int e = n - 1;
        String exponent = (e < 0 ? "-" : "+") + Math.abs(e);
        return k == 1 ? s + "e" + exponent : s.charAt(0) + "." + s.substring(1) + "e" + exponent;
    }
}
