package org.nigehbaan.cooperation;

/**
 * A conviction returned in reply to a criminal record request.
 *
 * @param offence  the offence as the record states it
 * @param date     the date of conviction, ISO-8601, possibly partial ({@code 2019-03})
 * @param court    the convicting court
 * @param sentence the sentence or other disposal
 */
public record Conviction(String offence, String date, String court, String sentence) {
}
