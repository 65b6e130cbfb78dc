package org.nigehbaan.matching;

/**
 * One line of a match's explanation.
 *
 * @param feature what was compared: {@code name}, {@code fatherName}, {@code dateOfBirth}, {@code gender},
 *                {@code nationality}, {@code cnic}, {@code passport}
 * @param detail  words an officer can read: "MOHD ≈ MUHAMMAD (romanisation variant)", "born 1984 = 1984-03-02
 *                (partial date)", "CNIC equal"
 */
public record Reason(String feature, String detail) {

    @Override
    public String toString() {
        return feature + ": " + detail;
    }
}
