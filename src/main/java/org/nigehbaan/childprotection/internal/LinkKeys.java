package org.nigehbaan.childprotection.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normal forms under which reports are linked: two reports share a key when they name the same account,
 * phone, e-mail, URL or file hash, however each reporter wrote it. The same function serves intake and
 * look-up, so a key written two ways meets itself.
 */
public final class LinkKeys {

    public static final String SHA256 = "SHA256";
    public static final String SHA1 = "SHA1";
    public static final String MD5 = "MD5";
    public static final String ACCOUNT = "ACCOUNT";
    public static final String PHONE = "PHONE";
    public static final String EMAIL = "EMAIL";
    public static final String URL = "URL";
    /** Not a stored key: a PDQ near match, found through the PDQ index. */
    public static final String PDQ = "PDQ";

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().\\-/]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern UK_POSTCODE = Pattern.compile(
            "\\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]? ?[0-9][ABD-HJLNP-UW-Z]{2})\\b",
            Pattern.CASE_INSENSITIVE);

    private LinkKeys() {
    }

    /** An account handle: lower case, without a leading @, qualified by the platform when one is known. */
    public static String account(String platform, String handle) {
        String h = handle.strip().toLowerCase(Locale.ROOT);
        while (h.startsWith("@")) {
            h = h.substring(1);
        }
        String p = platform == null ? "" : SPACES.matcher(platform.strip().toLowerCase(Locale.ROOT)).replaceAll("");
        return p + ":" + h;
    }

    /**
     * A phone number in international form: {@code +923001234567}. Accepts spaces, dashes, dots and brackets;
     * {@code 00} for {@code +}; a Pakistani mobile written {@code 03xx...} becomes {@code +923xx...}.
     *
     * @throws IllegalArgumentException when it is not 7 to 15 digits
     */
    public static String phone(String raw) {
        String s = raw.strip();
        boolean plus = s.startsWith("+");
        String digits = PHONE_PUNCTUATION.matcher(s).replaceAll("");
        if (plus) {
            digits = digits.substring(1);
        }
        if (!DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("'" + raw.strip() + "' is not a phone number: digits, spaces, dashes "
                    + "and a leading + only");
        }
        if (!plus && digits.startsWith("00")) {
            digits = digits.substring(2);
            plus = true;
        } else if (!plus && digits.length() == 11 && digits.startsWith("03")) {
            digits = "92" + digits.substring(1);
            plus = true;
        }
        if (digits.length() < 7 || digits.length() > 15) {
            throw new IllegalArgumentException("'" + raw.strip() + "' is not a phone number: 7 to 15 digits");
        }
        return plus ? "+" + digits : digits;
    }

    /** @throws IllegalArgumentException when it does not look like an e-mail address */
    public static String email(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL_SHAPE.matcher(s).matches()) {
            throw new IllegalArgumentException("'" + raw.strip() + "' is not an e-mail address");
        }
        return s;
    }

    /**
     * A URL without what does not change the page: scheme and host in lower case, no {@code www.}, no default
     * port, no fragment, no trailing slash.
     *
     * @throws IllegalArgumentException when it is not an http(s) URL with a host
     */
    public static String url(String raw) {
        String s = raw.strip();
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) {
                throw new IllegalArgumentException("'" + abbreviate(s) + "' is not an http(s) URL with a host");
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            int port = u.getPort();
            boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            return host + (defaultPort ? "" : ":" + port) + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + abbreviate(s) + "' is not a valid URL: " + e.getReason());
        }
    }

    /** Lower-case hex of exactly {@code length} digits. */
    public static String hexHash(String raw, int length, String name) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (s.length() != length || !s.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new IllegalArgumentException("is not " + name + ": " + length + " hex digits");
        }
        return s;
    }

    public static boolean isUkPhone(String normalised) {
        return normalised.startsWith("+44");
    }

    public static boolean isUkEmail(String normalised) {
        return normalised.endsWith(".uk");
    }

    public static boolean hasUkPostcode(String address) {
        return address != null && UK_POSTCODE.matcher(address).find();
    }

    /**
     * Why a suspect may be in the UK: a +44 phone, a .uk e-mail, country GBR, a UK postcode in the address. Empty
     * when nothing says so.
     */
    public static java.util.List<String> ukIndicators(java.util.List<String> phones, java.util.List<String> emails,
                                                      String country, String address) {
        java.util.List<String> uk = new java.util.ArrayList<>();
        phones.stream().filter(LinkKeys::isUkPhone).forEach(ph -> uk.add("UK phone " + ph));
        emails.stream().filter(LinkKeys::isUkEmail).forEach(e -> uk.add("UK e-mail " + e));
        if ("GBR".equals(country)) {
            uk.add("believed to be in the United Kingdom (GBR)");
        }
        if (hasUkPostcode(address)) {
            uk.add("UK postcode in the address");
        }
        return uk;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
