-- wrk: the pages of bench/load.sh in turn, one per request (the catalogue, a search, a
-- service's page, a wizard outcome).
local pages = {
  "/sluzby",
  "/sluzby?q=pecovatelska+sluzba",
  "/sluzby/1",
  "/pomoc/dluhy/ne?obec=549258",
}
local next_page = 0
request = function()
  next_page = next_page % #pages + 1
  return wrk.format("GET", pages[next_page])
end
