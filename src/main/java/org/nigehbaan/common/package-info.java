/**
 * The little every Spring module shares: the failure types services throw (mapped to HTTP statuses in one
 * place), the injected clock, paging, and the hook through which each module declares who may call its
 * endpoints.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.nigehbaan.common;
