package org.nigehbaan.identity.mrz;

/** The check digits an MRZ may carry, named as the API reports them when one fails. */
public enum MrzCheck {
    DOCUMENT_NUMBER("document_number"),
    BIRTH_DATE("birth_date"),
    /** The expiry date of a document, the "valid until" date of a visa. */
    EXPIRY_DATE("expiry_date"),
    /** TD3 only: the personal number (or other optional data) in line 2, positions 29-42. */
    PERSONAL_NUMBER("personal_number"),
    /** TD1, TD2, TD3: over the document number, dates and optional data; visas have none. */
    COMPOSITE("composite");

    private final String key;

    MrzCheck(String key) {
        this.key = key;
    }

    /** The stable snake_case name: {@code document_number}, {@code birth_date}, ... */
    public String key() {
        return key;
    }
}
