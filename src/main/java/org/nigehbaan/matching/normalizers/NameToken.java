package org.nigehbaan.matching.normalizers;

/**
 * One part of a normalised name, with everything the comparators need precomputed.
 *
 * @param display  the part as written, upper case ("MOHD"), for explanations
 * @param text     lower-case ASCII after expansions ("muhammad")
 * @param folded   vowel-folded spelling ({@link Skeletons#folded})
 * @param skeleton consonant skeleton ({@link Skeletons#skeleton}), the index key
 * @param stem     the folded spelling without glued particles ({@link Skeletons#stem})
 * @param role     what kind of part it is
 * @param weight   how much it counts: common parts (Muhammad, Khan, Ali) count less
 * @param abjad    written in Arabic/Urdu script: short vowels unknown, compare skeletons
 * @param loose    the skeleton after the lossy merges between romanisation systems ({@link Romanisation#looseKey},
 *                 or {@link Romanisation#eastAsianKey} in a Chinese or Korean name)
 * @param equivalents the canonical given names this part stands for ({@link GivenNameEquivalents}), sorted;
 *                 usually empty
 * @param eastAsian part of a name read as Chinese or Korean ({@link Romanisation#isEastAsian})
 */
public record NameToken(String display, String text, String folded, String skeleton, String stem, Role role,
                        float weight, boolean abjad, String loose, String[] equivalents, boolean eastAsian) {

    public enum Role {
        /** An ordinary name part. */
        NAME,
        /** An honorific or clan title (Syed, Haji, Chaudhry, Mst.): counts if both sides have it, never missed. */
        TITLE,
        /** A single letter. */
        INITIAL
    }

    public boolean isInitial() {
        return role == Role.INITIAL;
    }

    /** The same token counted as an ordinary name part with full weight. */
    NameToken asName() {
        return new NameToken(display, text, folded, skeleton, stem, Role.NAME, 1f, abjad, loose, equivalents, eastAsian);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameToken t && t.text.equals(text) && t.display.equals(display) && t.role == role
                && t.weight == weight && t.abjad == abjad && t.eastAsian == eastAsian;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + display.hashCode();
    }
}
