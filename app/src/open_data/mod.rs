//! `/otevrena-data`: the page for developers — what the open-data API offers (Open Referral HSDS
//! 3.0 under `/api/hsds/`), how the Czech fields travel, and examples to copy.

use leptos::prelude::*;
use leptos_meta::Title;

/// One endpoint: its path and what it answers.
const ENDPOINTS: &[(&str, &str)] = &[
    ("/api/hsds/", "verze HSDS a odkaz na specifikaci"),
    (
        "/api/hsds/services",
        "služby po stránkách (jen vlastní pole; s full=true celé)",
    ),
    (
        "/api/hsds/services/{id}",
        "jedna služba se vším: telefony, provozní doba, místa, obce působnosti, atributy",
    ),
    (
        "/api/hsds/organizations",
        "poskytovatelé (full_service=true i s celými službami)",
    ),
    (
        "/api/hsds/organizations/{id}",
        "jeden poskytovatel s IČO, sídlem a službami",
    ),
    (
        "/api/hsds/service_at_locations",
        "místa, kde se služby poskytují",
    ),
    (
        "/api/hsds/service_at_locations/{id}",
        "jedno místo služby s adresou a polohou",
    ),
    (
        "/api/hsds/taxonomies",
        "taxonomie portálu: druh služby, forma, cílová skupina, skupina obyvatel, vlastnost",
    ),
    (
        "/api/hsds/taxonomy_terms",
        "pojmy taxonomií (taxonomy_id zúží na jednu)",
    ),
];

/// Parameters of the lists: HSDS's and the catalogue's own.
const PARAMETERS: &[(&str, &str)] = &[
    (
        "page, per_page",
        "stránka (od 1) a počet položek na ní (1–500, výchozí 50)",
    ),
    (
        "search",
        "hledaný text, jako ve vyhledávání na webu (skloňování i bez diakritiky)",
    ),
    (
        "taxonomy_term_id",
        "jen služby s tímto pojmem (druh, forma, cílová skupina, skupina obyvatel)",
    ),
    ("organization_id", "jen služby tohoto poskytovatele"),
    ("full", "celé objekty místo vlastních polí"),
    (
        "obec",
        "kód obce (RÚIAN): služby v obci nebo do ní dojíždějící",
    ),
    (
        "skupina, forma, druh, cil",
        "filtr katalogu, stejné hodnoty jako v adrese stránky Služby",
    ),
];

#[component]
pub fn OpenDataPage() -> impl IntoView {
    view! {
        <Title text="Otevřená data a API" />
        <article class="prose" aria-labelledby="open-data-heading">
            <h1 id="open-data-heading">"Otevřená data a API"</h1>
            <p>
                "Celý katalog sociálních služeb je k dispozici ve formátu "
                <a href="https://docs.openreferral.org/en/latest/">"Open Referral HSDS 3.0"</a>
                ", mezinárodním standardu pro adresáře sociálních a zdravotních služeb. Data smí kdokoli
                 číst a dál používat; odpovědi jsou JSON v kódování UTF-8, bez registrace a bez klíče."
            </p>
            <h2>"Adresy"</h2>
            <table class="admin-table">
                <thead><tr><th scope="col">"Adresa"</th><th scope="col">"Co vrací"</th></tr></thead>
                <tbody>
                    {ENDPOINTS.iter().map(|(path, what)| view! {
                        <tr><td><code>{*path}</code></td><td>{*what}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2>"Parametry seznamů"</h2>
            <dl>
                {PARAMETERS.iter().map(|(name, what)| view! {
                    <dt><code>{*name}</code></dt><dd>{*what}</dd>
                }).collect_view()}
            </dl>
            <p>
                "Parametry, které API neumí splnit (modified_after, postcode, proximity, jiný formát než
                 JSON), odmítne odpovědí 400 s vysvětlením v poli error; neznámý identifikátor dává 404."
            </p>
            <h2>"České údaje v HSDS"</h2>
            <ul>
                <li>"Druh služby podle zákona, forma poskytování, cílové skupiny a skupiny obyvatel jsou pojmy
                     taxonomií portálu; služba je nese jako atributy."</li>
                <li>"Identifikátor v registru poskytovatelů, klíčová slova, poznámka ke kontaktu a klíč služby
                     jsou atributy taxonomie „vlastnost“ s hodnotou (pole value)."</li>
                <li>"IČO je identifikátor organizace (identifier_type „IČO“). Obce působnosti odkazují na obec
                     v RÚIAN (https://linked.cuzk.cz/resource/ruian/obec/…), místa nesou kód obce
                     v external_identifier. Poloha ve středu obce má atribut „poloha-priblizna“."</li>
                <li>"Identifikátory jsou UUID, stálé mezi exporty. Každá služba a poskytovatel má na své stránce
                     odkaz na svá data."</li>
            </ul>
            <h2>"Příklady"</h2>
            <pre><code>"curl 'https://…/api/hsds/services?search=dluhy&per_page=10'
curl 'https://…/api/hsds/services?obec=549240&forma=terenni&full=true'
curl 'https://…/api/hsds/taxonomy_terms?search=senio'"</code></pre>
            <h2>"Celý adresář jako soubory"</h2>
            <p>
                "Správce portálu vyexportuje celý adresář jako HSDS JSON nebo jako tabulkový datový balíček
                 CSV (datapackage.json a tabulka na každý objekt) a stejné soubory, stejně jako otevřená data
                 registru poskytovatelů MPSV, umí načíst. Import nepřepíše údaj, který redakce po
                 posledním importu upravila: ohlásí ho jako konflikt."
            </p>
            <pre><code>"server export --format hsds-csv adresar/
    server import --format mpsv rpss.json --dry-run"</code></pre>
        </article>
    }
}
