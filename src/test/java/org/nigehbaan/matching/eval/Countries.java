package org.nigehbaan.matching.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.nigehbaan.identity.Country;

/** Country names and ISO-2 codes as the lists and yente write them, to {@link Country}. Evaluation only. */
final class Countries {

    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            String a3 = l.getISO3Country();
            if (!Country.isKnown(a3)) {
                continue;
            }
            BY_KEY.put(key(l.getDisplayCountry(Locale.ENGLISH)), a3);
            BY_KEY.put(key(iso2), a3);
            BY_KEY.put(key(a3), a3);
        }
        String[][] extra = {{"Russia", "RUS"}, {"Russian Federation", "RUS"}, {"Iran", "IRN"},
                {"Iran (Islamic Republic of)", "IRN"}, {"Syria", "SYR"}, {"Syrian Arab Republic", "SYR"},
                {"Korea, North", "PRK"}, {"North Korea", "PRK"}, {"Democratic People's Republic of Korea", "PRK"},
                {"Korea, South", "KOR"}, {"South Korea", "KOR"}, {"Republic of Korea", "KOR"},
                {"Democratic Republic of the Congo", "COD"}, {"Congo, Democratic Republic of the", "COD"},
                {"Congo", "COG"}, {"Burma", "MMR"}, {"Myanmar", "MMR"}, {"United States", "USA"},
                {"United States of America", "USA"}, {"United Kingdom", "GBR"},
                {"United Kingdom of Great Britain and Northern Ireland", "GBR"}, {"Venezuela", "VEN"},
                {"Bolivia", "BOL"}, {"Tanzania", "TZA"}, {"United Republic of Tanzania", "TZA"}, {"Viet Nam", "VNM"},
                {"Vietnam", "VNM"}, {"Laos", "LAO"}, {"Lao People's Democratic Republic", "LAO"}, {"Libya", "LBY"},
                {"Moldova", "MDA"}, {"Republic of Moldova", "MDA"}, {"Cote d Ivoire", "CIV"}, {"Ivory Coast", "CIV"},
                {"Palestinian", "PSE"}, {"Palestine", "PSE"}, {"State of Palestine", "PSE"}, {"West Bank", "PSE"},
                {"Gaza", "PSE"}, {"Macedonia", "MKD"}, {"North Macedonia", "MKD"}, {"Turkey", "TUR"}, {"Turkiye", "TUR"},
                {"Czech Republic", "CZE"}, {"Czechia", "CZE"}, {"Bosnia and Herzegovina", "BIH"}, {"Kosovo", "RKS"},
                {"Taiwan", "TWN"}, {"Brunei", "BRN"}, {"Cape Verde", "CPV"}, {"Swaziland", "SWZ"},
                {"The Gambia", "GMB"}, {"Gambia", "GMB"}, {"Bahamas", "BHS"}, {"The Bahamas", "BHS"},
                {"Micronesia", "FSM"}, {"Saint Kitts and Nevis", "KNA"}, {"Sudan", "SDN"}, {"South Sudan", "SSD"},
                {"Hong Kong", "HKG"}, {"Macau", "MAC"}, {"Kyrgyzstan", "KGZ"}, {"Yemen", "YEM"}, {"Afghanistan", "AFG"},
                {"Pakistan", "PAK"}, {"Iraq", "IRQ"}, {"Kuwait", "KWT"}, {"Qatar", "QAT"}, {"Tunisia", "TUN"},
                {"Eritrea", "ERI"}, {"Netherlands", "NLD"}, {"Holland", "NLD"}, {"Timor-Leste", "TLS"}};
        for (String[] e : extra) {
            BY_KEY.put(key(e[0]), e[1]);
        }
    }

    private Countries() {
    }

    static Country parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String k = key(raw);
        String a3 = BY_KEY.get(k);
        if (a3 == null) {
            int paren = raw.indexOf('(');
            if (paren > 0) {
                a3 = BY_KEY.get(key(raw.substring(0, paren)));
            }
        }
        return a3 == null ? null : new Country(a3);
    }

    private static String key(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        String k = sb.toString();
        return k.startsWith("the") && k.length() > 6 ? k.substring(3) : k;
    }
}
