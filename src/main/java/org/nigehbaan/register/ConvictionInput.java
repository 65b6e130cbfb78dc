package org.nigehbaan.register;

/**
 * A conviction as the client sends it.
 *
 * @param offence         the section, as {@code PPC 376}, {@code 377-B PPC} or {@code PECA 22}
 * @param court           the convicting court
 * @param convictedOn     the date of conviction (or caution), ISO
 * @param disposal        one of {@link Disposal}
 * @param sentence        the term: required for IMPRISONMENT and CONDITIONAL_DISCHARGE, absent otherwise
 * @param ageAtConviction the offender's age then; required when the date of birth is not complete, and must
 *                        agree with it when it is
 */
public record ConvictionInput(String offence, String court, String convictedOn, String disposal,
                              SentenceInput sentence, Integer ageAtConviction) {
}
