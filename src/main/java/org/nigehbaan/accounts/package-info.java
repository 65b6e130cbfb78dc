/**
 * Users, their roles and agencies, and authentication: HTTP Basic for machine clients, form login for the
 * web UI, a bootstrap administrator on first start, and deny-by-default authorisation assembled from the
 * {@link org.nigehbaan.common.EndpointAccess} rules each module declares.
 */
package org.nigehbaan.accounts;
