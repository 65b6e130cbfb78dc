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
