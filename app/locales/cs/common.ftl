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
