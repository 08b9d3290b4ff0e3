surveys-title = Опитування
surveys-description = Короткі анонімні опитування для планування соціальних послуг та їхні результати.
surveys-lead = Розкажіть нам, як вам живеться з послугами. Опитування анонімні: ми не питаємо ні імені, ні контактів.
surveys-none = Зараз не триває жодне опитування.
surveys-closed = (завершене)
surveys-results-link = { $count ->
    [one] результати ({ $count } відповідь)
    [few] результати ({ $count } відповіді)
    [many] результати ({ $count } відповідей)
   *[other] результати ({ $count } відповіді)
}
survey-thanks = Дякуємо, ваші відповіді збережено.
survey-see-results = Переглянути результати
survey-closed = Опитування завершене.
survey-results = Результати
survey-send = Надіслати відповіді
survey-results-title = Результати: { $survey }
survey-results-lead = Усього відповідей: { $count }. Відповіді на відкриті запитання читають працівники планування; ми їх не оприлюднюємо, бо в них можуть бути особисті дані.
survey-answered = Відповіли: { $count }
survey-average = середнє { $average }
survey-answers-caption = Відповіді: { $question }
survey-answer = Відповідь
survey-count = Кількість
