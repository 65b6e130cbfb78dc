package org.nigehbaan.screening.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.matching.Traveller;

/**
 * What identifies "the same traveller" for redress (API.md): the same document, the same CNIC, or the same
 * name and full date of birth. Names are compared after folding case, accents, punctuation and word order, so
 * "KHAN, Imran" and "Imran Khan" are one fingerprint. A partial date of birth (a year) does not make a
 * fingerprint: two namesakes born in the same year are common, and clearing one must not clear the other.
 */
public final class TravellerFingerprints {

    private TravellerFingerprints() {
    }

    public static Set<String> of(Traveller t) {
        Set<String> f = new LinkedHashSet<>();
        for (PassportNumber p : t.passportNumbers()) {
            f.add("DOC:" + p.value());
        }
        if (t.cnic() != null) {
            f.add("CNIC:" + t.cnic().digits());
        }
        if (t.dateOfBirth() != null && t.dateOfBirth().isComplete()) {
            for (String name : t.names()) {
                String n = foldName(name);
                if (!n.isEmpty()) {
                    f.add("NAMEDOB:" + n + "|" + t.dateOfBirth());
                }
            }
        }
        return f;
    }

    /** Lower case, letters only (any script), words sorted: the same name however it was typed or ordered. */
    static String foldName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
        if (s.isEmpty()) {
            return "";
        }
        String[] words = s.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }
}
