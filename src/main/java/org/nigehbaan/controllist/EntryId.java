package org.nigehbaan.controllist;

/** A control-list entry's id. */
public record EntryId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
