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
