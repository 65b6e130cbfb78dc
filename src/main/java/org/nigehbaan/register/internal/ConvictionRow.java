package org.nigehbaan.register.internal;

import java.time.LocalDate;
import org.nigehbaan.register.Disposal;
import org.nigehbaan.register.SentenceUnit;

/** A conviction as stored, with the period the policy gave it when last assessed. */
public record ConvictionRow(long id, long registrantId, String offence, String citation, String court,
                            LocalDate convictedOn, Disposal disposal, Integer sentenceLength,
                            SentenceUnit sentenceUnit, int ageAtConviction, boolean indefinite, String period,
                            LocalDate periodEndsOn, String rule) {
}
