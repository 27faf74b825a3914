package kz.elections.results.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import kz.elections.results.tabulation.TabulationService;

/**
 * What a result version vouches for, as SHA-256 digests (lower-case hex) of a canonical text: one line per contest,
 *
 * <pre>
 * contestCode|ballotHash|precincts|precinctsReported|votersOnList|ballotsIssued|tookPart|invalid|againstAll
 *     |position:votes,…|unitCode:precinctsReported:votersOnList:ballotsIssued:tookPart:invalid:againstAll:position=votes/…,…
 *     |held or not-held
 * </pre>
 *
 * (on one line, options in ballot order, units by code); a contest declared not held that no protocol reached is the
 * line {@code contestCode|not-held}. Each line is digested on its own ({@code contests}) and all of
 * them, in contest code order, joined by "\n", together ({@code election}). Every figure is in the published
 * document, so anyone can recompute the digests from it.
 */
public record TallyDigest(String election, SortedMap<String, String> contests) {

    /** The digests of the contests' tabulations; {@code notHeld}: the codes of contests declared not held. */
    public static TallyDigest of(List<TabulationService.Tabulation> tabulations, java.util.Set<String> notHeld) {
        SortedMap<String, String> lines = new TreeMap<>();
        tabulations.forEach(t -> lines.put(t.contestCode(), line(t, notHeld.contains(t.contestCode()))));
        notHeld.forEach(code -> lines.putIfAbsent(code, code + "|not-held"));
        SortedMap<String, String> contests = new TreeMap<>();
        lines.forEach((code, line) -> contests.put(code, sha256(line)));
        return new TallyDigest(sha256(String.join("\n", lines.values())), contests);
    }

    /**
     * The first contest whose figures differ from {@code pinned} (the digests of a published version), in code
     * order: one changed, added or taken away; null if none does.
     */
    public String firstDifferenceFrom(Map<String, String> pinned) {
        SortedMap<String, String> all = new TreeMap<>(pinned);
        all.putAll(contests);
        return all.keySet().stream().filter(code -> !java.util.Objects.equals(contests.get(code), pinned.get(code)))
                .findFirst().orElse(null);
    }

    static String line(TabulationService.Tabulation t, boolean notHeld) {
        TabulationService.Totals n = t.nation();
        return String.join("|", t.contestCode(), t.ballotHash(), Integer.toString(t.precincts()),
                Integer.toString(n.precinctsReported()), Long.toString(n.votersOnList()), Long.toString(n.ballotsIssued()),
                Long.toString(n.tookPart()), Long.toString(n.invalid()), Long.toString(n.againstAll()),
                t.options().stream().map(o -> o.position() + ":" + o.votes()).collect(Collectors.joining(",")),
                t.units().stream().sorted(java.util.Comparator.comparing(TabulationService.UnitTotals::unitCode))
                        .map(u -> String.join(":", u.unitCode(), Integer.toString(u.totals().precinctsReported()),
                                Long.toString(u.totals().votersOnList()), Long.toString(u.totals().ballotsIssued()),
                                Long.toString(u.totals().tookPart()), Long.toString(u.totals().invalid()),
                                Long.toString(u.totals().againstAll()),
                                u.options().stream().map(o -> o.position() + "=" + o.votes()).collect(Collectors.joining("/"))))
                        .collect(Collectors.joining(",")),
                notHeld ? "not-held" : "held");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
