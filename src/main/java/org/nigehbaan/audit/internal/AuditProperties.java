package org.nigehbaan.audit.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the audit chain's signing key and signed heads live, and how often the head is signed.
 *
 * @param signingKey      the Ed25519 key pair (PEM), created on first start; default
 *                        {@code <nigehbaan.data-dir>/audit/signing-key.pem}, its public half beside it as
 *                        {@code signing-key.pem.pub}
 * @param signedHeadsFile every signed head is appended here, for the operator to ship elsewhere; default
 *                        {@code <nigehbaan.data-dir>/audit/signed-heads.csv}
 * @param signingInterval how often the head is signed (also at shutdown); default five minutes
 */
@ConfigurationProperties("nigehbaan.audit")
public record AuditProperties(Path signingKey, Path signedHeadsFile, @DefaultValue("PT5M") Duration signingInterval) {
}
