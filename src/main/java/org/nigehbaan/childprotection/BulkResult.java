package org.nigehbaan.childprotection;

import java.util.List;
import org.nigehbaan.identity.FieldViolation;

/**
 * The outcome of a bulk intake: every valid line is a report (or was one already: the same
 * {@code sourceReportId} from the same reporter changes nothing), every invalid line is listed with its errors.
 *
 * @param lines       non-blank lines read
 * @param created     new reports
 * @param duplicates  lines whose {@code sourceReportId} this reporter had already sent (or sent twice in the file)
 * @param rejected    invalid lines, at most {@link #MAX_LISTED} of them listed
 * @param rejectedCount how many lines were invalid in all
 * @param tookMillis  time from the first line read to the commit (the bundler links the reports after)
 */
public record BulkResult(long lines, long created, long duplicates, List<Rejected> rejected, long rejectedCount,
                         long tookMillis) {

    public static final int MAX_LISTED = 1000;

    /** An invalid line, numbered from 1. */
    public record Rejected(long line, List<FieldViolation> errors) {
    }
}
