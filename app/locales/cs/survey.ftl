surveys-title = Ankety
surveys-description = Krátké anonymní ankety k plánování sociálních služeb a jejich výsledky.
surveys-lead = Řekněte nám, jak se vám se službami žije. Ankety jsou anonymní: neptáme se na jméno ani kontakt.
surveys-none = Teď neprobíhá žádná anketa.
surveys-closed = (uzavřená)
surveys-results-link = { $count ->
    [one] výsledky ({ $count } odpověď)
    [few] výsledky ({ $count } odpovědi)
   *[other] výsledky ({ $count } odpovědí)
}
survey-thanks = Děkujeme, vaše odpovědi jsme uložili.
survey-see-results = Podívat se na výsledky
survey-closed = Anketa je uzavřená.
survey-results = Výsledky
survey-send = Odeslat odpovědi
survey-results-title = Výsledky: { $survey }
survey-results-lead = Celkem odpovědí: { $count }. Odpovědi na otevřené otázky čtou pracovníci plánování; nezveřejňujeme je, mohou v nich být osobní údaje.
survey-answered = Odpovědělo: { $count }
survey-average = průměr { $average }
survey-answers-caption = Odpovědi: { $question }
survey-answer = Odpověď
survey-count = Počet
