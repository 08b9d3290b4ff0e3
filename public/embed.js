/* Pomoc: vloží katalog, mapu, průvodce nebo časté dotazy do stránky obce.
   <div data-pomoc="mapa?obec=549240"></div>
   <script src="https://…/embed.js" async></script>
   Each element becomes a titled, lazily loaded iframe that grows to the height its view reports. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, location.href).origin;
  var titles = {
    sluzby: "Katalog sociálních služeb",
    mapa: "Mapa sociálních služeb",
    pomoc: "Průvodce Potřebuji pomoc",
    dotazy: "Časté dotazy o sociálních službách"
  };
  var frames = [];
  var hosts = document.querySelectorAll("[data-pomoc]");
  for (var i = 0; i < hosts.length; i++) {
    var host = hosts[i];
    if (host.querySelector("iframe")) continue;
    var view = (host.getAttribute("data-pomoc") || "sluzby").replace(/^\/+/, "");
    var name = view.split(/[?\/]/)[0];
    if (!titles[name]) continue;
    var frame = document.createElement("iframe");
    frame.src = origin + "/embed/" + view;
    frame.title = host.getAttribute("data-pomoc-title") || titles[name];
    frame.loading = "lazy";
    frame.style.cssText = "display:block;width:100%;border:0;height:" + (name === "mapa" ? 560 : 420) + "px";
    host.appendChild(frame);
    frames.push(frame);
  }
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.data || event.data.pomoc !== "vyska") return;
    var height = Math.round(Number(event.data.vyska));
    if (!(height > 0)) return;
    for (var j = 0; j < frames.length; j++) {
      if (frames[j].contentWindow === event.source) {
        frames[j].style.height = Math.min(height, 20000) + "px";
      }
    }
  });
})();
