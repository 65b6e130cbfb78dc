package org.nigehbaan.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nigehbaan.identity.PartialDate;
import org.nigehbaan.matching.DobAgreement;
import org.nigehbaan.matching.MatchFacts;
import org.nigehbaan.matching.Reason;
import org.nigehbaan.matching.comparators.NameComparison;
import org.nigehbaan.matching.comparators.TokenComparator;
import org.nigehbaan.matching.normalizers.NameToken;

/** The explain stage: facts and name alignment into lines an officer can read. */
public final class Explainer {

    private Explainer() {
    }

    public static List<Reason> explain(MatchFacts f, NameComparison name, String listedName, PartialDate travellerDob,
                                       PartialDate listedDob, String travellerNationality, String listedNationalities,
                                       String travellerGender, String listedGender) {
        boolean fullDateExact = f.dobAgreement() == DobAgreement.EXACT && travellerDob != null && travellerDob.isComplete();
        List<Reason> r = new ArrayList<>();
        if (f.cnicEqual()) {
            r.add(new Reason("cnic", "CNIC equal"));
        }
        if (f.documentEqual()) {
            r.add(new Reason("passport", "document number equal"));
        }
        if (f.cnicConflict()) {
            r.add(new Reason("cnic", "CNIC differs"));
        }
        r.add(new Reason("name", String.format(Locale.ROOT, "%s (name score %.2f%s)", listedName, f.nameScore(),
                f.weakAliasOnly() ? ", weak alias" : "")));
        for (NameComparison.Pair p : name.pairs()) {
            String op = p.kind() == TokenComparator.Kind.EXACT ? "=" : "≈";
            String how = p.kind() == TokenComparator.Kind.EXACT ? "" : " (" + p.kind().words() + ")";
            r.add(new Reason("name", "name part " + p.queryText() + " " + op + " " + p.listedText() + how));
        }
        for (NameToken t : name.unmatchedQuery()) {
            if (t.role() != NameToken.Role.TITLE) {
                r.add(new Reason("name", "name part " + t.display() + " not in the listed name"));
            }
        }
        for (NameToken t : name.unmatchedListed()) {
            if (t.role() != NameToken.Role.TITLE) {
                r.add(new Reason("name", "listed name part " + t.display() + " not in the traveller's name"));
            }
        }
        if (f.dobAgreement() != DobAgreement.UNKNOWN) {
            String detail = switch (f.dobAgreement()) {
                case EXACT -> "born " + travellerDob + " = " + listedDob;
                case PARTIAL_COMPATIBLE -> "born " + travellerDob + " = " + listedDob + " (partial date)";
                case NEAR -> "born " + travellerDob + " ≈ " + listedDob + " (one year off or day and month swapped)";
                case CONFLICT -> "born " + travellerDob + " ≠ " + listedDob + " (conflict)";
                case UNKNOWN -> "";
            };
            r.add(new Reason("dateOfBirth", detail));
        }
        if (f.genderConflict()) {
            r.add(new Reason("gender", "gender " + travellerGender + " ≠ " + listedGender + " (conflict)"));
        }
        if (f.nationalityConflict()) {
            r.add(new Reason("nationality", "nationality " + travellerNationality + " not among " + listedNationalities));
        } else if (travellerNationality != null && listedNationalities != null && !listedNationalities.isEmpty()) {
            r.add(new Reason("nationality", "nationality " + travellerNationality + " equal"));
        }
        if (f.fatherNameScore() >= 0) {
            r.add(new Reason("fatherName", String.format(Locale.ROOT, "father's name %s (score %.2f)",
                    f.fatherNameScore() >= Factor.FATHER_AGREES_FROM ? "agrees"
                            : f.fatherNameScore() < Factor.FATHER_DIFFERS_BELOW ? "differs" : "partly agrees",
                    f.fatherNameScore())));
        }
        if (!f.identifierEqual()) {
            for (Factor factor : Factor.applying(f, fullDateExact)) {
                r.add(new Reason("score", factor.describe()));
            }
        }
        return r;
    }
}
