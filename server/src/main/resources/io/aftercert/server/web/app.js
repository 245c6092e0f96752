// AfterCert web pages: what htmx does not do by itself. Saving as the user goes is htmx's
// (hx-post on the form); this file only says so when a save fails, so that nobody leaves the
// page believing their input is stored. The input itself stays in the form: only the score box
// is ever replaced. No inline scripts anywhere (the Content-Security-Policy forbids them).
(function () {
  "use strict";
  function say(key) {
    var live = document.getElementById("live");
    var status = document.getElementById("save-status");
    if (!live || !status) return;
    status.textContent = live.getAttribute("data-" + key) || "";
    status.className = "status bad";
    status.setAttribute("role", "alert");
  }
  document.addEventListener("htmx:sendError", function () { say("offline"); });
  document.addEventListener("htmx:timeout", function () { say("offline"); });
  document.addEventListener("htmx:responseError", function (e) {
    var s = e.detail && e.detail.xhr ? e.detail.xhr.status : 0;
    say(s === 401 || s === 403 ? "session-gone" : "server-error");
  });
  document.addEventListener("htmx:beforeRequest", function () {
    var live = document.getElementById("live");
    if (live) live.setAttribute("aria-busy", "true");
  });
  document.addEventListener("htmx:afterRequest", function () {
    var live = document.getElementById("live");
    if (live) live.removeAttribute("aria-busy");
  });
})();
