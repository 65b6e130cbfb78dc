package org.nigehbaan.identity.mrz;

/**
 * One check digit verified.
 *
 * @param check    which check
 * @param data     the characters the digit covers, concatenated as ICAO 9303 prescribes
 * @param found    the check character printed in the MRZ
 * @param computed the check digit computed over {@code data}
 * @param passed   {@code found == computed}, or the TD3 exception: an empty personal number may carry
 *                 {@code <} or {@code 0}
 */
public record MrzCheckResult(MrzCheck check, String data, char found, char computed, boolean passed) {
}
