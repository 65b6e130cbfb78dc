package org.nigehbaan.screening;

/** A redress record was confirmed, revoked or ended: every instance reloads what it remembers of it. */
public record RedressChanged(long redressId, RedressStatus status) {
}
