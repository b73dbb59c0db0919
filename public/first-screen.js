/*
 * The first screen. The build renders each view's first screen from the bundled data (see
 * src/app/first-screen.tsx): Overview's is in this page, the others in first-screen/<view>.html.
 * This script, the only one that runs before the app's code arrives, applies the theme and shows
 * the screen for the address when the page is in the state it was rendered for: English, no
 * filters, the bundled data. The app (src/main.tsx) then hydrates it, or renders from scratch.
 * The root's data-first-screen says where this stands: pending, shown or none.
 */
(function () {
  "use strict";
  var root = document.getElementById("root");
  function stored(key) {
    try {
      return localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }
  var theme = stored("cpec-theme");
  var systemDark =
    typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  document.documentElement.classList.toggle(
    "dark",
    theme === "dark" || (theme !== "light" && systemDark),
  );

  var params = new URLSearchParams(location.search);
  var keys = Array.from(params.keys());
  var view = params.get("view") || "overview";
  var available = (root.getAttribute("data-first-screens") || "").split(" ");
  var plain = keys.length === 0 || (keys.length === 1 && keys[0] === "view");
  if (!plain || stored("cpec-user-data") || available.indexOf(view) < 0) return;

  root.setAttribute("data-first-screen", "pending");

  // A reader who scrolls, types or taps has gone on: what waits below the first screen is drawn
  // as soon as the app runs (src/components/charts/figure-demand.ts reads this mark).
  var intents = ["scroll", "wheel", "keydown", "pointerdown", "touchstart"];
  function wentOn() {
    root.setAttribute("data-went-on", "");
    intents.forEach(function (type) {
      window.removeEventListener(type, wentOn, true);
    });
  }
  intents.forEach(function (type) {
    window.addEventListener(type, wentOn, { capture: true, passive: true });
  });

  // Clicks and keys on the first screen before the app takes it over are kept, and handed to
  // the app once React has hydrated it (src/app/hand-over.tsx sends "cpec-first-screen-live"): a click on a button
  // is not lost, nor an arrow key in a chart. Links work as links meanwhile.
  var early = [];
  function keep(event) {
    if (root.getAttribute("data-first-screen") !== "shown") return;
    var target = event.target;
    if (!(target instanceof Element) || !root.contains(target) || target.closest("a[href]")) return;
    // Until React has hydrated the screen, the event is not its: React's own listener on this
    // root would hydrate in the middle of the event and read a checkbox already ticked by it.
    event.stopImmediatePropagation();
    // The app's own handler will do what the click means (a checkbox, a button).
    if (event.type === "click") event.preventDefault();
    early.push({ event: event, target: target });
  }
  root.addEventListener("click", keep, true);
  root.addEventListener("keydown", keep, true);
  root.addEventListener("cpec-first-screen-live", function () {
    root.removeEventListener("click", keep, true);
    root.removeEventListener("keydown", keep, true);
    early.splice(0).forEach(function (item) {
      var e = item.event;
      if (!item.target.isConnected) return;
      if (e.type === "click") {
        if (typeof item.target.click === "function") item.target.click();
        else
          item.target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
      } else {
        item.target.dispatchEvent(
          new KeyboardEvent("keydown", {
            key: e.key,
            code: e.code,
            shiftKey: e.shiftKey,
            ctrlKey: e.ctrlKey,
            altKey: e.altKey,
            metaKey: e.metaKey,
            repeat: e.repeat,
            bubbles: true,
            cancelable: true,
          }),
        );
      }
    });
  });

  // Until the app takes the screen over, its fields and choices cannot be changed: a change made
  // now would be lost. The app restores them just before it takes over (src/app/start.tsx).
  function hold() {
    var fields = root.querySelectorAll("input, textarea, select");
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      if (field.tagName === "SELECT" ? field.disabled : field.readOnly) continue;
      field.setAttribute("data-held", "");
      if (field.tagName === "SELECT") field.disabled = true;
      else field.readOnly = true;
    }
  }

  function show(markup) {
    var shown = typeof markup === "string" && markup.length > 0 && !root.firstChild;
    if (shown) {
      root.innerHTML = markup;
      hold();
    }
    root.setAttribute("data-first-screen", shown ? "shown" : "none");
    root.dispatchEvent(new Event("cpec-first-screen"));
  }
  if (view === "overview") {
    var template = document.getElementById("first-screen");
    show(template ? template.innerHTML : null);
  } else {
    fetch("./first-screen/" + view + ".html")
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(show, function () {
        show(null);
      });
  }
})();
