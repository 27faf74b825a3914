package kz.elections.law.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** An exact non-negative rational number, kept in lowest terms; shown as "n/d" and as a rounded decimal. */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    public Fraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        return new Fraction(numerator, denominator);
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public BigInteger floor() {
        return numerator.divide(denominator);
    }

    /** The part after the whole number. */
    public Fraction fractionalPart() {
        return new Fraction(numerator.mod(denominator), denominator);
    }

    public Fraction times(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public BigDecimal decimal(int digits) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), new MathContext(40, RoundingMode.HALF_EVEN))
                .setScale(digits, RoundingMode.HALF_EVEN);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
