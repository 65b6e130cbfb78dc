package org.nigehbaan.register;

/**
 * A registrant's number on the register.
 *
 * @param value the database id, from 1
 */
public record RegistrantId(long value) {

    /** Prefix of a registrant's key in a screening index, as in {@code SOR-42}. */
    public static final String INDEX_PREFIX = "SOR-";

    public RegistrantId {
        if (value < 1) {
            throw new IllegalArgumentException("a registrant id is a positive number");
        }
    }

    /** The key under which screening indexes this registrant: {@code SOR-<id>}. */
    public String indexKey() {
        return INDEX_PREFIX + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
