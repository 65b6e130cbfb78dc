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
 */
public record NameToken(String display, String text, String folded, String skeleton, String stem, Role role,
                        float weight, boolean abjad) {

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
}
