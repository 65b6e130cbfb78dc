package org.nigehbaan.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt reads only the first 72 bytes of a password, and an Urdu letter is two bytes in UTF-8: Spring Security's
 * BCrypt encoder refuses a longer password outright (other BCrypts cut it, so that two passphrases differing only
 * at their ends match). A 40-letter Urdu passphrase is 80 bytes. This
 * encoder first reduces the password to an HMAC-SHA-256 (keyed with a constant that is specific to this purpose,
 * so the intermediate value is never a plain SHA-256 found elsewhere), written as 44 base64 characters, and
 * hands that to BCrypt; every byte of the password counts. Hashes are marked {@code {bcrypt-hmac-sha256}};
 * unmarked hashes, written before this encoder existed, are plain BCrypt and still verify.
 */
public final class PrehashingPasswordEncoder implements PasswordEncoder {

    static final String PREFIX = "{bcrypt-hmac-sha256}";
    private static final byte[] KEY = "nigehbaan password pre-hash v1".getBytes(StandardCharsets.US_ASCII);

    private final BCryptPasswordEncoder bcrypt;

    public PrehashingPasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encode(CharSequence raw) {
        return PREFIX + bcrypt.encode(prehash(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null) {
            return false;
        }
        if (encoded.startsWith(PREFIX)) {
            return bcrypt.matches(prehash(raw), encoded.substring(PREFIX.length()));
        }
        // A legacy (plain BCrypt) hash can only be of a password of at most 72 bytes.
        return raw.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 72 && bcrypt.matches(raw, encoded);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return encoded != null && !encoded.startsWith(PREFIX);
    }

    static String prehash(CharSequence raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
