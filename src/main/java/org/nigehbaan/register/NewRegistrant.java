package org.nigehbaan.register;

import java.util.List;
import org.nigehbaan.identity.PersonInput;

/**
 * A registration as the client sends it (strings, validated by {@link RegisterService#register}).
 *
 * @param person        the identity (API.md "Person")
 * @param photoRef      reference to the photograph held elsewhere (NADRA), optional
 * @param biometricRefs references to fingerprint or other biometric records held elsewhere, optional
 * @param addresses     at least one: the current (or last known) home address first
 * @param convictions   at least one conviction under a qualifying section
 * @param riskLevel     1 (low) to 3 (high)
 * @param riskReason    why that level
 * @param station       the managing police station and its district
 * @param releasedOn    the day of release from custody (past or expected), when the registrant was imprisoned
 */
public record NewRegistrant(PersonInput person, String photoRef, List<String> biometricRefs,
                            List<AddressInput> addresses, List<ConvictionInput> convictions, Integer riskLevel,
                            String riskReason, StationInput station, String releasedOn) {
}
