package org.nigehbaan.controllist;

import java.time.Instant;
import java.util.List;

/**
 * A bulk import (API.md): staged with its counts and refused lines, then approved or rejected by a LIST_APPROVER
 * who did not import it. Until approval the counts say what the import would do; after, what it did.
 *
 * @param importId          the import's id, recorded on every entry it created or updated
 * @param status            STAGED, APPROVED or REJECTED
 * @param source            the system the rows come from: an import updates only entries an earlier import of
 *                          the same source created
 * @param approvalReference the reference of the Federal Government's approval of these listings
 * @param importedBy        who staged it
 * @param stagedAt          when
 * @param imported          new entries it creates (created, once approved)
 * @param updated           existing entries of the same source whose data it changes
 * @param unchanged         rows identical to what is already stored
 * @param rejected          the refused rows, by line number (the header is line 1); at most
 *                          {@link #MAX_REPORTED_REJECTIONS} are listed
 * @param rejectedCount     how many rows were refused in all (at staging, and by the approval)
 * @param decidedBy         the approver who approved or rejected it, or null
 * @param decidedAt         when, or null
 * @param decisionComment   their comment, or null
 * @param refusedAtApproval rows the approval could no longer apply (their entry ended, or another source took
 *                          the external id meanwhile), also listed in {@code rejected}; null before approval
 * @param rowsSha256        SHA-256 over the staged rows' SHA-256 hashes in line order; null before approval
 * @param manifestSha256    SHA-256 of the manifest ({@code GET …/imports/{id}/manifest}); null before approval
 */
public record ImportResult(long importId, ImportStatus status, String source, String approvalReference,
                           String importedBy, Instant stagedAt, int imported, int updated, int unchanged,
                           List<RejectedLine> rejected, int rejectedCount, String decidedBy, Instant decidedAt,
                           String decisionComment, Integer refusedAtApproval, String rowsSha256,
                           String manifestSha256) {

    public static final int MAX_REPORTED_REJECTIONS = 10_000;
    public static final String DEFAULT_SOURCE = "LEGACY-PCL";

    /** A refused row and every reason it was refused. */
    public record RejectedLine(long line, List<String> errors) {
    }
}
