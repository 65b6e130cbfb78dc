package org.nigehbaan.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Component;

/**
 * What a password must be (NIST SP 800-63B §3.1.1.2; ASVS 5.0 V6.2): at least 12 characters and up to 256 (any
 * script: a long Urdu passphrase is welcome), not a common or breached password, not the username or the service's
 * name, not one character or a short run repeated; no composition or rotation rules. The list of common and
 * breached passwords ships with the service ({@code accounts/common-passwords.txt.gz}, see its LICENSE file).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    static final String LIST = "accounts/common-passwords.txt.gz";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Why the password is refused, in words a person can act on, or null when it is acceptable. */
    public String problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return "is required";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (length > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        String folded = fold(password);
        if (username != null && !username.isBlank() && folded.contains(fold(username))) {
            return "must not contain the username";
        }
        if (folded.contains("nigehbaan")) {
            return "must not contain the service's name";
        }
        if (isCommon(folded)) {
            return "is on the list of common or breached passwords: choose another, e.g. a few unrelated words";
        }
        if (repetitive(folded)) {
            return "must not be one character or a short run of characters repeated";
        }
        return null;
    }

    /**
     * A listed password as it is, or with digits and symbols around it ("dragon2024!!", "!!qwerty123456"), or
     * the same with its separators taken out ("pass-word-1234").
     */
    boolean isCommon(String folded) {
        if (common.contains(folded)) {
            return true;
        }
        String core = folded.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (!core.isEmpty() && common.contains(core)) {
            return true;
        }
        String joined = folded.replaceAll("[\\s\\-_.]+", "");
        return !joined.equals(folded) && (common.contains(joined)
                || common.contains(joined.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "")));
    }

    static boolean repetitive(String s) {
        int[] cps = s.codePoints().toArray();
        for (int unit = 1; unit <= 4 && unit < cps.length; unit++) {
            boolean repeats = true;
            for (int i = unit; i < cps.length && repeats; i++) {
                repeats = cps[i] == cps[i % unit];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return common.size();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>(70_000);
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the classpath");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isEmpty()) {
                        set.add(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
