catalog-title = Каталог послуг
catalog-description = Соціальні послуги в регіоні за тим, кому, як і де вони допомагають: консультації, догляд удома, допомога в кризі — з контактами і мапою.
catalog-heading = Каталог соціальних послуг
catalog-loading = Завантаження послуг…
catalog-found = { $count ->
    [0] Жодна послуга не відповідає вашому вибору.
    [one] Знайдено { $count } послугу.
    [few] Знайдено { $count } послуги.
    [many] Знайдено { $count } послуг.
   *[other] Знайдено { $count } послуги.
}
filter-label = Пошук і фільтри
filter-text = Шукати слово
filter-more = Уточнити вибір
filter-more-chosen = Уточнити вибір (обрано { $count })
filter-audience = Для кого
filter-audience-any = Усі групи
filter-municipality = Населений пункт
filter-municipality-any = Усі населені пункти
filter-form = Форма послуги
filter-type = Вид послуги
filter-type-count = Вид послуги ({ $count })
filter-apply = Застосувати фільтр
filter-reset = Скасувати всі фільтри
view-label = Подання результатів
view-list = Список
view-map = Мапа
pages-label = Сторінки результатів
pages-previous = « Попередня
pages-next = Наступна »
pages-page = Сторінка { $page }
empty-heading = Нічого не знайдено
empty-widen = Спробуйте розширити вибір:
empty-without-text = Шукати без слова «{ $text }»
empty-all-audiences = Для всіх груп
empty-all-municipalities = У всіх населених пунктах
empty-all-forms = Усі форми послуги
empty-all-types = Усі види послуг
empty-all = Показати всі послуги
empty-hint = Шукайте загальнішим словом, напр. «борги», «житло» або «літні люди».
service-provider = Надавач:
service-other-help = Інша допомога
service-contact = Контакт
service-when = Коли:
service-offers = Що пропонує
service-form = Форма
service-for = Для кого
service-cost = Ціна
service-capacity = Місткість за реєстром
service-capacity-note = Найбільша кількість, яку послуга може мати за реєстрацією; скільки місць вільно, скаже надавач.
service-register-id = Ідентифікатор у реєстрі
service-where = Де
service-travels = Куди виїжджає
service-others = Інші послуги надавача
service-report = Повідомити про помилку / запропонувати зміну
service-open-data = Дані послуги як відкриті дані (HSDS JSON)
service-no-street = Вулицю не вказано
service-open = Відчинено: { $hours }
organization-legal-form = Правова форма
organization-ico = IČO (ідентифікаційний номер)
organization-seat = Адреса
organization-unknown = не вказано
map-open-app = Відкрити в застосунку мап
map-approximate = (точна адреса невідома, показуємо центр населеного пункту)
