package org.nigehbaan.register.policy;

/** The notification policies Nigehbaan ships; {@code nigehbaan.register.policy} chooses one. */
public enum PolicyName {
    /** Default: the UK Sexual Offences Act 2003 s.82 table and its notification duties. */
    UK_SOA_2003,
    /** The US Sex Offender Registration and Notification Act tiers (34 U.S.C. 20911, 20915, 20918). */
    US_SORNA
}
