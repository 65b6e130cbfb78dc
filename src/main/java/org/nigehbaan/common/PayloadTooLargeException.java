package org.nigehbaan.common;

/**
 * A request body went past its configured limit while it was being read (413). Thrown from inside the body's
 * input stream, so parsers may wrap it: {@link #in(Throwable)} finds it again.
 */
public class PayloadTooLargeException extends RuntimeException {

    private final String limitName;
    private final long limitBytes;

    public PayloadTooLargeException(String limitName, long limitBytes) {
        this("the request body is larger than " + limitBytes + " bytes, the limit for " + limitName
                + " (nigehbaan.limits." + limitName + "); nothing was stored", limitName, limitBytes);
    }

    /** A limit on something other than bytes (a batch's travellers), in words. */
    public PayloadTooLargeException(String message, String limitName, long limit) {
        super(message);
        this.limitName = limitName;
        this.limitBytes = limit;
    }

    public String limitName() {
        return limitName;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** The limit breach somewhere in {@code t}'s causes, or null. */
    public static PayloadTooLargeException in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PayloadTooLargeException p) {
                return p;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
