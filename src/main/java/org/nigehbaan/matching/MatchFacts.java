package org.nigehbaan.matching;

/**
 * The machine-readable facts behind a score, for the screening decision policy.
 *
 * @param documentEqual       a passport/travel-document number is equal on both sides (after normalisation)
 * @param cnicEqual           the CNIC (or old NIC) is equal
 * @param cnicConflict        both sides have a CNIC and they differ
 * @param nameScore           the best name score in [0,1], before the other fields were weighed
 * @param weakAliasOnly       the best name was a weak/low-quality alias
 * @param dobAgreement        how the dates of birth agree
 * @param genderConflict      both genders known and different
 * @param nationalityConflict the traveller's nationality is known and is none of the listed ones
 * @param fatherNameScore     father's name score in [0,1], or -1 when either side has none
 */
public record MatchFacts(boolean documentEqual, boolean cnicEqual, boolean cnicConflict, double nameScore,
                         boolean weakAliasOnly, DobAgreement dobAgreement, boolean genderConflict,
                         boolean nationalityConflict, double fatherNameScore) {

    /** An equal CNIC or document number: the same person whatever the names say. */
    public boolean identifierEqual() {
        return documentEqual || cnicEqual;
    }
}
