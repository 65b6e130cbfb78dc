package org.nigehbaan.matching.normalizers;

import java.util.List;

/**
 * A name after normalisation: its parts in written order (given names first when the source wrote
 * "LAST, First"), and the father's name if the source carried one inline ("Imran s/o Ahmed").
 *
 * @param original   the name as written
 * @param tokens     the parts
 * @param fatherName the father's/husband's name split off an "s/o", "d/o", "w/o" or "son of", or null
 * @param abjad      written in Arabic/Urdu script
 */
public record NormalizedName(String original, List<NameToken> tokens, String fatherName, boolean abjad) {

    public NormalizedName {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
