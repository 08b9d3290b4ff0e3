#!/usr/bin/env python3
"""How big a year of signals grows: writes 365 days of `signals` rows into an SQLite file made
with the portal's own migration and prints its size. The day's rows are a model of national
traffic (command-line numbers, defaults below): distinct search subjects with no or few results,
empty filters, wizard steps and outcomes, outcomes without a local service per municipality,
missing-service topics. Run: python3 bench/signals-year.py [searches filters no_local]"""
import os, random, sqlite3, sys, tempfile

searches, filters, no_local = (int(a) for a in (sys.argv[1:4] or [8000, 1000, 3000]))
words = [f"slovo{i}" for i in range(60000)]
path = os.path.join(tempfile.mkdtemp(), "signals.db")
db = sqlite3.connect(path)
db.executescript(open("store/migrations/sqlite/0021_needs.sql", encoding="utf-8").read())
rng = random.Random(7)
rows = 0
for day in range(365):
    date = f"2026-{day // 28 % 12 + 1:02d}-{day % 28 + 1:02d}" if day < 336 else f"2027-01-{day - 335:02d}"
    batch = []
    for _ in range(searches):
        subject = " ".join(sorted(rng.sample(words, rng.choice([1, 1, 2, 2, 3]))))
        batch.append((date, rng.choice(["hledani-bez-vysledku", "hledani-malo-vysledku"]), subject, rng.randint(1, 9)))
    for _ in range(filters):
        batch.append((date, "filtr-bez-vysledku", f"druh=druh-{rng.randint(1, 33)}&forma=terenni&obec={rng.randint(500000, 599999)}", 1))
    for node in range(120):
        batch.append((date, "pruvodce-otazka" if node < 60 else "pruvodce-vysledek", f"krok-pruvodce-{node}", rng.randint(1, 500)))
        batch.append((date, "pruvodce-nenasli", f"krok-pruvodce-{node}", rng.randint(1, 50)))
    for _ in range(no_local):
        batch.append((date, "vysledek-bez-mistni-sluzby", f"vysledek-{rng.randint(1, 60)} {rng.randint(500000, 599999)}", 1))
    for topic in range(15):
        batch.append((date, "chybi-sluzba", f"tema-{topic}", rng.randint(0, 5)))
    db.executemany("INSERT OR IGNORE INTO signals VALUES (?, ?, ?, ?)", batch)
    db.commit()
    rows += len(batch)
db.execute("VACUUM")
db.close()
size = os.path.getsize(path)
print(f"{rows:,} rows written (a day: {rows // 365:,}); the file: {size / 1e6:.1f} MB, {size / rows:.0f} B a row")
