// A municipality's website for the embedding journeys, on two more origins on loopback:
// 127.0.0.1:3311 is on the portal's allow-list (POMOC_EMBED_ORIGINS in scripts/test.sh),
// 127.0.0.1:3312 is not. `/?view=mapa%3Fobec%3D549240` embeds that view with the loader.
import http from "node:http";

const portal = process.env.POMOC_BASE_URL ?? "http://127.0.0.1:3000";
const escape = (text) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const page = (view) => `<!doctype html>
<html lang="cs">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Obec Testov – sociální pomoc</title></head>
<body>
<header><p>Obec Testov</p></header>
<main><h1>Sociální pomoc v obci</h1>
<div data-pomoc="${escape(view)}"></div>
<script src="${portal}/embed.js" async></script>
<p id="after">Konec stránky obce.</p>
</main>
</body>
</html>`;

for (const port of [3311, 3312]) {
  http
    .createServer((request, response) => {
      const url = new URL(request.url ?? "/", `http://127.0.0.1:${port}`);
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(page(url.searchParams.get("view") ?? "sluzby"));
    })
    .listen(port, "127.0.0.1");
}
