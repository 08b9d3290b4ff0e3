loading = Loading…
services-count = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
municipalities-count = { $count ->
    [one] { $count } municipality
   *[other] { $count } municipalities
}
untranslated = This text is not translated yet, so it is shown in Czech.
error-not-found = Page not found
error-not-found-text = We could not find this page.
error-bad-request = We do not understand this link
error-invalid = The form was not saved
error-internal = Something went wrong
error-internal-text = Sorry, something went wrong on the server. Please try again in a moment.
error-connection-text = Could not reach the server. Check your connection and try again.
error-unauthorized = For signed-in staff only
error-forbidden = You have no access here
error-too-many = Too many attempts
error-conflict = Not possible right now
error-try = You can try:
error-catalog = Search the catalogue of services
error-home = Go to the home page
card-reaches = travels to { $municipalities }
card-call = Call { $phone }
contact-phone = Phone:
contact-email = E-mail:
contact-web = Web:
contact-none = No contact given yet.
municipalities-total = { $count ->
    [one] { $count } municipality
   *[other] { $count } municipalities
}
offline-title = No connection
offline-heading = You are offline
offline-works = This page cannot be loaded now. Without an internet connection these work:
offline-wizard = the “I need help” guide
offline-wizard-rest = all the way to the contacts it recommends,
offline-faq = the frequently asked questions
offline-faq-rest = and their answers,
offline-seen = the pages of services and organisations you have already opened on this device.
offline-reload = When the connection is back, load the page again.
search-heading = Search the portal
search-nothing = We found nothing for “{ $text }”. Try another word, or go through
search-all-services = All services found in the catalogue ({ $services })
search-all-faqs = All questions found
news-description = News from the community planning of social services.
news-feed = Follow the news in a feed reader (Atom)
news-none = No news yet.
events-description = Working group meetings, round tables and public hearings of the social services plan.
events-feed = Subscribe to the events calendar (iCal)
events-coming = Coming up
events-calendar = Calendar
events-months = Months
events-none = No events are planned.
events-when = When
events-add = Add to calendar (iCal)
