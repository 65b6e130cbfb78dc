package org.nigehbaan.matching.normalizers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Given names that stand for one another (Elizabeth, Liz, Beth; William, Bill; Robert, Bob), from the public
 * nickname list of carltonnorthern/nicknames (Apache License 2.0), shipped unchanged as the resource
 * {@code nicknames/names.csv} with its licence. Two names are equivalents when they share a canonical name: the
 * name itself where the list gives it nicknames, and every name that lists it as a nickname.
 *
 * <p>Equivalents are weaker evidence than spelling variants: Bill is not a way of writing William but another
 * name the same person may go by, and one nickname stands for several names (Al: Albert, Alexander, Alfred).
 */
public final class GivenNameEquivalents {

    private static final String[] NONE = new String[0];
    private static final Map<String, String[]> CANONICAL = load();

    private GivenNameEquivalents() {
    }

    /** The canonical names this given name stands for (sorted; empty when the list does not know it). */
    public static String[] canonicalNames(String name) {
        return CANONICAL.getOrDefault(name, NONE);
    }

    /** Whether two different given names stand for a common canonical name. */
    public static boolean equivalent(String[] a, String[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static Map<String, String[]> load() {
        Map<String, TreeSet<String>> sets = new HashMap<>();
        try (InputStream in = GivenNameEquivalents.class.getResourceAsStream("nicknames/names.csv")) {
            if (in == null) {
                throw new IllegalStateException("nicknames/names.csv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                if (f.length != 3 || !f[1].equals("has_nickname")) {
                    continue; // the header, or a relation the engine does not use
                }
                String formal = clean(f[0]);
                String nick = clean(f[2]);
                if (formal.length() < 2 || nick.length() < 2) {
                    continue; // single letters are initials, compared as such
                }
                sets.computeIfAbsent(formal, k -> new TreeSet<>()).add(formal);
                sets.computeIfAbsent(nick, k -> new TreeSet<>()).add(formal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> out = new HashMap<>(sets.size() * 2);
        sets.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
        return Map.copyOf(out);
    }

    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
