/* statusgen status embed: shows a banner on your own website while the status page reports a problem.
   <script src="https://status.example.com/embed.js" async></script>
   It reads api/v2/summary.json beside this script, shows nothing when all is well or the status site
   cannot be reached, and remembers a dismissal until the next update. No dependencies, no cookies. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.fetch) return;
  var base = new URL(".", script.src);
  var key = "statusgen-embed-dismissed:" + base.href;
  var colours = { minor: "#8a5a00", major: "#b34700", critical: "#b3261e", maintenance: "#1f5fa8" };

  function banner(summary) {
    var incidents = summary.incidents || [];
    var active = (summary.scheduled_maintenances || []).filter(function (m) { return m.status === "in_progress"; });
    var indicator = summary.status && summary.status.indicator;
    if (!incidents.length && !active.length && (!indicator || indicator === "none")) return null;
    var items = incidents.concat(active);
    var stamp = items.map(function (item) { return item.id + "@" + item.updated_at; }).join(",");
    try { if (localStorage.getItem(key) === stamp) return null; } catch (e) {}
    var level = incidents.length ? indicator : "maintenance";
    var box = document.createElement("div");
    box.setAttribute("role", "status");
    box.className = "statusgen-embed";
    box.style.cssText = "font:15px/1.4 system-ui,sans-serif;color:#fff;background:" + (colours[level] || colours.major)
      + ";padding:10px 44px 10px 16px;position:relative;z-index:2147483647";
    var text = document.createElement("strong");
    text.textContent = (summary.status && summary.status.description) || "Service status";
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
    close.setAttribute("aria-label", "Dismiss");
    close.textContent = "\u00d7";
    close.style.cssText = "position:absolute;right:8px;top:6px;font:22px/1 sans-serif;color:#fff;background:none;border:0;cursor:pointer";
    close.onclick = function () {
      try { localStorage.setItem(key, stamp); } catch (e) {}
      box.remove();
    };
    box.appendChild(close);
    return box;
  }

  fetch(new URL("api/v2/summary.json", base), { credentials: "omit", cache: "no-cache" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (summary) {
      var box = summary && banner(summary);
      if (box) document.body.insertBefore(box, document.body.firstChild);
    })
    .catch(function () {});
})();
