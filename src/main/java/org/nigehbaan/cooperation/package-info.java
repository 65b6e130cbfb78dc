/**
 * Casework with the UK (DOMAIN.md, "Cooperation with the UK"): mutual legal assistance, extradition,
 * criminal records, returns, illicit finance and narcotics cases, each with its own state machine and
 * clocks, a thread of messages and attachments between the two sides, and partner access limited to the
 * cases and fields shared with the UK.
 *
 * <p>The API is {@link org.nigehbaan.cooperation.CooperationService}; other modules listen for
 * {@link org.nigehbaan.cooperation.ReturnCompleted}. The rules live in {@code internal}
 * ({@code CaseLifecycle}, {@code CaseClocks}, {@code WorkingDays}, {@code AttachmentInspector}).
 */
package org.nigehbaan.cooperation;
