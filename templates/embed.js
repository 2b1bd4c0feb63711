/* statusgen status embed: a banner on your own website while the status page reports a problem.
   <script src="https://status.example.com/embed.js" async></script>
   Reads api/v2/summary.json and api/embed.json (its words); shows nothing when all is well or the
   status site cannot be reached; a dismissal lasts until the next update. No cookies. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.fetch) return;
  var base = new URL(".", script.src);
  var key = "statusgen-embed-dismissed:" + base.href;
  // By index in states.
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
    var active = (summary.scheduled_maintenances || []).filter(function (m) { return /^(in_progress|verifying)$/.test(m.status); });
    var status = summary.status || {}, indicator = status.indicator || "none";
    if (!incidents.length && !active.length && indicator === "none") return null;
    var items = incidents.concat(active);
    var stamp = items.map(function (item) { return item.id + "@" + item.updated_at; }).join(",") || indicator;
    try { if (localStorage.getItem(key) === stamp) return null; } catch (e) {}
    // Seen by monitors alone.
    if (!items.length) items = [{ name: (summary.page || {}).name, shortlink: base.href }];
    // The page banner's state.
    var worst = active.length ? 1 : 0;
    (summary.components || []).forEach(function (c) { worst = Math.max(worst, states.indexOf(c.status)); });
    incidents.forEach(function (i) { worst = Math.max(worst, impacts[i.impact] || 0); });
    var box = document.createElement("div");
    box.setAttribute("role", "status");
    if (words.code) box.lang = words.code;
    box.className = "statusgen-embed";
    box.style.cssText = "font:15px/1.4 system-ui,sans-serif;color:#fff;background:" + colours[worst]
      + ";padding:10px 44px 10px 16px;position:relative;z-index:2147483647";
    var text = document.createElement("strong");
    text.textContent = words.words[states[worst]] || status.description || "";
    box.appendChild(text);
    items.forEach(function (item) {
      var link = document.createElement("a");
      link.href = item.shortlink || base.href;
      link.textContent = item.name;
      link.style.cssText = "color:#fff;text-decoration:underline;margin-left:12px";
      box.appendChild(link);
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
      .then(function (response) { return response.ok ? response.json() : null; });
  }

  // A site built before api/embed.json: English words.
  Promise.all([get("api/v2/summary.json"), get("api/embed.json").catch(function () { return null; })])
    .then(function (results) {
      var box = results[0] && banner(results[0], pick(results[1]));
      if (box) document.body.insertBefore(box, document.body.firstChild);
    })
    .catch(function () {});
})();
