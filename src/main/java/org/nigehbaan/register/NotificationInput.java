package org.nigehbaan.register;

import org.nigehbaan.identity.PersonInput;

/**
 * A notification a registrant made in person, as the officer records it.
 *
 * @param type       INITIAL, CHANGE or PERIODIC
 * @param receivedOn the day it was made (ISO); today when absent
 * @param changedOn  for a CHANGE: the day the name or address changed
 * @param person     for a CHANGE of name or identity details: the whole identity as it now is
 * @param address    for a CHANGE of address: the new home address (the old one is closed the day before)
 * @param note       anything the officer wants on record, optional
 */
public record NotificationInput(String type, String receivedOn, String changedOn, PersonInput person,
                                AddressInput address, String note) {
}
