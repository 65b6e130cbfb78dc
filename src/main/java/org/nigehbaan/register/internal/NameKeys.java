package org.nigehbaan.register.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name keys for the register's purpose-bound search (not the screening engine): folds case, accents and
 * punctuation, drops honorifics and titles that may or may not be written, and maps common romanisation
 * variants of Pakistani names to one spelling (DOMAIN.md, "Names"). A search matches a registrant when every
 * key of the query is among the keys of the registrant's names.
 */
public final class NameKeys {

    private static final Set<String> HONORIFICS = Set.of("syed", "sayyid", "mian", "hafiz", "haji", "hajji",
            "sheikh", "shaikh", "mirza", "khawaja", "khwaja", "sardar", "begum", "bibi", "mst", "mrs", "mr", "ms",
            "dr", "ch");
    private static final Map<String, String> VARIANTS = variants();

    private NameKeys() {
    }

    private static Map<String, String> variants() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String s : List.of("mohammad", "mohammed", "muhammed", "mohamed", "muhamad", "mohamad", "mohd", "md",
                "muhammad")) {
            m.put(s, "muhammad");
        }
        for (String s : List.of("husain", "hussein", "hussain", "husein")) {
            m.put(s, "hussain");
        }
        for (String s : List.of("choudhary", "chaudhary", "chaudhri", "choudhry", "chaudhry")) {
            m.put(s, "chaudhry");
        }
        for (String s : List.of("yusuf", "yousuf", "yousaf", "yusaf")) {
            m.put(s, "yousaf");
        }
        m.put("rahman", "rehman");
        m.put("kureshi", "qureshi");
        m.put("zaheed", "zahid");
        return Map.copyOf(m);
    }

    /** The keys of one name, in order, without duplicates. */
    public static List<String> of(String name) {
        if (name == null) {
            return List.of();
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        Set<String> keys = new LinkedHashSet<>();
        for (String token : s.split(" ")) {
            if (token.isEmpty() || HONORIFICS.contains(token)) {
                continue;
            }
            keys.add(VARIANTS.getOrDefault(token, token));
        }
        return new ArrayList<>(keys);
    }

    /** Every key of several names, once each, in order: what a registrant is indexed by. */
    public static List<String> all(List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            keys.addAll(of(n));
        }
        return new ArrayList<>(keys);
    }
}
