package org.nigehbaan.matching;

import java.util.Objects;

/**
 * One name a listed person is known by, in any script.
 *
 * @param text the name as the list writes it ("KHAN, Imran", "Zia-ul-Haq", "محمد علي")
 * @param weak true for a weak / low-quality alias (OFAC "weak a.k.a.", UN quality "Low"): such a name
 *             alone never reaches STOP and scores a little lower
 */
public record ListedName(String text, boolean weak) {

    public ListedName {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a listed name must not be blank");
        }
    }

    public static ListedName strong(String text) {
        return new ListedName(text, false);
    }

    public static ListedName weak(String text) {
        return new ListedName(text, true);
    }
}
