faq-title = Frequently asked questions
faq-loading = Loading questions…
faq-search-label = Search the questions
faq-topics-label = Question topics
faq-all-topics = All topics
faq-audience-notice = Showing questions for the chosen group and questions for everyone.
faq-show-all = Show all questions
faq-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
faq-empty = There is no such question here yet
faq-walk-wizard = Go through the “I need help” guide
faq-search-catalog = Search the catalogue of services
faq-where-help = Where they will help you
