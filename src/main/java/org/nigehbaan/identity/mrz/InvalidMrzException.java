package org.nigehbaan.identity.mrz;

import java.util.List;
import org.nigehbaan.identity.FieldViolation;

/**
 * An MRZ that cannot be accepted, with every reason found. The web layer answers it with a 422 whose
 * {@code errors} name the failed checks ({@link #violations()}).
 */
public class InvalidMrzException extends RuntimeException {

    private final List<MrzFailure> failures;

    public InvalidMrzException(List<MrzFailure> failures) {
        super(describe(failures));
        if (failures.isEmpty()) {
            throw new IllegalArgumentException("an InvalidMrzException needs at least one failure");
        }
        this.failures = List.copyOf(failures);
    }

    static InvalidMrzException layout(String message) {
        return new InvalidMrzException(List.of(new MrzFailure("mrz", MrzFailure.Kind.LAYOUT, message)));
    }

    public List<MrzFailure> failures() {
        return failures;
    }

    /** The failures as field violations named by check: {@code document_number: check digit ...}. */
    public List<FieldViolation> violations() {
        return failures.stream().map(f -> new FieldViolation(f.field(), f.message())).toList();
    }

    private static String describe(List<MrzFailure> failures) {
        StringBuilder sb = new StringBuilder("invalid MRZ: ");
        for (int i = 0; i < failures.size(); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(failures.get(i).field()).append(": ").append(failures.get(i).message());
        }
        return sb.toString();
    }
}
