package org.nigehbaan.matching.eval;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;
import org.nigehbaan.matching.Match;
import org.nigehbaan.matching.MatchThresholds;
import org.nigehbaan.matching.MatchingEngine;
import org.nigehbaan.matching.Traveller;
import org.nigehbaan.matching.comparators.EditDistance;
import org.nigehbaan.matching.comparators.NameComparator;
import org.nigehbaan.matching.comparators.NameComparison;
import org.nigehbaan.matching.normalizers.NameNormalizer;
import org.nigehbaan.matching.normalizers.NameToken;
import org.nigehbaan.matching.normalizers.NormalizedName;
import org.nigehbaan.matching.normalizers.Skeletons;

/**
 * The error analysis behind docs/matching.md ("Where the misses are"): every miss of the alias, name-bench and
 * negatives evaluations sorted into one category each, by rules on the two normalised names (never by hand),
 * counted, with examples written to a file for reading. Run like {@link QualityEvaluation}:
 * {@code ErrorAnalysis ../shared/data out-dir [aliases,namebench,negatives]}.
 */
public final class ErrorAnalysis {

    static final double REFER = MatchThresholds.REFER;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path out = Path.of(args.length > 1 ? args[1] : "target/error-analysis");
        Set<String> only = args.length > 2 ? Set.of(args[2].split(",")) : Set.of();
        Files.createDirectories(out);
        List<ListLoader.Person> ofac = ListLoader.ofac(data.resolve("lists/ofac-sdn-2022-01-31"));
        List<ListLoader.Person> un = ListLoader.un(data.resolve("lists/un-sc-consolidated-2026-02-27/consolidated.xml"));
        List<ListLoader.Person> all = new ArrayList<>(ofac);
        all.addAll(un);
        if (only.isEmpty() || only.contains("aliases")) {
            MatchingEngine primaries = new MatchingEngine();
            primaries.upsertAll(all.stream().map(p -> QualityEvaluation.identity(p, false, false)).toList());
            aliases("OFAC strong aliases", primaries, ofac, out.resolve("ofac-strong.txt"));
            aliases("UN Good aliases", primaries, un, out.resolve("un-good.txt"));
        }
        if (only.isEmpty() || only.contains("namebench")) {
            nameBench(data, out.resolve("namebench.txt"));
        }
        if (only.isEmpty() || only.contains("negatives")) {
            negatives(data, all, out.resolve("negatives-name-only.txt"));
        }
    }

    static void aliases(String label, MatchingEngine engine, List<ListLoader.Person> people, Path file) throws Exception {
        Tally tally = new Tally();
        int n = 0;
        for (ListLoader.Person p : people) {
            for (String a : p.strongAliases()) {
                n++;
                List<Match> m = engine.match(Traveller.named(a), 10, 0);
                boolean top = QualityEvaluation.topIncludes(m, Set.of(p.id()));
                if (top && m.get(0).score() >= REFER) {
                    continue;
                }
                NormalizedName q = NameNormalizer.normalize(a);
                NormalizedName l = NameNormalizer.normalize(p.primary());
                NameComparison c = NameComparator.compare(q, l, false);
                String cat = c.score() >= REFER ? "outranked: own primary ≥ REFER, another identity scores higher"
                        : classify(q, l, c);
                tally.add(cat, String.format(Locale.ROOT, "%s  |  %s  |  own %.3f%s", a, p.primary(), c.score(),
                        m.isEmpty() ? "" : String.format(Locale.ROOT, "  top %s %.3f", m.get(0).matchedName(), m.get(0).score())));
            }
        }
        tally.print(label + " missed at REFER (of " + n + ")", file);
    }

    static void nameBench(Path data, Path file) throws Exception {
        Tally fn = new Tally();
        Tally fp = new Tally();
        List<CSVRecord> rows = ListLoader.csv(data.resolve("eval/name-bench/cases.csv"));
        for (CSVRecord r : rows.subList(1, rows.size())) {
            if (!r.get(1).equals("Person")) {
                continue;
            }
            boolean truth = Boolean.parseBoolean(r.get(4));
            NormalizedName q = NameNormalizer.normalize(r.get(2));
            NormalizedName l = NameNormalizer.normalize(r.get(3));
            NameComparison c = NameComparator.compare(q, l, false);
            boolean predicted = c.score() >= REFER;
            String line = String.format(Locale.ROOT, "%s  |  %s  |  %.3f  %s", r.get(2), r.get(3), c.score(), pairs(c));
            if (truth && !predicted) {
                fn.add(classify(q, l, c), line);
            } else if (!truth && predicted) {
                fp.add(classify(q, l, c), line);
            }
        }
        try (PrintStream ps = new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8)) {
            fn.print("name-bench false negatives at REFER", ps);
            fp.print("name-bench false positives at REFER", ps);
        }
    }

    static void negatives(Path data, List<ListLoader.Person> all, Path file) throws Exception {
        MatchingEngine full = new MatchingEngine();
        full.upsertAll(all.stream().map(p -> QualityEvaluation.identity(p, true, true)).toList());
        Tally tally = new Tally();
        int n = 0;
        for (String f : List.of("negatives_global.csv", "negatives_us.csv")) {
            List<CSVRecord> rows = ListLoader.csv(data.resolve("eval/yente/" + f));
            for (CSVRecord r : rows.subList(1, rows.size())) {
                if (r.get(0).isBlank()) {
                    continue;
                }
                n++;
                List<Match> m = full.match(Traveller.named(r.get(0)), 1, REFER);
                if (m.isEmpty()) {
                    continue;
                }
                NormalizedName q = NameNormalizer.normalize(r.get(0));
                NormalizedName l = NameNormalizer.normalize(m.get(0).matchedName());
                NameComparison c = NameComparator.compare(q, l, false);
                tally.add(falseReferKind(q, l, c), String.format(Locale.ROOT, "%s  |  %s  |  %.3f  %s", r.get(0),
                        m.get(0).matchedName(), m.get(0).score(), pairs(c)));
            }
        }
        tally.print("name-only false REFERs (of " + n + " negatives)", file);
    }

    /** Why an innocent name reached REFER against a listed one. */
    static String falseReferKind(NormalizedName q, NormalizedName l, NameComparison c) {
        String script = q.original().chars().anyMatch(ch -> ch > 0x24F) ? "non-Latin query" : "Latin query";
        boolean allExact = c.unmatchedQuery().isEmpty() && c.unmatchedListed().isEmpty()
                && c.pairs().stream().allMatch(p -> p.kind().name().equals("EXACT") || p.kind().name().equals("VARIANT"));
        boolean allCommon = true;
        for (NameToken t : q.parts()) {
            allCommon &= t.weight() < 1f;
        }
        String parts = c.pairs().size() + " parts paired";
        if (allExact) {
            return script + ": the whole name equals a listed name (" + parts + (allCommon ? ", all common" : "") + ")";
        }
        if (c.unmatchedQuery().isEmpty() && c.unmatchedListed().isEmpty()) {
            return script + ": every part pairs, some only as " + weakestKind(c);
        }
        return script + ": a subset of parts agrees (" + parts + ", " + c.unmatchedQuery().size() + " extra in query, "
                + c.unmatchedListed().size() + " extra listed)";
    }

    /** One category per miss: the first rule that describes it. */
    static String classify(NormalizedName q, NormalizedName l, NameComparison c) {
        List<NameToken> uq = c.unmatchedQuery();
        List<NameToken> ul = c.unmatchedListed();
        long namePairs = c.pairs().stream().filter(p -> p.similarity() > 0).count();
        if (namePairs == 0) {
            if (joinedEqual(q, l)) {
                return "joined/split parts (same letters, other word breaks)";
            }
            if (q.original().chars().anyMatch(ch -> ch > 0x24F) != l.original().chars().anyMatch(ch -> ch > 0x24F)) {
                return "different script, nothing pairs";
            }
            return bestUnpaired(uq, ul) >= 0.75 ? "no part pairs, but parts are spelt alike (spelling beyond the rules)"
                    : "a different name altogether (no part pairs)";
        }
        if (joinedEqual(q, l)) {
            return "joined/split parts (same letters, other word breaks)";
        }
        boolean initials = uq.stream().anyMatch(NameToken::isInitial) || ul.stream().anyMatch(NameToken::isInitial)
                || c.pairs().stream().anyMatch(p -> p.kind().name().equals("INITIAL"));
        if (uq.isEmpty() && ul.isEmpty()) {
            return "every part pairs; score low from " + weakestKind(c) + (initials ? " (initials)" : "")
                    + (outOfOrder(c) ? " / word order" : "");
        }
        if (uq.stream().allMatch(t -> t.role() == NameToken.Role.TITLE) && ul.stream().allMatch(t -> t.role() == NameToken.Role.TITLE)) {
            return "title/honorific only differs";
        }
        if (initials) {
            return "initials against full parts";
        }
        if (uq.isEmpty() || ul.isEmpty()) {
            int extra = uq.size() + ul.size();
            boolean rareShared = false;
            for (NameComparison.Pair p : c.pairs()) {
                rareShared |= !isCommonText(q, p.queryText()) && !isCommonText(l, p.listedText());
            }
            return "subset of parts: " + namePairs + " shared" + (rareShared ? " (a rare one among them)" : " (common only)")
                    + ", " + extra + " missing on " + (uq.isEmpty() ? "the alias/query" : "the listed") + " side";
        }
        double alike = bestUnpaired(uq, ul);
        if (alike >= 0.75) {
            return "some parts differ in spelling beyond the rules (" + spellingKind(uq, ul) + ")";
        }
        return "some parts shared, others are different parts (" + namePairs + " shared, " + uq.size() + "/" + ul.size()
                + " different)";
    }

    private static boolean isCommonText(NormalizedName n, String display) {
        for (NameToken t : n.parts()) {
            if (t.display().equals(display)) {
                return t.weight() < 1f;
            }
        }
        return false;
    }

    private static boolean outOfOrder(NameComparison c) {
        return false; // order is not recorded in the explanation; kept for the category label
    }

    private static String weakestKind(NameComparison c) {
        NameComparison.Pair w = null;
        for (NameComparison.Pair p : c.pairs()) {
            if (w == null || p.similarity() < w.similarity()) {
                w = p;
            }
        }
        return w == null ? "nothing" : w.kind().words();
    }

    private static boolean joinedEqual(NormalizedName q, NormalizedName l) {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (NameToken t : q.parts()) {
            a.append(t.folded());
        }
        for (NameToken t : l.parts()) {
            b.append(t.folded());
        }
        return q.size() != l.size() && a.toString().equals(b.toString());
    }

    /** The highest Jaro-Winkler-like closeness between an unpaired part of each side (folded spellings). */
    private static double bestUnpaired(List<NameToken> uq, List<NameToken> ul) {
        double best = 0;
        for (NameToken a : uq) {
            for (NameToken b : ul) {
                if (a.role() != NameToken.Role.NAME || b.role() != NameToken.Role.NAME) {
                    continue;
                }
                best = Math.max(best, org.nigehbaan.matching.comparators.JaroWinkler.similarity(a.folded(), b.folded()));
            }
        }
        return best;
    }

    private static String spellingKind(List<NameToken> uq, List<NameToken> ul) {
        NameToken ba = null;
        NameToken bb = null;
        double best = -1;
        for (NameToken a : uq) {
            for (NameToken b : ul) {
                double s = org.nigehbaan.matching.comparators.JaroWinkler.similarity(a.folded(), b.folded());
                if (s > best) {
                    best = s;
                    ba = a;
                    bb = b;
                }
            }
        }
        if (ba.skeleton().equals(bb.skeleton())) {
            return "same consonants, vowels differ";
        }
        if (ba.text().charAt(0) != bb.text().charAt(0)) {
            return "first letter differs";
        }
        int d = EditDistance.osa(ba.folded(), bb.folded(), 9);
        return d <= 2 ? "1–2 letters differ" : "3+ letters differ";
    }

    private static String pairs(NameComparison c) {
        StringBuilder sb = new StringBuilder("[");
        for (NameComparison.Pair p : c.pairs()) {
            sb.append(p.queryText()).append('~').append(p.listedText()).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f", p.similarity())).append(' ');
        }
        sb.append("| ");
        c.unmatchedQuery().forEach(t -> sb.append(t.display()).append(' '));
        sb.append("/ ");
        c.unmatchedListed().forEach(t -> sb.append(t.display()).append(' '));
        return sb.append(']').toString();
    }

    /** Counts per category, with every example kept for the file. */
    static final class Tally {
        final Map<String, List<String>> byCategory = new TreeMap<>();

        void add(String category, String example) {
            byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(example);
        }

        void print(String title, Path file) throws Exception {
            try (PrintStream ps = new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8)) {
                print(title, ps);
            }
        }

        void print(String title, PrintStream file) {
            int total = byCategory.values().stream().mapToInt(List::size).sum();
            System.out.println("## " + title + ": " + total);
            System.out.println("| category | count | share |");
            System.out.println("|---|---|---|");
            Map<String, List<String>> sorted = new LinkedHashMap<>();
            byCategory.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            sorted.forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %d | %.1f %% |%n", k, v.size(),
                    100.0 * v.size() / Math.max(1, total)));
            System.out.println();
            file.println("# " + title + ": " + total);
            sorted.forEach((k, v) -> {
                file.println();
                file.println("## " + k + " (" + v.size() + ")");
                v.forEach(file::println);
            });
        }
    }

    static String skeleton(String s) {
        return Skeletons.skeleton(s);
    }
}
