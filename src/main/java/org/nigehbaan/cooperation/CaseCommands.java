package org.nigehbaan.cooperation;

import java.util.List;

/** The bodies of the steps an officer takes on a case, as clients send them (strings, validated by the service). */
public final class CaseCommands {

    private CaseCommands() {
    }

    /**
     * Acknowledge, start review, accept, refuse, withdraw.
     *
     * @param note   what the officer wants on the timeline
     * @param reason why; required to refuse or withdraw
     * @param on     the day it happened (default today; never future, never before the previous step)
     */
    public record Step(String note, String reason, String on) {
    }

    /**
     * The response. Criminal record replies carry {@code convictions} (empty: no trace).
     */
    public record Respond(String note, String on, List<ConvictionInput> convictions) {
    }

    public record ConvictionInput(String offence, String date, String court, String sentence) {
    }

    /**
     * An extradition's case-specific arrangement.
     *
     * @param reference  the arrangement's reference
     * @param basis      its legal basis (default: Extradition Act 2003 s.194)
     * @param agreedOn   when it was agreed
     * @param assurances at least one
     */
    public record Arrangement(String reference, String basis, String agreedOn, List<AssuranceInput> assurances) {
    }

    public record AssuranceInput(String kind, String text, String givenBy, String givenOn) {
    }

    /**
     * The outcome of a returnee's nationality verification.
     *
     * @param outcome    VERIFIED or NOT_VERIFIED
     * @param reference  the verifying body's reference
     * @param verifiedBy default NADRA
     * @param on         when (default today)
     */
    public record NationalityCheck(String outcome, String reference, String verifiedBy, String on) {
    }

    /**
     * Schedules or reschedules a return.
     *
     * @param returnDate     the planned day of return
     * @param noticeGivenOn  when the return was notified (default today)
     * @param travelDocument replaces the one on record, if given
     * @param note           for the timeline
     * @param on             the day the return was accepted and scheduled (default: the notice date if given,
     *                       otherwise today)
     */
    public record Schedule(String returnDate, String noticeGivenOn, TravelDocumentInput travelDocument, String note,
                           String on) {
    }

    /** @param returnedOn the day the person was returned (default today) */
    public record Complete(String returnedOn, String note) {
    }

    /** @param sharedWithUk whether the UK sees the case; @param sharedFields which field groups */
    public record Sharing(Boolean sharedWithUk, List<String> sharedFields) {
    }

    /** A message to the other side; attachments come alongside as {@link IncomingFile}s. */
    public record NewMessage(String body) {
    }

    /** An uploaded file: the name the client gave and its bytes. */
    public record IncomingFile(String fileName, byte[] content) {
    }
}
