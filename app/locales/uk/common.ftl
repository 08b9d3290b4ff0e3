loading = Завантаження…
services-count = { $count ->
    [one] { $count } послуга
    [few] { $count } послуги
    [many] { $count } послуг
   *[other] { $count } послуги
}
municipalities-count = { $count ->
    [one] { $count } населеного пункту
   *[other] { $count } населених пунктів
}
untranslated = Цей текст ще не перекладено, тому показуємо його чеською.
error-not-found = Сторінку не знайдено
error-not-found-text = Такої сторінки ми не знайшли.
error-bad-request = Це посилання нам незрозуміле
error-invalid = Форму не збережено
error-internal = Щось пішло не так
error-internal-text = Вибачте, на сервері сталася помилка. Спробуйте, будь ласка, трохи пізніше.
error-connection-text = Не вдалося з’єднатися із сервером. Перевірте підключення і спробуйте ще раз.
error-unauthorized = Лише для зареєстрованих працівників
error-forbidden = Сюди у вас немає доступу
error-too-many = Забагато спроб
error-conflict = Зараз це неможливо
error-try = Можете спробувати:
error-catalog = Пошукати в каталозі послуг
error-home = Перейти на головну сторінку
card-reaches = виїжджає до { $municipalities }
card-call = Зателефонувати { $phone }
contact-phone = Телефон:
contact-email = E-mail:
contact-web = Сайт:
contact-none = Контакт поки не вказано.
municipalities-total = { $count ->
    [one] { $count } населений пункт
    [few] { $count } населені пункти
    [many] { $count } населених пунктів
   *[other] { $count } населеного пункту
}
offline-title = Немає з’єднання
offline-heading = Ви без з’єднання з інтернетом
offline-works = Цю сторінку зараз не вдається завантажити. Без інтернету працюють:
offline-wizard = порадник «Мені потрібна допомога»
offline-wizard-rest = аж до контактів, які він радить,
offline-faq = часті питання
offline-faq-rest = і відповіді на них,
offline-seen = сторінки послуг і організацій, які ви вже відкривали на цьому пристрої.
offline-reload = Коли з’єднання відновиться, завантажте сторінку знову.
search-heading = Пошук на порталі
search-nothing = За запитом «{ $text }» нічого не знайдено. Спробуйте інше слово або пройдіть
search-all-services = Усі знайдені послуги в каталозі ({ $services })
search-all-faqs = Усі знайдені питання
news-description = Новини громадського планування соціальних послуг.
news-feed = Стежити за новинами в читачі стрічок (Atom)
news-none = Новин поки немає.
events-description = Зустрічі робочих груп, круглі столи та публічні обговорення плану соціальних послуг.
events-feed = Підписатися на календар подій (iCal)
events-coming = Незабаром
events-calendar = Календар
events-months = Місяці
events-none = Запланованих подій немає.
events-when = Коли
events-add = Додати до календаря (iCal)
