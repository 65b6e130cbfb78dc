package org.nigehbaan.register.policy;

/**
 * An offence in the catalogue.
 *
 * @param statute     {@code PPC} (Pakistan Penal Code 1860) or {@code PECA} (Prevention of Electronic Crimes
 *                    Act 2016)
 * @param section     the section, e.g. {@code 376}, {@code 377B}
 * @param title       what the section punishes, in a few words
 * @param registrable true when a conviction makes the person a sex offender (Act 2021 s.2(1)(h)); false for
 *                    offences that only make an FIR a sexual-crime FIR (a police request may cite them)
 * @param sornaTier   the US SORNA tier (1-3) the offence is mapped to under the SORNA policy
 * @param source      where the entry comes from
 */
public record Offence(String statute, String section, String title, boolean registrable, int sornaTier,
                      String source) {

    public Offence {
        if (sornaTier < 1 || sornaTier > 3) {
            throw new IllegalArgumentException("a SORNA tier is 1, 2 or 3");
        }
    }

    /** {@code PPC 376}. */
    public String code() {
        return statute + " " + section;
    }
}
