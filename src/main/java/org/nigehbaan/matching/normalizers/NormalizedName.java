package org.nigehbaan.matching.normalizers;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A name after normalisation: its parts in written order (given names first when the source wrote
 * "LAST, First"), and the father's name if the source carried one inline ("Imran s/o Ahmed").
 *
 * <p>The parts are held in an array that is shared, not copied: the index keeps only these arrays for its
 * millions of names and wraps them in a {@code NormalizedName} when it compares one.
 *
 * @param original   the name as written
 * @param parts      the parts (do not modify)
 * @param fatherName the father's/husband's name split off an "s/o", "d/o", "w/o" or "son of", or null
 * @param abjad      written in Arabic/Urdu script
 */
public record NormalizedName(String original, NameToken[] parts, String fatherName, boolean abjad) {

    public NormalizedName(String original, List<NameToken> tokens, String fatherName, boolean abjad) {
        this(original, tokens.toArray(new NameToken[0]), fatherName, abjad);
    }

    /** The parts as a read-only list. */
    public List<NameToken> tokens() {
        return Collections.unmodifiableList(Arrays.asList(parts));
    }

    public NameToken get(int i) {
        return parts[i];
    }

    public int size() {
        return parts.length;
    }

    public boolean isEmpty() {
        return parts.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedName n && n.original.equals(original) && Arrays.equals(n.parts, parts)
                && java.util.Objects.equals(n.fatherName, fatherName) && n.abjad == abjad;
    }

    @Override
    public int hashCode() {
        return original.hashCode() * 31 + Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return "NormalizedName[" + original + " → " + Arrays.toString(parts) + (fatherName == null ? "" : ", father "
                + fatherName) + "]";
    }
}
