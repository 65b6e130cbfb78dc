/**
 * Value types every module shares: names, CNIC, passport numbers, partial dates, countries, and the
 * {@link org.nigehbaan.identity.Person} the API carries. Pure Java: no Spring, no database.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.nigehbaan.identity;
