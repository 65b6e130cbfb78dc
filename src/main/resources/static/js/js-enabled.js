// GOV.UK Frontend styles components differently when JavaScript runs; kept in a file because the
// content security policy forbids inline scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
