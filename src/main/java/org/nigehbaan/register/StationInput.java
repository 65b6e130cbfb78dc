package org.nigehbaan.register;

/**
 * The police station that manages a registrant.
 *
 * @param name     the station
 * @param district its district: register officers work district by district
 */
public record StationInput(String name, String district) {
}
