package org.nigehbaan.controllist;

/**
 * An entry found by a person search, with how close the matching engine finds it to what was asked.
 *
 * @param entry the entry
 * @param score the engine's score in [0,1] (1: equal document or CNIC, or equal name and full date of birth)
 * @param why   the engine's first reason, in words ("name: Muhammad ~ Mohammed")
 */
public record PersonMatch(EntrySummary entry, double score, String why) {
}
