/**
 * What every page and endpoint shares: the page layout (GOV.UK Frontend styles), the home page, error
 * pages, RFC 9457 problem responses for the API, and the message bundles. Nothing depends on this module.
 */
package org.nigehbaan.web;
