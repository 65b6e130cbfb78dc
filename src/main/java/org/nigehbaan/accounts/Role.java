package org.nigehbaan.accounts;

/**
 * What a user may do (DOMAIN.md, "Who uses it"). Roles are not hierarchical: an administrator manages users
 * and imports but approves nothing, so that no one account can both propose and approve a listing.
 */
public enum Role {
    /** FIA, DGIP or any referring agency: proposes control-list entries, extensions, removals. */
    LIST_OFFICER,
    /** Ministry of Interior: approves or rejects proposals, never their own. */
    LIST_APPROVER,
    /** FIA Immigration at airports and land ports: screens travellers at exit and entry, reviews hits. */
    BORDER_OFFICER,
    /** FIA Immigration shift in-charge: confirms or revokes "not this person" redress, sees the shift's screenings. */
    BORDER_SUPERVISOR,
    /** DGIP passport offices and missions: screens passport applicants. */
    PASSPORT_OFFICER,
    /** NPB or provincial police: registers sex offenders, records notifications and verifications. */
    REGISTER_OFFICER,
    /** MoI, FIA, NAB, ANF: works cooperation cases with the UK. */
    CASE_OFFICER,
    /** UK Home Office / NCA liaison: sees and acts only on cases shared with the UK. */
    PARTNER_LIAISON,
    /** NCCIA or a police child-protection unit: triages reports of children's online harassment. */
    CHILD_PROTECTION_OFFICER,
    /** A platform's or hotline's system (a service account): submits reports of children's online harassment. */
    PLATFORM_REPORTER,
    /** Delivery unit: reads programme figures, no personal data. */
    ANALYST,
    /** Oversight: reads the audit log. */
    AUDITOR,
    /** System owner: users, roles, policies, bulk imports. */
    ADMIN;

    /** Roles whose grant needs a second administrator (DOMAIN.md, "Who uses it"; CJIS AC-5/AC-6). */
    public static final java.util.Set<Role> PRIVILEGED = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(ADMIN, LIST_APPROVER, AUDITOR));

    public boolean privileged() {
        return PRIVILEGED.contains(this);
    }

    /**
     * The role this one may never be held with on one account, or null: an administrator neither approves
     * listings nor audits their own administration (separation of duties).
     */
    public static String incompatibility(java.util.Set<Role> roles) {
        if (roles.contains(ADMIN) && roles.contains(AUDITOR)) {
            return "ADMIN and AUDITOR cannot be held by one account (separation of duties)";
        }
        if (roles.contains(ADMIN) && roles.contains(LIST_APPROVER)) {
            return "ADMIN and LIST_APPROVER cannot be held by one account (separation of duties)";
        }
        return null;
    }

    /** The authority name Spring Security checks ({@code ROLE_LIST_OFFICER}). */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role parse(String raw) {
        try {
            return Role.valueOf(raw.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a role: use one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
