package org.nigehbaan.matching.eval;

import java.nio.file.Path;
import java.util.List;

import org.nigehbaan.matching.ListedIdentity;

/** Lets ad-hoc scripts load the lists the way the evaluation does. */
public final class DebugAccess {

    private DebugAccess() {
    }

    public static List<ListLoader.Person> ofac() throws Exception {
        return ListLoader.ofac(Path.of("/work/shared/data/lists/ofac-sdn-2022-01-31"));
    }

    public static List<ListLoader.Person> un() throws Exception {
        return ListLoader.un(Path.of("/work/shared/data/lists/un-sc-consolidated-2026-02-27/consolidated.xml"));
    }

    public static ListedIdentity identity(Object p) {
        return QualityEvaluation.identity((ListLoader.Person) p, false, false);
    }

    public static ListedIdentity full(Object p) {
        return QualityEvaluation.identity((ListLoader.Person) p, true, true);
    }
}
