// Pomoc's service worker, served by the portal at /sw.js (server/src/offline/mod.rs fills in the
// release and the pages). After one visit the wizard, the questions and every service page the
// resident opened work offline; any other page offline shows /offline. The staff area is never
// touched. A new release is a new file: it installs beside the old one and removes its cache.
"use strict";

const RELEASE = "__RELEASE__";
const PRECACHED = __PAGES__;
const CACHE = "pomoc-" + RELEASE;
const OFFLINE = "/offline";
// Pages kept once opened: the wizard, the questions, services, organisations, the home page, in
// each language (`/uk/...`, `/en/...`).
const KEPT = [/^\/$/, /^\/pomoc(\/|$)/, /^\/dotazy(\/|$)/, /^\/sluzby\/\d+$/, /^\/organizace\/\d+$/, /^\/offline$/];
const LANGUAGE = /^\/(uk|en)(?=\/|$)/;
const NEVER = [/^\/sprava(\/|$)/, /^\/pro-poskytovatele(\/|$)/, /^\/api\//];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // One page that fails to come must not stop the others. The header tells the server
      // nobody is reading these pages yet, so they count no signal (app/src/needs).
      .then((cache) =>
        Promise.allSettled(
          PRECACHED.map((path) => cache.add(new Request(path, { headers: { "Pomoc-Precache": "1" } }))),
        ),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

function storable(response) {
  return response.ok && !/no-store/.test(response.headers.get("cache-control") || "");
}

async function fromNetwork(request, keep) {
  const response = await fetch(request);
  if (keep && storable(response)) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function page(request, keep) {
  try {
    return await fromNetwork(request, keep);
  } catch (offline) {
    const cache = await caches.open(CACHE);
    // A page's language is in its address; the `Vary` that covers the offer of another language
    // must not hide a kept page.
    const prefix = (new URL(request.url).pathname.match(LANGUAGE) || [""])[0];
    return (
      (await cache.match(request, { ignoreVary: true })) ||
      (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ||
      (await cache.match(prefix + OFFLINE, { ignoreVary: true })) ||
      (await cache.match(OFFLINE, { ignoreVary: true })) ||
      Response.error()
    );
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) || fromNetwork(request, true);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (NEVER.some((pattern) => pattern.test(url.pathname))) return;
  // A page: loaded as a document, or fetched by the in-page navigation (its header).
  if (request.mode === "navigate" || request.headers.has("Pomoc-Navigation")) {
    const path = url.pathname.replace(LANGUAGE, "") || "/";
    event.respondWith(page(request, KEPT.some((pattern) => pattern.test(path))));
  } else if (url.pathname.startsWith("/pkg/") || url.pathname === "/favicon.svg") {
    event.respondWith(asset(request));
  }
});
