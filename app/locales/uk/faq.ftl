faq-title = Часті питання
faq-loading = Завантаження питань…
faq-search-label = Пошук у питаннях
faq-topics-label = Теми питань
faq-all-topics = Усі теми
faq-audience-notice = Показуємо питання для обраної групи та питання для всіх.
faq-show-all = Показати всі питання
faq-count = { $count ->
    [one] { $count } питання
    [few] { $count } питання
    [many] { $count } питань
   *[other] { $count } питання
}
faq-empty = Такого питання тут поки немає
faq-walk-wizard = Пройти порадник «Мені потрібна допомога»
faq-search-catalog = Шукати в каталозі послуг
faq-where-help = Де вам допоможуть
