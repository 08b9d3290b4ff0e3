consultations-title = Зауваження громадськості
consultations-description = Проєкти планів для зауважень: подайте зауваження і подивіться, як зауваження було розглянуто.
consultations-lead = Перш ніж місто затвердить план, будь-хто може подати зауваження до його проєкту. Ми розглянемо кожне зауваження і оприлюднимо, як ми з ним вчинили.
consultations-open = Проєкти, відкриті для зауважень
consultations-none-open = Зараз немає відкритого проєкту.
consultations-other = Підготовлювані та завершені
consultations-settled = { $count ->
    [one] { $count } розглянуте зауваження
    [few] { $count } розглянуті зауваження
    [many] { $count } розглянутих зауважень
   *[other] { $count } розглянутого зауваження
}
consultation-phase-upcoming = готується
consultation-phase-open = зауваження можна подавати
consultation-phase-closed = завершено
consultation-when = Зауваження: з { $from } до { $to } ({ $phase })
consultation-comment-on = Подати зауваження до частини «{ $section }»
consultation-thanks = Дякуємо, ваше зауваження отримано.
consultation-thanks-next = Після завершення збору зауважень робоча група його розгляне, і ми оприлюднимо його тут разом із тим, як ми з ним вчинили.
consultation-form = Подати зауваження
consultation-section = До якої частини проєкту
consultation-text = Ваше зауваження (можна українською)
consultation-author = Ім'я або організація (необов'язково)
consultation-author-hint = Буде оприлюднено разом із розглядом зауваження. Якщо не бажаєте, залиште поле порожнім.
consultation-send = Надіслати зауваження
consultation-settled = Розгляд зауважень
consultation-none-settled = Поки що не розглянуто жодного зауваження.
consultation-settled-table = Таблиця розгляду зауважень
consultation-settled-caption = Як ми вчинили із зауваженнями
consultation-part = Частина
consultation-comment = Зауваження
consultation-outcome = Рішення
consultation-reason = Обґрунтування
comment-outcome-accepted = враховано
comment-outcome-partly = враховано частково
comment-outcome-not = не враховано
comment-outcome-noted = взято до відома
