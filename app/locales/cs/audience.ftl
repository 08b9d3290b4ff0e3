audience-title = Pro koho hledáte pomoc
audience-heading = Pro koho hledáte pomoc?
audience-lead = Po výběru skupiny vám portál ukáže služby, dotazy a témata právě pro ni. Výběr si pamatuje, dokud ho nezměníte.
audience-show-all = Zobrazovat vše pro všechny (zrušit výběr)
audience-clear = Zrušit výběr skupiny a zobrazit vše
