package org.nigehbaan.matching.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;
import org.nigehbaan.identity.Country;
import org.nigehbaan.identity.Gender;
import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.matching.ListedName;
import org.nigehbaan.matching.Match;
import org.nigehbaan.matching.MatchThresholds;
import org.nigehbaan.matching.MatchingEngine;
import org.nigehbaan.matching.NameSimilarity;
import org.nigehbaan.matching.Traveller;

/**
 * The quality evaluation of issue 3 on the shared data (read-only, never copied into code). Prints one table
 * per measure. Run: see docs/matching.md ({@code java ... QualityEvaluation /work/shared/data}).
 */
public final class QualityEvaluation {

    static final double REFER = MatchThresholds.REFER;
    static final double STOP = MatchThresholds.STOP;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Set<String> only = args.length > 1 ? Set.of(args[1].split(",")) : Set.of();
        List<ListLoader.Person> ofac = ListLoader.ofac(data.resolve("lists/ofac-sdn-2022-01-31"));
        List<ListLoader.Person> un = ListLoader.un(data.resolve("lists/un-sc-consolidated-2026-02-27/consolidated.xml"));
        List<ListLoader.Person> all = new ArrayList<>(ofac);
        all.addAll(un);
        System.out.printf(Locale.ROOT, "Loaded %d OFAC and %d UN individuals; REFER=%.2f STOP=%.2f%n%n", ofac.size(),
                un.size(), REFER, STOP);
        if (only.isEmpty() || only.contains("aliases")) {
            aliases(ofac, un, all);
        }
        if (only.isEmpty() || only.contains("positives")) {
            positives(data, all);
        }
        if (only.isEmpty() || only.contains("crossscript")) {
            crossScript(data, un, all);
        }
        if (only.isEmpty() || only.contains("namebench")) {
            nameBench(data);
        }
        if (only.isEmpty() || only.contains("negatives")) {
            negatives(data, all);
        }
        if (only.isEmpty() || only.contains("pakistani")) {
            pakistani();
        }
    }

    // ---- Pakistani names (synthetic, seeds held out from the speed benchmarks) ---------------------------

    /**
     * The strengths on Pakistani names the romanisation rules must keep: 100,000 synthetic identities (seed 7,
     * not the benchmarks' 42), 4,000 travellers: half a listed person written differently (variant spelling,
     * reordered, middle name dropped, MRZ-truncated) with their date of birth, half fresh people sharing common
     * parts (namesakes) with their own date of birth and gender.
     */
    static void pakistani() {
        org.nigehbaan.matching.bench.SyntheticIdentities gen = new org.nigehbaan.matching.bench.SyntheticIdentities(7);
        List<ListedIdentity> listed = gen.generate("PK-", 100_000);
        MatchingEngine engine = new MatchingEngine();
        engine.upsertAll(listed);
        int variants = 0;
        int rank1 = 0;
        int rank1Refer = 0;
        int namesakes = 0;
        int namesakeRefer = 0;
        int namesakeStop = 0;
        for (int i = 0; i < 4_000; i++) {
            var c = gen.travellerCase(listed);
            List<Match> m = engine.match(c.traveller(), 10, 0.5);
            if (c.listedId() != null) {
                variants++;
                if (topIncludes(m, Set.of(c.listedId()))) {
                    rank1++;
                    rank1Refer += m.get(0).score() >= REFER ? 1 : 0;
                }
            } else {
                namesakes++;
                namesakeRefer += !m.isEmpty() && m.get(0).score() >= REFER ? 1 : 0;
                namesakeStop += !m.isEmpty() && m.get(0).score() >= STOP ? 1 : 0;
            }
        }
        System.out.println("## Pakistani names (synthetic, seed 7): 100,000 listed identities, 4,000 travellers; matches ≥ 0.5");
        header("travellers", "queries", "listed person at rank 1", "… and ≥ REFER", "namesakes ≥ REFER", "namesakes ≥ STOP");
        System.out.printf(Locale.ROOT, "| listed people written differently | %d | **%.4f** | %.4f | | |%n", variants,
                rank1 / (double) variants, rank1Refer / (double) variants);
        System.out.printf(Locale.ROOT, "| fresh people sharing common parts (namesakes) | %d | | | %.4f | **%d** |%n%n",
                namesakes, namesakeRefer / (double) namesakes, namesakeStop);
    }

    // ---- recall@1 of aliases → their listed person, against primary names only --------------------------

    static void aliases(List<ListLoader.Person> ofac, List<ListLoader.Person> un, List<ListLoader.Person> all) {
        MatchingEngine primaries = new MatchingEngine();
        primaries.upsertAll(all.stream().map(p -> identity(p, false, false)).toList());
        System.out.println("## recall@1: alias (name only) → its listed person; index = primary names of all "
                + all.size() + " OFAC+UN individuals");
        header("category", "queries", "recall@1 (any score)", "recall@1 ≥ REFER", "recall@1 ≥ STOP", "ms/query");
        aliasRow("OFAC strong aliases", primaries, ofac, ListLoader.Person::strongAliases);
        aliasRow("OFAC weak aliases", primaries, ofac, ListLoader.Person::weakAliases);
        aliasRow("UN aliases (quality Good)", primaries, un, ListLoader.Person::strongAliases);
        aliasRow("UN aliases (quality Low)", primaries, un, ListLoader.Person::weakAliases);
        System.out.println();
        System.out.println("## recall@1: alias (name only) → its listed person, leave-one-out; index = every name of all "
                + all.size() + " individuals except the alias being asked");
        header("category", "queries", "recall@1 (any score)", "recall@1 ≥ REFER", "recall@1 ≥ STOP", "ms/query");
        MatchingEngine full = new MatchingEngine();
        full.upsertAll(all.stream().map(p -> identity(p, true, false)).toList());
        leaveOneOutRow("OFAC strong aliases", full, ofac, true);
        leaveOneOutRow("OFAC weak aliases", full, ofac, false);
        leaveOneOutRow("UN aliases (quality Good)", full, un, true);
        leaveOneOutRow("UN aliases (quality Low)", full, un, false);
        System.out.println();
    }

    private static void leaveOneOutRow(String label, MatchingEngine engine, List<ListLoader.Person> people, boolean strong) {
        int n = 0;
        int any = 0;
        int refer = 0;
        int stop = 0;
        long t0 = System.nanoTime();
        for (ListLoader.Person p : people) {
            List<String> aliases = strong ? p.strongAliases() : p.weakAliases();
            for (int i = 0; i < aliases.size(); i++) {
                List<String> rest = new ArrayList<>(aliases);
                String asked = rest.remove(i);
                ListLoader.Person without = strong
                        ? new ListLoader.Person(p.id(), p.primary(), rest, p.weakAliases(), p.originalScript(), p.dobs(),
                                p.gender(), p.nationalities(), p.documents())
                        : new ListLoader.Person(p.id(), p.primary(), p.strongAliases(), rest, p.originalScript(), p.dobs(),
                                p.gender(), p.nationalities(), p.documents());
                engine.upsert(identity(without, true, false));
                n++;
                List<Match> m = engine.match(Traveller.named(asked), 10, 0);
                if (topIncludes(m, Set.of(p.id()))) {
                    any++;
                    refer += m.get(0).score() >= REFER ? 1 : 0;
                    stop += m.get(0).score() >= STOP ? 1 : 0;
                }
            }
            if (!aliases.isEmpty()) {
                engine.upsert(identity(p, true, false));
            }
        }
        row(label, n, any, refer, stop, (System.nanoTime() - t0) / 1e6 / Math.max(1, n));
    }

    private static void aliasRow(String label, MatchingEngine engine, List<ListLoader.Person> people,
                                 Function<ListLoader.Person, List<String>> aliases) {
        int n = 0;
        int any = 0;
        int refer = 0;
        int stop = 0;
        long t0 = System.nanoTime();
        for (ListLoader.Person p : people) {
            for (String a : aliases.apply(p)) {
                n++;
                List<Match> m = engine.match(Traveller.named(a), 10, 0);
                if (topIncludes(m, Set.of(p.id()))) {
                    any++;
                    refer += m.get(0).score() >= REFER ? 1 : 0;
                    stop += m.get(0).score() >= STOP ? 1 : 0;
                }
            }
        }
        row(label, n, any, refer, stop, (System.nanoTime() - t0) / 1e6 / Math.max(1, n));
    }

    // ---- UN positives (yente): treated (typos, reorders) and untreated, with DOB and nationality ----------

    static void positives(Path data, List<ListLoader.Person> all) throws Exception {
        MatchingEngine full = new MatchingEngine();
        full.upsertAll(all.stream().map(p -> identity(p, true, true)).toList());
        List<CSVRecord> untreated = ListLoader.csv(data.resolve("eval/yente/positives_un_untreated.csv"));
        List<CSVRecord> treated = ListLoader.csv(data.resolve("eval/yente/positives_un_treated.csv"));
        // The expected person for row i: whoever lists the untreated name of row i (the files are row-aligned).
        Map<String, Set<String>> byName = new HashMap<>();
        for (ListLoader.Person p : all) {
            for (String name : names(p)) {
                byName.computeIfAbsent(key(name), k -> new HashSet<>()).add(p.id());
            }
        }
        System.out.println("## recall@1: yente UN positives → the listed person; index = all names of all OFAC+UN individuals");
        header("category", "queries", "recall@1 (any score)", "recall@1 ≥ REFER", "recall@1 ≥ STOP", "ms/query");
        for (boolean withDob : new boolean[] {true, false}) {
            for (String which : List.of("treated", "untreated")) {
                List<CSVRecord> rows = which.equals("treated") ? treated : untreated;
                int n = 0;
                int any = 0;
                int refer = 0;
                int stop = 0;
                long t0 = System.nanoTime();
                for (int i = 1; i < rows.size(); i++) {
                    Set<String> expected = byName.get(key(untreated.get(i).get(0)));
                    if (expected == null) {
                        continue;
                    }
                    if (which.equals("treated") && rows.get(i).get(0).equals(untreated.get(i).get(0))) {
                        continue; // "treated" counts only the 170 rows that were changed
                    }
                    n++;
                    Traveller t = traveller(rows.get(i), withDob);
                    List<Match> m = full.match(t, 10, 0);
                    if (topIncludes(m, expected)) {
                        any++;
                        refer += m.get(0).score() >= REFER ? 1 : 0;
                        stop += m.get(0).score() >= STOP ? 1 : 0;
                    }
                }
                row("UN " + which + (withDob ? ", name+DOB+nationality" : ", name only"), n, any, refer, stop,
                        (System.nanoTime() - t0) / 1e6 / Math.max(1, n));
            }
        }
        System.out.println();
    }

    // ---- cross-script ----------------------------------------------------------------------------------

    static void crossScript(Path data, List<ListLoader.Person> un, List<ListLoader.Person> all) throws Exception {
        System.out.println("## recall@1: cross-script");
        header("category", "queries", "recall@1 (any score)", "recall@1 ≥ REFER", "recall@1 ≥ STOP", "ms/query");
        MatchingEngine latinOnly = new MatchingEngine();
        latinOnly.upsertAll(all.stream().map(p -> identity(p, false, true)).toList());
        int n = 0;
        int any = 0;
        int refer = 0;
        int stop = 0;
        for (ListLoader.Person p : un) {
            for (String os : p.originalScript()) {
                n++;
                List<Match> m = latinOnly.match(Traveller.named(os), 10, 0);
                if (topIncludes(m, Set.of(p.id()))) {
                    any++;
                    refer += m.get(0).score() >= REFER ? 1 : 0;
                    stop += m.get(0).score() >= STOP ? 1 : 0;
                }
            }
        }
        row("UN NAME_ORIGINAL_SCRIPT (Arabic) → Latin-listed person", n, any, refer, stop, 0);
        // watchman pairs: each expected Latin name is added to the full list as its own identity.
        List<String[]> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("eval/cross-script/cross_script_pairs.csv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            pairs.add(new String[] {f[0].trim(), f[1].trim(), f.length > 3 ? f[3].trim() : ""});
        }
        MatchingEngine withPairs = new MatchingEngine();
        withPairs.upsertAll(all.stream().map(p -> identity(p, true, true)).toList());
        for (int i = 0; i < pairs.size(); i++) {
            withPairs.upsert(ListedIdentity.named("XS-" + i, pairs.get(i)[1]));
        }
        Map<String, int[]> byScript = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            String script = Character.UnicodeScript.of(pairs.get(i)[0].codePointAt(0)).name();
            int[] c = byScript.computeIfAbsent(script, k -> new int[4]);
            c[0]++;
            List<Match> m = withPairs.match(Traveller.named(pairs.get(i)[0]), 10, 0);
            boolean hit = topIncludes(m, Set.of("XS-" + i));
            if (hit) {
                c[1]++;
                c[2] += m.get(0).score() >= REFER ? 1 : 0;
                c[3] += m.get(0).score() >= STOP ? 1 : 0;
            }
        }
        int[] total = new int[4];
        for (var e : byScript.entrySet()) {
            row("watchman pairs, " + e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], 0);
            for (int k = 0; k < 4; k++) {
                total[k] += e.getValue()[k];
            }
        }
        row("watchman pairs, all scripts", total[0], total[1], total[2], total[3], 0);
        System.out.println();
    }

    // ---- name-bench -----------------------------------------------------------------------------------

    static void nameBench(Path data) throws Exception {
        List<CSVRecord> rows = ListLoader.csv(data.resolve("eval/name-bench/cases.csv"));
        System.out.println("## name-bench, schema Person (" + (rows.size() - 1) + " rows in all); match = name score ≥ threshold");
        header("threshold", "pairs", "precision", "recall", "F1", "anchor logic-v2 F1");
        double anchor = anchorF1(data);
        for (double th : new double[] {REFER, 0.70, 0.75, 0.85, 0.90}) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int n = 0;
            for (int i = 1; i < rows.size(); i++) {
                CSVRecord r = rows.get(i);
                if (!r.get(1).equals("Person")) {
                    continue;
                }
                n++;
                boolean truth = Boolean.parseBoolean(r.get(4));
                boolean predicted = NameSimilarity.score(r.get(2), r.get(3)) >= th;
                tp += truth && predicted ? 1 : 0;
                fp += !truth && predicted ? 1 : 0;
                fn += truth && !predicted ? 1 : 0;
            }
            double p = tp / (double) Math.max(1, tp + fp);
            double rc = tp / (double) Math.max(1, tp + fn);
            System.out.printf(Locale.ROOT, "| %.2f%s | %d | %.3f | %.3f | **%.3f** | %.3f |%n", th, th == REFER ? " (REFER)" : "",
                    n, p, rc, 2 * p * rc / Math.max(1e-9, p + rc), anchor);
        }
        System.out.println();
    }

    private static double anchorF1(Path data) throws Exception {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (CSVRecord r : ListLoader.csv(data.resolve("eval/name-bench/logicv2-frozen.csv"))) {
            if (!r.get(2).equals("Person")) {
                continue;
            }
            switch (r.get(11)) {
                case "TP" -> tp++;
                case "FP" -> fp++;
                case "FN" -> fn++;
                default -> { }
            }
        }
        double p = tp / (double) (tp + fp);
        double rc = tp / (double) (tp + fn);
        return 2 * p * rc / (p + rc);
    }

    // ---- false REFER on 100,000 yente negatives ----------------------------------------------------------

    static void negatives(Path data, List<ListLoader.Person> all) throws Exception {
        MatchingEngine full = new MatchingEngine();
        full.upsertAll(all.stream().map(p -> identity(p, true, true)).toList());
        List<CSVRecord> rows = new ArrayList<>();
        for (String f : List.of("negatives_global.csv", "negatives_us.csv")) {
            List<CSVRecord> r = ListLoader.csv(data.resolve("eval/yente/" + f));
            rows.addAll(r.subList(1, r.size()));
        }
        System.out.println("## false REFER / STOP on " + rows.size() + " yente negatives; index = all names of all "
                + all.size() + " OFAC+UN individuals");
        header("query fields", "queries", "false REFER", "false REFER rate", "false STOP", "ms/query");
        for (boolean withDob : new boolean[] {true, false}) {
            int refer = 0;
            int stop = 0;
            long t0 = System.nanoTime();
            List<String> examples = new ArrayList<>();
            for (CSVRecord r : rows) {
                Traveller t = negative(r, withDob);
                if (t == null) {
                    continue;
                }
                List<Match> m = full.match(t, 1, REFER);
                if (!m.isEmpty()) {
                    refer++;
                    stop += m.get(0).score() >= STOP ? 1 : 0;
                    if (examples.size() < 8) {
                        examples.add(String.format(Locale.ROOT, "%s ~ %s %.2f", r.get(0), m.get(0).matchedName(), m.get(0).score()));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %d | **%.3f%%** | %d | %.3f |%n",
                    withDob ? "name+DOB+nationality+gender" : "name only", rows.size(), refer,
                    100.0 * refer / rows.size(), stop, (System.nanoTime() - t0) / 1e6 / rows.size());
            System.err.println("examples: " + examples);
        }
        System.out.println();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    static ListedIdentity identity(ListLoader.Person p, boolean withAliases, boolean withDetails) {
        List<ListedName> names = new ArrayList<>();
        names.add(ListedName.strong(p.primary()));
        if (withAliases) {
            p.strongAliases().forEach(a -> names.add(ListedName.strong(a)));
            p.weakAliases().forEach(a -> names.add(ListedName.weak(a)));
        }
        if (withAliases && withDetails) {
            p.originalScript().forEach(a -> names.add(ListedName.strong(a)));
        }
        return new ListedIdentity(p.id(), names, null, p.dobs(), p.gender(), p.nationalities(), null, p.documents());
    }

    private static List<String> names(ListLoader.Person p) {
        List<String> n = new ArrayList<>();
        n.add(p.primary());
        n.addAll(p.strongAliases());
        n.addAll(p.weakAliases());
        return n;
    }

    private static Traveller traveller(CSVRecord r, boolean withDob) {
        Traveller t = Traveller.named(r.get(0));
        if (withDob) {
            t = t.withDateOfBirth(date(r.get(5))).withNationality(Countries.parse(r.get(7)));
        }
        return t;
    }

    private static Traveller negative(CSVRecord r, boolean withDob) {
        if (r.get(0).isBlank()) {
            return null;
        }
        Traveller t = Traveller.named(r.get(0));
        if (withDob) {
            Gender g = r.get(4).equals("male") ? Gender.M : r.get(4).equals("female") ? Gender.F : null;
            Country c = Countries.parse(r.get(7));
            t = t.withDateOfBirth(date(r.get(5))).withNationality(c).withGender(g);
        }
        return t;
    }

    private static PartialDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : PartialDate.parse(s.trim().substring(0, Math.min(10, s.trim().length())));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Rank 1 holds an expected identity. Identities tied at the top score all hold rank 1: OFAC and UN list
     * many of the same people under the same name, and a tie between two records of one person is no miss.
     */
    static boolean topIncludes(List<Match> m, Set<String> expected) {
        for (Match x : m) {
            if (x.score() < m.get(0).score() - 1e-9) {
                return false;
            }
            if (expected.contains(x.id())) {
                return true;
            }
        }
        return false;
    }

    static String key(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void header(String... cols) {
        System.out.println("| " + String.join(" | ", cols) + " |");
        System.out.println("|" + "---|".repeat(cols.length));
    }

    private static void row(String label, int n, int any, int refer, int stop, double ms) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.3f | **%.3f** | %.3f | %.3f |%n", label, n, any / (double) Math.max(1, n),
                refer / (double) Math.max(1, n), stop / (double) Math.max(1, n), ms);
    }
}
