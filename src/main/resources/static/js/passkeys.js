// Passkeys (WebAuthn) for Nigehbaan: adding one on the account page, and using one as the second factor of a
// sign-in. Talks to Spring Security's WebAuthn endpoints; binary fields travel as base64url.
(function () {
  "use strict";

  function b64urlToBytes(s) {
    var b64 = s.replace(/-/g, "+").replace(/_/g, "/");
    while (b64.length % 4) { b64 += "="; }
    var raw = atob(b64);
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { out[i] = raw.charCodeAt(i); }
    return out.buffer;
  }

  function bytesToB64url(buf) {
    var bytes = new Uint8Array(buf);
    var s = "";
    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
    return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function csrfHeaders() {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    var token = document.querySelector("meta[name=_csrf]");
    var header = document.querySelector("meta[name=_csrf_header]");
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function post(path, body) {
    return fetch(path, { method: "POST", credentials: "same-origin", headers: csrfHeaders(),
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (r) {
      if (!r.ok) { throw new Error("HTTP " + r.status + " from " + path); }
      return r.json();
    });
  }

  function show(id) { var e = document.getElementById(id); if (e) { e.hidden = false; } }

  function register(label) {
    return post("/webauthn/register/options").then(function (o) {
      o.challenge = b64urlToBytes(o.challenge);
      o.user.id = b64urlToBytes(o.user.id);
      o.excludeCredentials = (o.excludeCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: b64urlToBytes(c.id) });
      });
      return navigator.credentials.create({ publicKey: o });
    }).then(function (cred) {
      var r = cred.response;
      return post("/webauthn/register", { publicKey: { label: label, credential: {
        id: cred.id, rawId: bytesToB64url(cred.rawId), type: cred.type,
        response: { attestationObject: bytesToB64url(r.attestationObject), clientDataJSON: bytesToB64url(r.clientDataJSON),
          transports: r.getTransports ? r.getTransports() : [] },
        clientExtensionResults: cred.getClientExtensionResults(), authenticatorAttachment: cred.authenticatorAttachment } } });
    }).then(function (result) {
      if (!result || !result.success) { throw new Error("registration refused"); }
    });
  }

  function authenticate() {
    return post("/webauthn/authenticate/options").then(function (o) {
      o.challenge = b64urlToBytes(o.challenge);
      o.allowCredentials = (o.allowCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: b64urlToBytes(c.id) });
      });
      return navigator.credentials.get({ publicKey: o });
    }).then(function (cred) {
      var r = cred.response;
      return post("/login/webauthn", { id: cred.id, rawId: bytesToB64url(cred.rawId), type: cred.type,
        response: { authenticatorData: bytesToB64url(r.authenticatorData), clientDataJSON: bytesToB64url(r.clientDataJSON),
          signature: bytesToB64url(r.signature), userHandle: r.userHandle ? bytesToB64url(r.userHandle) : undefined },
        clientExtensionResults: cred.getClientExtensionResults(), authenticatorAttachment: cred.authenticatorAttachment });
    }).then(function (result) {
      if (!result || !result.authenticated) { throw new Error("passkey refused"); }
      window.location.assign(result.redirectUrl || "/");
    });
  }

  var add = document.getElementById("add-passkey");
  if (add) {
    add.addEventListener("click", function () {
      var label = (document.getElementById("passkey-label") || {}).value || "passkey";
      register(label).then(function () { show("passkey-added"); }, function () { show("passkey-error"); });
    });
  }
  var use = document.getElementById("use-passkey");
  if (use) {
    use.addEventListener("click", function () {
      authenticate().catch(function () { show("passkey-error"); });
    });
  }
})();
