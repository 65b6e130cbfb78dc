/**
 * The Passport Control List (PCL) and Exit Control List (ECL): entries with a lawful lifecycle (proposed by
 * one officer, approved by another; a legal basis, reasons and notice on every entry), terms fixed by their
 * ground, automatic expiry, extensions approved again, representations with a decision deadline, bulk
 * import of legacy lists, and the events the screening index is kept current from.
 */
package org.nigehbaan.controllist;
