package org.nigehbaan.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects field violations while parsing a composite input, so that every bad field is reported together.
 */
public final class Violations {

    private final List<FieldViolation> list = new ArrayList<>();

    public void add(String field, String message) {
        list.add(new FieldViolation(field, message));
    }

    public void addAll(String prefix, List<FieldViolation> violations) {
        for (FieldViolation v : violations) {
            list.add(v.withPrefix(prefix));
        }
    }

    /**
     * Parses an optional value: blank input gives {@code null}; a parse failure is recorded against {@code field}.
     */
    public <T> T parseOptional(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /**
     * Trimmed text, or null when blank; records "is required" when a required value is missing and "is longer
     * than" when it exceeds {@code max} characters.
     */
    public String text(String field, String raw, boolean required, int max) {
        String s = raw == null ? null : raw.strip();
        if (s == null || s.isEmpty()) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        if (s.length() > max) {
            add(field, "is longer than " + max + " characters");
            return null;
        }
        return s;
    }

    /**
     * A full ISO date ({@code 2026-01-31}), or null when blank; a malformed, impossible
     * ({@code 2021-02-30}) or partial ({@code 2021-03}) date is recorded against the field.
     */
    public java.time.LocalDate date(String field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        try {
            PartialDate d = PartialDate.parse(raw);
            if (!d.isComplete()) {
                add(field, "'" + raw.strip() + "' is not a full date: use yyyy-MM-dd");
                return null;
            }
            return d.toLocalDate();
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /**
     * An optional enum constant, case-insensitive, or null when blank; anything else is recorded with the
     * allowed values.
     */
    public <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
        return parseOptional(field, raw, s -> {
            try {
                return Enum.valueOf(type, s.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + s.strip() + "' is not known; use one of "
                        + java.util.Arrays.toString(type.getEnumConstants()));
            }
        });
    }

    /** As {@link #enumValue}, for a lone parameter: throws {@link InvalidInputException} at once. */
    public static <E extends Enum<E>> E parseEnum(String field, String raw, Class<E> type) {
        Violations v = new Violations();
        E value = v.enumValue(field, raw, type);
        v.throwIfAny();
        return value;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(list);
    }

    /** Throws {@link InvalidInputException} when anything was recorded. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
