#!/usr/bin/env python3
"""Writes store/data/sample-population-pisek.csv: the Písek district's municipalities by
five-year age band in the shape of ČSÚ's census table sldb2021_vek5_pohlavi.csv (the same
columns, in its order), with made-up numbers, for the sample data. Deterministic."""
import csv, hashlib, sys

SHARES = [5.1, 5.5, 5.2, 4.6, 4.5, 5.4, 6.1, 6.6, 8.1, 8.1, 6.4, 6.2, 6.2, 6.5, 6.0, 4.2,
          2.5, 1.3, 0.5, 0.1, 0.01]
COLUMNS = ["idhod", "hodnota", "ukaz_txt", "vek_cis", "vek_kod", "pohlavi_cis", "pohlavi_kod",
           "uzemi_cis", "uzemi_kod", "casref_do", "vek_txt", "pohlavi_txt", "uzemi_txt"]

def band_text(i):
    start = i * 5
    if start == 100:
        return "100 a více let"
    return f"{start} - {start + 4} {'roky' if start == 0 else 'let'}"

def main(source, target):
    with open(source, encoding="utf-8") as f:
        towns = list(csv.DictReader(f))
    out = csv.writer(open(target, "w", encoding="utf-8", newline=""), quoting=csv.QUOTE_ALL)
    out.writerow(COLUMNS)
    row_id = 0
    for town in towns:
        code, name = town["Kód obce"], town["Obec"]
        seed = int(hashlib.sha256(code.encode()).hexdigest(), 16)
        total = 29_800 if name == "Písek" else 80 + seed % 2_400
        # Villages are older than the town: shift some weight to 65+.
        older = 1.0 if name == "Písek" else 1.0 + (seed >> 16) % 30 / 100
        weights = [s * (older if i >= 13 else 1.0) for i, s in enumerate(SHARES)]
        counts = [round(total * w / sum(weights)) for w in weights]
        def row(value, band, sex_code, sex_text):
            nonlocal row_id
            row_id += 1
            out.writerow([str(700_000_000 + row_id), str(value), "Počet obyvatel",
                          "7700" if band is not None else "",
                          f"4000006000{band * 5:02d}{band * 5 + 4:03d}" if band is not None else "",
                          "102" if sex_code else "", sex_code, "43", code, "2021-03-26",
                          band_text(band) if band is not None else "", sex_text, name])
        row(sum(counts), None, "", "")
        for i, c in enumerate(counts):
            row(c, i, "", "")
        if name == "Písek":
            for i, c in enumerate(counts):
                row(c // 2, i, "1", "muž")
                row(c - c // 2, i, "2", "žena")
    # The district's total, which the import skips (uzemi_cis 101).
    out.writerow(["1", "70000", "Počet obyvatel", "", "", "", "", "101", "40819", "2021-03-26",
                  "", "", "Písek"])

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
