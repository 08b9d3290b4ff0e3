loading = Načítám…
services-count = { $count ->
    [one] { $count } služba
    [few] { $count } služby
   *[other] { $count } služeb
}
municipalities-count = { $count ->
    [one] { $count } obce
   *[other] { $count } obcí
}
untranslated = Tento text zatím není přeložen, ukazujeme ho česky.
error-not-found = Stránka nenalezena
error-not-found-text = Tuto stránku jsme nenašli.
error-bad-request = Tomuto odkazu nerozumíme
error-invalid = Formulář nebyl uložen
error-internal = Něco se pokazilo
error-internal-text = Omlouváme se, na serveru se něco pokazilo. Zkuste to prosím za chvíli znovu.
error-connection-text = Spojení se serverem se nezdařilo. Zkontrolujte připojení a zkuste to znovu.
error-unauthorized = Jen pro přihlášené
error-forbidden = Sem nemáte přístup
error-too-many = Příliš mnoho pokusů
error-conflict = Teď to nejde
error-try = Můžete zkusit:
error-catalog = Prohledat katalog služeb
error-home = Přejít na úvodní stránku
card-reaches = dojíždí do { $municipalities }
card-call = Zavolat { $phone }
contact-phone = Telefon:
contact-email = E-mail:
contact-web = Web:
contact-none = Kontakt zatím neuvádíme.
municipalities-total = { $count ->
    [one] { $count } obec
    [few] { $count } obce
   *[other] { $count } obcí
}
offline-title = Bez připojení
offline-heading = Jste bez připojení
offline-works = Tuto stránku teď nelze načíst. Bez připojení k internetu fungují:
offline-wizard = průvodce „Potřebuji pomoc“
offline-wizard-rest = až ke kontaktům, které doporučí,
offline-faq = časté dotazy
offline-faq-rest = a odpovědi na ně,
offline-seen = stránky služeb a organizací, které jste už na tomto zařízení otevřeli.
offline-reload = Až se připojení vrátí, načtěte stránku znovu.
search-heading = Hledat na portálu
search-nothing = Na „{ $text }“ jsme nic nenašli. Zkuste jiné slovo, nebo projděte
search-all-services = Všechny nalezené služby v katalogu ({ $services })
search-all-faqs = Všechny nalezené dotazy
news-description = Novinky z komunitního plánování sociálních služeb.
news-feed = Odebírat novinky ve čtečce (Atom)
news-none = Zatím žádné novinky.
events-description = Setkání pracovních skupin, kulaté stoly a veřejná projednání plánu sociálních služeb.
events-feed = Odebírat kalendář akcí (iCal)
events-coming = Připravujeme
events-calendar = Kalendář
events-months = Měsíce
events-none = Žádné akce nejsou naplánované.
events-when = Kdy
events-add = Přidat do kalendáře (iCal)
