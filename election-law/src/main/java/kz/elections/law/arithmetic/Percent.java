package kz.elections.law.arithmetic;

import java.math.BigDecimal;

/**
 * Shares of whole numbers, exactly. The law says "at least 30 %" of a list or "1 %" of the voters without
 * saying how a share of a small number rounds; Tizim rounds the requirement up, so that the requirement
 * is never less than the share the law names (30 % of 7 names is 2.1: 3 are required).
 */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** ⌈whole × percent / 100⌉: the fewest that make at least {@code percent} % of {@code whole}. */
    public static long roundedUp(long whole, int percent) {
        return ceilDiv(Math.multiplyExact(whole, percent), 100);
    }

    /** ⌈whole × numerator / denominator⌉: the fewest that make at least that share (2/3 of 20 units: 14). */
    public static long roundedUp(long whole, int numerator, int denominator) {
        return ceilDiv(Math.multiplyExact(whole, numerator), denominator);
    }

    /** Whether {@code part} is at least {@code percent} % of {@code whole}: part × 100 ≥ percent × whole. */
    public static boolean atLeast(long part, BigDecimal percent, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    /** Whether {@code part} is more than {@code percent} % of {@code whole}: part × 100 > percent × whole. */
    public static boolean moreThan(long part, BigDecimal percent, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole))) > 0;
    }

    private static long ceilDiv(long dividend, long divisor) {
        return Math.floorDiv(dividend + divisor - 1, divisor);
    }
}
