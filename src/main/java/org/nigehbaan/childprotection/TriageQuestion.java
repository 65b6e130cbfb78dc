package org.nigehbaan.childprotection;

/**
 * One question of the triage questionnaire: a "yes" makes the report at least {@code grade}.
 *
 * @param id    the key in {@code answers}
 * @param grade the least grade a "yes" gives
 * @param text  the question in English, when configured without a message key
 */
public record TriageQuestion(String id, Grade grade, String text) {
}
