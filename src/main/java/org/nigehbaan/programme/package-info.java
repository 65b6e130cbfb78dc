/**
 * The delivery unit (DOMAIN.md, "Delivery unit"): the programme's figures from every module side by side, the
 * analysts' dashboard with targets an administrator sets, and the steering-committee report (PDF and CSV).
 *
 * <p>A read model over the other modules' published figures: it depends only on their APIs (each module's
 * {@code figures(ReportingPeriod, Actor)}), never on their tables. Each module enters through one small adapter,
 * a {@link org.nigehbaan.programme.internal.FiguresSource}; adding a module's figures (the child-protection
 * module's {@code childReports}) is one more adapter and one more allowed dependency here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "accounts", "audit", "identity",
        "controllist", "screening", "register", "cooperation", "childprotection"})
package org.nigehbaan.programme;
