//! The accessibility statement (prohlášení o přístupnosti) as zákon č. 99/2019 Sb. and vyhláška
//! č. 515/2020 Sb. ask for it: who commits to what, how far the site complies and where it does
//! not, how the statement was made, and — below it, the page's form — how to tell us.

use leptos::prelude::*;

/// The day the statement was made and last checked.
const MADE_ON: &str = "24. 11. 2026";

#[component]
pub fn Statement() -> impl IntoView {
    view! {
        <div class="statement">
            <p>"Provozovatel portálu Pomoc se zavazuje zpřístupnit tento web v souladu se zákonem č. 99/2019 Sb., o přístupnosti internetových stránek a mobilních aplikací. Prohlášení se týká celého portálu včetně pohledů vkládaných na weby obcí."</p>
            <h2>"Stav souladu"</h2>
            <p>"Web je " <strong>"částečně v souladu"</strong> " s normou ČSN EN 301 549 V3.2.1 a s pravidly WCAG 2.1 na úrovni AA, a to kvůli obsahu uvedenému níže."</p>
            <h2>"Nepřístupný obsah"</h2>
            <ul>
                <li>"Mapa služeb je obrázek: polohu služeb ze samotné mapy čtečka nepřečte. Stejné služby jsou vždy i v seznamu vedle mapy, seskupené podle obcí nebo seřazené podle vzdálenosti."</li>
                <li>"Dokumenty PDF ke stažení (plány, analýzy, zápisy) nejsou označené pro čtečky. Na požádání pošleme jejich text."</li>
                <li>"Barvy pohledu vloženého na web obce vybírá obec z pěti předem ověřených kombinací; okolní stránka obce pod toto prohlášení nespadá."</li>
            </ul>
            <h2>"Jak prohlášení vzniklo"</h2>
            <p>{format!("Prohlášení bylo vypracováno {MADE_ON} na základě vlastního posouzení. Každá veřejná stránka a každý vkládaný pohled se při každé změně kódu automaticky kontroluje nástrojem axe-core na šířce displeje mobilního telefonu (pravidla WCAG 2.1 A a AA), ovládání klávesnicí a čtečkou se zkouší ručně na hlavních cestách: katalog, průvodce Potřebuji pomoc, mapa a formuláře.")}</p>
            <h2>"Vymáhání"</h2>
            <p>"Pokud na svůj podnět nedostanete odpověď do 30 dnů nebo s ní nejste spokojeni, můžete se obrátit na Ministerstvo vnitra, odbor eGovernmentu, náměstí Hrdinů 1634/3, 140 21 Praha 4, e-mail " <a href="mailto:pristupnost@mvcr.cz">"pristupnost@mvcr.cz"</a> "."</p>
            <h2 id="statement-feedback">"Zpětná vazba a kontakt"</h2>
        </div>
    }
}
