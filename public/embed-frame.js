/* Inside an embedded view: tells the page around the iframe how tall the view is, whenever that
   changes, so embed.js can fit the iframe to it. The height is no secret: any origin may read it. */
(function () {
  "use strict";
  if (window.parent === window || !("ResizeObserver" in window)) return;
  var frame = document.querySelector(".embed-frame");
  if (!frame) return;
  var last = 0;
  function report() {
    var height = Math.ceil(frame.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ pomoc: "vyska", vyska: height }, "*");
    }
  }
  new ResizeObserver(report).observe(frame);
  report();
})();
