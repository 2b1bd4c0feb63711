/* statusgen embed: a banner on your website while the status page reports a problem (docs/embed.md).
   <script src="https://status.example.com/embed.js" async></script> */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.fetch) return;
  var base = new URL(".", script.src);
  var key = "statusgen-embed-dismissed:" + base.href;
  var colours = ["#1f5fa8", "#1f5fa8", "#8a5a00", "#b34700", "#b3261e"];
  var states = ["operational", "under_maintenance", "degraded_performance", "partial_outage", "major_outage"];
  var impacts = { minor: 2, major: 3, critical: 4 };

  // The page's language, its main one (de of de-AT), or the site's.
  function pick(table) {
    var all = {}, lang = (document.documentElement.lang || "").toLowerCase();
    table = table || {};
    for (var code in table.languages) all[code.toLowerCase()] = { code: code, words: table.languages[code] };
    return all[lang] || all[lang.split("-")[0]] || all[String(table.default).toLowerCase()] || { words: {} };
  }

  function banner(summary, words) {
    var incidents = summary.incidents || [];
    var active = (summary.scheduled_maintenances || []).filter(function (m) { return /^(in_p|ve)/.test(m.status); });
    var items = incidents.concat(active), named = {}, unnamed = [];
    items.forEach(function (i) { (i.components || []).forEach(function (c) { named[c.id] = 1; }); });
    // The page banner's state; components down that no item names: seen by monitors alone.
    var worst = active.length ? 1 : 0;
    (summary.components || []).forEach(function (c) {
      var s = states.indexOf(c.status);
      worst = Math.max(worst, s);
      if (s > 0 && !c.group && !named[c.id]) unnamed.push(c.id + "@" + c.updated_at);
    });
    incidents.forEach(function (i) { worst = Math.max(worst, impacts[i.impact] || 0); });
    var stamp = items.map(function (i) { return i.id + "@" + i.updated_at; }).concat(unnamed).join();
    try {
      if (!stamp) localStorage.removeItem(key);
      else if (localStorage.getItem(key) === stamp) return null;
    } catch (e) {}
    if (!stamp) return null;
    if (unnamed.length) items.push({ name: (summary.page || {}).name, shortlink: base.href });
    var box = document.createElement("div");
    box.setAttribute("role", "status");
    if (words.code) box.lang = words.code;
    box.className = "statusgen-embed";
    box.style.cssText = "font:15px/1.4 system-ui,sans-serif;color:#fff;background:" + colours[worst]
      + ";padding:10px 44px 10px 16px;position:relative;z-index:2147483647";
    var text = document.createElement("strong");
    // No state word for incidents that change no state.
    text.textContent = worst ? words.words[states[worst]] || (summary.status || {}).description : "";
    box.appendChild(text);
    items.forEach(function (i) {
      var a = document.createElement("a");
      a.href = i.shortlink || base.href;
      a.textContent = i.name;
      a.style.cssText = "color:#fff;text-decoration:underline;margin-left:12px";
      box.appendChild(a);
    });
    var close = document.createElement("button");
    close.type = "button";
    close.setAttribute("aria-label", words.words.dismiss || "Dismiss");
    close.textContent = "\u00d7";
    close.style.cssText = "position:absolute;right:8px;top:6px;font:22px/1 sans-serif;color:#fff;background:none;border:0;cursor:pointer";
    close.onclick = function () {
      try { localStorage.setItem(key, stamp); } catch (e) {}
      box.remove();
    };
    box.appendChild(close);
    return box;
  }

  function get(path) {
    return fetch(new URL(path, base), { credentials: "omit", cache: "no-cache" })
      .then(function (r) { return r.ok ? r.json() : null; });
  }

  // No api/embed.json (an older site): English.
  Promise.all([get("api/v2/summary.json"), get("api/embed.json").catch(function () { return null; })])
    .then(function (results) {
      var box = results[0] && banner(results[0], pick(results[1]));
      if (box) document.body.insertBefore(box, document.body.firstChild);
    })
    .catch(function () {});
})();
