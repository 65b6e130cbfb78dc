package org.nigehbaan.audit;

/** The last sealed row's number and hash: publish it elsewhere to anchor the log against rewriting. */
public record ChainHead(long seq, String hash) {
}
