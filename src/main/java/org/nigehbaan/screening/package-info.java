/**
 * Screening travellers against the control lists (and, at exit, the sex offender register): from typed fields,
 * an MRZ, a CSV batch or an airline's PAXLST manifest. An in-memory index kept current from the other modules'
 * events (on every instance, through a change feed in PostgreSQL) answers in milliseconds and keeps answering
 * while the database is down; every screening is logged, and officers' reviews of hits are remembered so that a
 * namesake cleared once is not referred again.
 */
package org.nigehbaan.screening;
