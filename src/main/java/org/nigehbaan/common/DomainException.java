package org.nigehbaan.common;

/**
 * A request the domain refuses for a reason the caller can act on. The web layer maps each {@link Kind} to
 * one HTTP status, so services never speak HTTP.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        /** 404: no such thing (after access was checked, so ids cannot be probed). */
        NOT_FOUND,
        /** 409: the thing exists but is in a state that forbids the request (proposer approving, ...). */
        CONFLICT,
        /** 403: the caller may not do this to this thing. */
        FORBIDDEN,
        /** 422: well-formed input that breaks a rule (an MRZ whose check digit fails, ...). */
        UNPROCESSABLE,
        /** 503: a dependency (the database) is down; the caller may retry. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String title;

    public DomainException(Kind kind, String title, String detail) {
        super(detail);
        this.kind = kind;
        this.title = title;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "Not found", what + " " + id + " does not exist");
    }

    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, "Conflict", detail);
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, "Forbidden", detail);
    }

    public static DomainException unprocessable(String title, String detail) {
        return new DomainException(Kind.UNPROCESSABLE, title, detail);
    }

    public static DomainException unavailable(String detail) {
        return new DomainException(Kind.UNAVAILABLE, "Service unavailable", detail);
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }
}
