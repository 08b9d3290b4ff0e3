map-title = Map of services
map-description = Social services on a map and listed by municipality: where to find help and which services come to your home.
map-loading = Loading the map…
map-found = { $count ->
    [0] No service matches your choice.
    [one] { $count } service matches your choice.
   *[other] { $count } services match your choice.
}
map-nearest-to = Nearest to { $place }
map-by-municipality = Services by municipality
map-coverage-link = Municipalities reached by outreach services (for planning)
map-origin = Sort by distance from a municipality
map-origin-pick = — choose a municipality —
map-origin-sort = Sort
map-heading = Map
map-help = Move the map with the mouse, a finger or the arrow keys; zoom with the wheel or the + and − keys. A group of markers zooms in when chosen; a service's marker shows its name and a link.
map-only-in-view = List only what the map shows
map-list = List of services
map-preview-alt = Preview of the map with the chosen services; every service is also in the list below.
map-show = Show the detailed map
map-services = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
map-in-view = In the map's view: { $services } of { $located } on the map.
map-field-only = { $count ->
    [one] { $count } outreach service without a fixed address is only in the list.
   *[other] { $count } outreach services without a fixed address are only in the list.
}
map-more-in-view = …and { $count } more; zoom in.
map-cluster = Group:
map-zoom-in = Zoom in.
map-and-more = and more
map-popup-approximate = The marker is at the municipality's centre; the exact address is on the service's page.
map-field-group = Outreach services without a fixed address
map-near-in = in { $place } or comes here
map-near-here = near you or comes here
map-near-distance = { $distance } from { $place }
map-near-distance-you = { $distance } from you
map-near-field = outreach service, no distance given
near-heading = Services near me
near-button = Near me
near-private = Your location is not stored anywhere.
near-locating = Finding your location…
near-nearest = Nearest to you
near-unsupported = This browser cannot tell your location; choose a municipality from the list.
near-failed = Your location could not be found (or you did not allow it). Choose a municipality from the list.
coverage-title = Municipalities reached by outreach services
coverage-lead = How many outreach services of the chosen type come to each municipality of the district. White spots are municipalities none comes to.
coverage-loading = Counting the coverage…
coverage-white = { $count ->
    [one] { $count } municipality of { $all } has no outreach service
   *[other] { $count } municipalities of { $all } have no outreach service
}
coverage-white-of-type = of the type “{ $type }”
coverage-type = Type of service
coverage-all-types = all outreach services
coverage-show = Show
coverage-caption = Municipalities by the number of outreach services that come to them (fewest first)
coverage-municipality = Municipality
coverage-services = Outreach services
coverage-none = none – a white spot
coverage-disc = { $count ->
    [one] { $place }: { $count } outreach service
   *[other] { $place }: { $count } outreach services
}
coverage-figure = The district's municipal centres; the colour says how many outreach services come there. The table below says the same in words.
coverage-legend = Legend
coverage-level-0 = no service comes here
coverage-level-1 = 1 service
coverage-level-2 = 2 services
coverage-level-3 = 3 or more services
