map-title = Mapa služeb
map-description = Sociální služby na mapě a v seznamu podle obcí: kde pomoc najdete a které služby přijedou až k vám domů.
map-loading = Načítám mapu…
map-found = { $count ->
    [0] Žádná služba neodpovídá vašemu výběru.
    [one] Výběru odpovídá { $count } služba.
    [few] Výběru odpovídají { $count } služby.
   *[other] Výběru odpovídá { $count } služeb.
}
map-nearest-to = Nejblíže obci { $place }
map-by-municipality = Služby podle obcí
map-coverage-link = Pokrytí obcí terénními službami (pro plánování)
map-origin = Seřadit podle vzdálenosti od obce
map-origin-pick = — vyberte obec —
map-origin-sort = Seřadit
map-heading = Mapa
map-help = Mapu posunete myší, prstem nebo šipkami, přiblížíte kolečkem nebo klávesami + a −. Shluky značek se po výběru přiblíží; značka služby ukáže její název a odkaz.
map-only-in-view = Seznam jen podle výřezu mapy
map-list = Seznam služeb
map-preview-alt = Náhled mapy se službami výběru; všechny služby najdete i v seznamu níže.
map-show = Zobrazit podrobnou mapu
map-services = { $count ->
    [one] { $count } služba
    [few] { $count } služby
   *[other] { $count } služeb
}
map-in-view = Ve výřezu mapy: { $services } z { $located } na mapě.
map-field-only = { $count ->
    [one] { $count } terénní službu bez stálé adresy najdete jen v seznamu.
    [few] { $count } terénní služby bez stálé adresy najdete jen v seznamu.
   *[other] { $count } terénních služeb bez stálé adresy najdete jen v seznamu.
}
map-more-in-view = { $count ->
    [one] …a { $count } další; přibližte mapu.
    [few] …a { $count } další; přibližte mapu.
   *[other] …a { $count } dalších; přibližte mapu.
}
map-cluster = Shluk:
map-zoom-in = Přiblížit.
map-and-more = a další
map-popup-approximate = Poloha je střed obce, přesnou adresu najdete na stránce služby.
map-field-group = Terénní služby bez stálé adresy
map-near-in = v obci { $place } nebo sem dojíždí
map-near-here = u vás nebo sem dojíždí
map-near-distance = { $distance } od obce { $place }
map-near-distance-you = { $distance } od vás
map-near-field = terénní služba, vzdálenost neuvádíme
near-heading = Služby blízko mě
near-button = Blízko mě
near-private = Poloha se nikam neukládá.
near-locating = Zjišťuji polohu…
near-nearest = Nejblíže vám
near-unsupported = Tento prohlížeč polohu nezjistí; vyberte obec ze seznamu.
near-failed = Polohu se nepodařilo zjistit (nebo jste ji nepovolili). Vyberte obec ze seznamu.
coverage-title = Pokrytí obcí terénními službami
coverage-lead = Kolik terénních služeb zvoleného druhu dojíždí do každé obce okresu. Bílá místa jsou obce, kam nedojíždí žádná.
coverage-loading = Počítám pokrytí…
coverage-white = { $count ->
    [one] { $count } obec z { $all } nemá žádnou terénní službu
    [few] { $count } obce z { $all } nemají žádnou terénní službu
   *[other] { $count } obcí z { $all } nemá žádnou terénní službu
}
coverage-white-of-type = druhu „{ $type }“
coverage-type = Druh služby
coverage-all-types = všechny terénní služby
coverage-show = Zobrazit
coverage-caption = Obce podle počtu terénních služeb, které do nich dojíždějí (nejméně první)
coverage-municipality = Obec
coverage-services = Terénních služeb
coverage-none = žádná – bílé místo
coverage-disc = { $count ->
    [one] { $place }: { $count } terénní služba
    [few] { $place }: { $count } terénní služby
   *[other] { $place }: { $count } terénních služeb
}
coverage-figure = Středy obcí okresu; barva říká, kolik terénních služeb do obce dojíždí. Totéž slovy je v tabulce níže.
coverage-legend = Legenda
coverage-level-0 = žádná služba sem nedojíždí
coverage-level-1 = 1 služba
coverage-level-2 = 2 služby
coverage-level-3 = 3 a více služeb
