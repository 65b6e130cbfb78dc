package org.nigehbaan.common;

import java.util.Set;

/**
 * A module's entry in the service navigation and on the home page; shown to users holding any of
 * {@code roles}.
 *
 * @param path           where it leads
 * @param labelKey       message key of its label
 * @param descriptionKey message key of the one-line description on the home page
 * @param order          position, lowest first
 * @param roles          role names (without {@code ROLE_}) that see it
 */
public record NavigationLink(String path, String labelKey, String descriptionKey, int order, Set<String> roles) {

    public NavigationLink {
        roles = Set.copyOf(roles);
    }
}
