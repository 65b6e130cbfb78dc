/**
 * The sex offender register (Anti-Rape (Investigation and Trial) Act 2021 s.24): registrants and their
 * convictions, the notification period a configurable policy computes, the registrant's duties and their
 * clocks, compliance breaches, and purpose-bound, logged access.
 *
 * <p>Other modules use only this package:
 * <ul>
 *   <li>{@link org.nigehbaan.register.RegisterDirectory}: the identities of everyone currently subject to
 *       notification (to load a screening index) and whether a departure is covered by a travel
 *       notification;</li>
 *   <li>events: {@link org.nigehbaan.register.RegistrantIdentityPublished},
 *       {@link org.nigehbaan.register.RegistrantIdentityWithdrawn},
 *       {@link org.nigehbaan.register.RegistrantProposedForPcl} and
 *       {@link org.nigehbaan.register.ComplianceBreachRaised}.</li>
 * </ul>
 * Officers' work goes through {@link org.nigehbaan.register.RegisterService},
 * {@link org.nigehbaan.register.ComplianceService} and {@link org.nigehbaan.register.DisclosureService}.
 */
package org.nigehbaan.register;
