/**
 * The matching engine: finds the listed identities a traveller may be, scored in [0,1] and explained.
 * A plain library (no Spring, no database) that depends only on {@code identity}.
 *
 * <p>The pipeline reads top to bottom: {@link org.nigehbaan.matching.normalizers normalise} (script,
 * honorifics, particles, consonant skeletons) → {@link org.nigehbaan.matching.index generate candidates}
 * from an in-memory inverted index → {@link org.nigehbaan.matching.comparators compare} names, dates of
 * birth, documents → combine into one score → explain in words an officer can read.
 *
 * <p>Entry points: {@link org.nigehbaan.matching.MatchingEngine} (thread-safe index of
 * {@link org.nigehbaan.matching.ListedIdentity}s, queried with a {@link org.nigehbaan.matching.Traveller}),
 * {@link org.nigehbaan.matching.MatchThresholds} (REFER and STOP), and
 * {@link org.nigehbaan.matching.NameSimilarity} for comparing two names alone.
 */
package org.nigehbaan.matching;
