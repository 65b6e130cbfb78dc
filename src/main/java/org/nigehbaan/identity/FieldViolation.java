package org.nigehbaan.identity;

/**
 * One reason a piece of input was refused, named by the path of the field the caller sent
 * ({@code person.cnic}, {@code line 12: date_of_birth}).
 */
public record FieldViolation(String field, String message) {

    public FieldViolation withPrefix(String prefix) {
        return prefix == null || prefix.isEmpty() ? this : new FieldViolation(prefix + "." + field, message);
    }
}
