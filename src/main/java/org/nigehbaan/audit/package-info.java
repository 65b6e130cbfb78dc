/**
 * The hash-chained audit log: every change, and every read of a person's record, appended in the same
 * transaction as the change itself. Each row carries the hash of the one before, so any later edit,
 * deletion or reordering is found by {@link org.nigehbaan.audit.AuditLog#verify()}.
 */
package org.nigehbaan.audit;
