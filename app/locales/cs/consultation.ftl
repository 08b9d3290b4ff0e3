consultations-title = Připomínky veřejnosti
consultations-description = Návrhy plánů k připomínkám: podejte připomínku a podívejte se, jak byly připomínky vypořádány.
consultations-lead = Než město plán schválí, může k jeho návrhu kdokoli podat připomínku. Každou připomínku vypořádáme a zveřejníme, jak jsme s ní naložili.
consultations-open = Návrhy otevřené k připomínkám
consultations-none-open = Teď není otevřený žádný návrh.
consultations-other = Připravované a ukončené
consultations-settled = { $count ->
    [one] { $count } vypořádaná připomínka
    [few] { $count } vypořádané připomínky
   *[other] { $count } vypořádaných připomínek
}
consultation-phase-upcoming = připravuje se
consultation-phase-open = připomínky lze podávat
consultation-phase-closed = ukončeno
consultation-when = Připomínky: { $from } až { $to } ({ $phase })
consultation-comment-on = Připomínkovat část „{ $section }“
consultation-thanks = Děkujeme, připomínku jsme přijali.
consultation-thanks-next = Po skončení připomínek ji pracovní skupina vypořádá a zveřejníme ji zde i s tím, jak jsme s ní naložili.
consultation-form = Podat připomínku
consultation-section = Ke které části návrhu
consultation-text = Vaše připomínka
consultation-author = Jméno nebo organizace (nepovinné)
consultation-author-hint = Zveřejní se u vypořádání připomínky. Nechcete-li, nechte pole prázdné.
consultation-send = Odeslat připomínku
consultation-settled = Vypořádání připomínek
consultation-none-settled = Zatím nebyla vypořádána žádná připomínka.
consultation-settled-table = Tabulka vypořádání připomínek
consultation-settled-caption = Jak jsme s připomínkami naložili
consultation-part = Část
consultation-comment = Připomínka
consultation-outcome = Vypořádání
consultation-reason = Odůvodnění
comment-outcome-accepted = vyhověno
comment-outcome-partly = částečně vyhověno
comment-outcome-not = nevyhověno
comment-outcome-noted = vzato na vědomí
