package org.nigehbaan.identity.mrz;

/**
 * The machine readable zone layouts of ICAO Doc 9303 (8th edition, Parts 4-7), told apart by line count,
 * line width and, for the two widths visas share with documents, by a first character {@code V}.
 */
public enum MrzFormat {
    /** Identity card size 1: 3 lines of 30. */
    TD1("TD1", 3, 30, true),
    /** Identity card size 2: 2 lines of 36. */
    TD2("TD2", 2, 36, true),
    /** Passport booklet: 2 lines of 44. */
    TD3("TD3", 2, 44, true),
    /** Full-size visa: 2 lines of 44, no composite check digit. */
    MRV_A("MRVA", 2, 44, false),
    /** Small visa: 2 lines of 36, no composite check digit. */
    MRV_B("MRVB", 2, 36, false);

    private final String label;
    private final int lines;
    private final int width;
    private final boolean hasComposite;

    MrzFormat(String label, int lines, int width, boolean hasComposite) {
        this.label = label;
        this.lines = lines;
        this.width = width;
        this.hasComposite = hasComposite;
    }

    /** The name used in ICAO tables and in the test vectors: TD1, TD2, TD3, MRVA, MRVB. */
    public String label() {
        return label;
    }

    public int lines() {
        return lines;
    }

    public int width() {
        return width;
    }

    public boolean hasComposite() {
        return hasComposite;
    }

    /** Visas (MRV-A, MRV-B) carry a "valid until" date where documents carry an expiry date. */
    public boolean isVisa() {
        return this == MRV_A || this == MRV_B;
    }
}
