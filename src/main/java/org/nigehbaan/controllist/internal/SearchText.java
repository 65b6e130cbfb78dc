package org.nigehbaan.controllist.internal;

import java.util.Locale;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.identity.Person;

/** The lower-case text an officer's free-text search looks in: names, identifiers and references. */
final class SearchText {

    private SearchText() {
    }

    static String of(Person p, String externalId, String caseReference) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(p.fullName());
        for (String a : p.aliases()) {
            sb.append(' ').append(a);
        }
        append(sb, p.fatherName());
        append(sb, p.cnic() == null ? null : p.cnic().digits());
        for (PassportNumber n : p.passportNumbers()) {
            sb.append(' ').append(n.value());
        }
        append(sb, externalId);
        append(sb, caseReference);
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null) {
            sb.append(' ').append(s);
        }
    }
}
