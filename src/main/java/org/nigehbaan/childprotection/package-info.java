/**
 * Reports of children's online harassment (DOMAIN.md): intake from the public form, platforms' service
 * accounts, helpline officers and bulk backlogs; grading against a configurable questionnaire with a deadline
 * per grade; the work queue by deadline, warnings and escalation; bundles of reports that share a hash (or a PDQ
 * hash within Hamming distance 31), an account, a phone, an e-mail or a URL; alerts when a suspect matches a
 * registrant of the sex offender register; figures without personal data. Evidence is hashes and metadata
 * only: a request carrying media is refused and nothing of it is kept.
 *
 * <p>The API is {@link org.nigehbaan.childprotection.ChildReportService} with its command, view and event
 * records in this package; everything else is in {@code internal} (the {@code ChildReport} aggregate, the
 * grading policy, the bundler and its PDQ index) and {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Child protection",
        allowedDependencies = {"common", "identity", "accounts", "audit", "matching", "register", "cooperation"})
package org.nigehbaan.childprotection;
