package org.nigehbaan.childprotection;

/** What a report is about (the NCMEC CyberTipline's incident types, as API.md lists them). */
public enum IncidentType {
    CSAM,
    ONLINE_ENTICEMENT,
    GROOMING,
    SEXTORTION,
    HARASSMENT,
    CHILD_SEX_TRAFFICKING,
    UNSOLICITED_OBSCENE_MATERIAL,
    OTHER
}
