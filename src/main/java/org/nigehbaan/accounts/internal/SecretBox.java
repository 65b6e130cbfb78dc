package org.nigehbaan.accounts.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.nigehbaan.common.KeyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the secrets the database must keep but must not be able to reveal (officers' TOTP keys) with AES-256-GCM
 * under a key kept outside the database: {@code nigehbaan.accounts.secret-key}, by default
 * {@code <nigehbaan.data-dir>/accounts/secret-key} (32 random bytes in base64, created on first start, owner-only).
 * A copy of the database alone no longer yields anyone's second factor. Every instance must read the same key
 * file (a mounted secret in production), as the README says; back it up with the audit signing key.
 *
 * <p>A sealed value reads {@code v1:<base64 of the 12-byte nonce and the ciphertext with its tag>}; the user id is
 * bound in as associated data, so a sealed secret copied onto another account does not open.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom KEYS = new SecureRandom();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(@Value("${nigehbaan.accounts.secret-key:}") String keyFile,
              @Value("${nigehbaan.data-dir:./data}") Path dataDir) {
        Path file = keyFile == null || keyFile.isBlank() ? dataDir.resolve("accounts").resolve("secret-key")
                : Path.of(keyFile);
        this.key = new SecretKeySpec(loadOrCreate(file), "AES");
        log.info("accounts: second-factor secrets are sealed with the key in {}", file.toAbsolutePath().normalize());
    }

    /** Whether {@code stored} is sealed (older rows held the secret in clear). */
    public static boolean sealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    public String seal(long userId, String secret) {
        if (secret == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad(userId));
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The secret in a stored value (a value still in clear is returned as it is).
     *
     * @throws IllegalStateException when the value was sealed with another key or for another account
     */
    public String open(long userId, String stored) {
        if (stored == null || !sealed(stored)) {
            return stored;
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            c.updateAAD(aad(userId));
            return new String(c.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("user " + userId + ": the second-factor secret does not open with this "
                    + "instance's nigehbaan.accounts.secret-key (every instance must use the same key file)", e);
        }
    }

    private static byte[] aad(long userId) {
        return ("app_user:" + userId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != 32) {
                throw new IllegalStateException(file + " must hold 32 bytes in base64 (an AES-256 key), not " + key.length);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the accounts secret key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        KEYS.nextBytes(key);
        KeyFiles.createOnce(file, Base64.getEncoder().encodeToString(key) + "\n");
    }
}
