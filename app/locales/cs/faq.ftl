faq-title = Časté dotazy
faq-loading = Načítám dotazy…
faq-search-label = Hledat v dotazech
faq-topics-label = Témata dotazů
faq-all-topics = Všechna témata
faq-audience-notice = Ukazujeme dotazy pro vybranou skupinu a dotazy pro všechny.
faq-show-all = Zobrazit všechny dotazy
faq-count = { $count ->
    [one] { $count } dotaz
    [few] { $count } dotazy
   *[other] { $count } dotazů
}
faq-empty = Takový dotaz tu zatím není
faq-walk-wizard = Projít průvodce Potřebuji pomoc
faq-search-catalog = Hledat v katalogu služeb
faq-where-help = Kde vám pomohou
