package org.nigehbaan.identity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A nationality or issuing state as an ISO 3166-1 alpha-3 code ({@code PAK}, {@code GBR}), including the
 * codes ICAO 9303 adds for documents: British sub-categories, UN travel documents, stateless persons
 * and refugees.
 */
public record Country(String code) {

    private static final Set<String> KNOWN = known();

    public static final Country PAKISTAN = new Country("PAK");
    public static final Country UNITED_KINGDOM = new Country("GBR");

    public Country {
        if (code == null || !KNOWN.contains(code)) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 3166 alpha-3 country code (e.g. PAK, GBR)");
        }
    }

    public static Country parse(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("a country code is required");
        }
        String s = raw.trim().toUpperCase(Locale.ROOT);
        if (s.equals("D") || s.equals("D<<")) {
            s = "DEU"; // Germany writes a single D in the MRZ
        }
        if (!KNOWN.contains(s)) {
            throw new IllegalArgumentException("'" + raw.trim() + "' is not an ISO 3166 alpha-3 country code (e.g. PAK, GBR)");
        }
        return new Country(s);
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code.toUpperCase(Locale.ROOT));
    }

    private static Set<String> known() {
        Set<String> s = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        // ICAO 9303 Part 3 codes that are not ISO 3166 countries, and Kosovo's user-assigned code.
        s.addAll(Set.of("GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE",
                "XCO", "XEC", "XPO", "XES", "XMP", "XOM", "XDC", "XXA", "XXB", "XXC", "XXX", "RKS", "EUE"));
        return Set.copyOf(s);
    }

    @Override
    public String toString() {
        return code;
    }
}
