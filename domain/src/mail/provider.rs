//! The messages providers get: the sign-in link, staff's invitation, the request to confirm their
//! services (and its reminders), and a proposal staff returned.

use super::{Block, Footer, Kind, Message, compose};
use crate::MunicipalityCode;
use crate::admin::service_edit::ServiceEdit;
use crate::provider::sign_in::{LINK_MINUTES, VERIFY_LINK_DAYS};

/// A service as residents see it, for the verification message and the provider's pages.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ListedService {
    pub name: String,
    /// Type, address, phones, e-mails, web, hours: each a line, as the service page shows them.
    pub details: Vec<String>,
}

impl ListedService {
    /// A service's record as its page shows it; `place` names a municipality.
    pub fn of(edit: &ServiceEdit, place: &dyn Fn(MunicipalityCode) -> String) -> Self {
        let mut details: Vec<String> = edit
            .service_type
            .iter()
            .map(|t| t.label().to_owned())
            .collect();
        for location in &edit.locations {
            let parts: Vec<String> = [
                location.name.clone(),
                location.street.clone(),
                location.postcode.as_ref().map(|p| p.as_str().to_owned()),
                Some(place(location.municipality)),
            ]
            .into_iter()
            .flatten()
            .collect();
            details.push(format!("Adresa: {}", parts.join(", ")));
        }
        let contacts = &edit.contacts;
        let joined = |values: Vec<&str>| values.join(", ");
        if !contacts.phones.is_empty() {
            details.push(format!(
                "Telefon: {}",
                joined(contacts.phones.iter().map(|p| p.display()).collect())
            ));
        }
        if !contacts.emails.is_empty() {
            details.push(format!(
                "E-mail: {}",
                joined(contacts.emails.iter().map(|e| e.as_str()).collect())
            ));
        }
        if let Some(web) = &contacts.web {
            details.push(format!("Web: {}", web.as_str()));
        }
        if let Some(hours) = &edit.hours {
            details.push(format!("Provozní doba: {hours}"));
        }
        if contacts.phones.is_empty() && contacts.emails.is_empty() && contacts.web.is_none() {
            details.push("Kontakt: neuveden".into());
        }
        ListedService {
            name: edit.name.clone(),
            details,
        }
    }
}

/// The one-time sign-in link a person asked for.
pub fn sign_in(to: &str, organization: &str, link: &str, footer: &Footer) -> Message {
    compose(
        to,
        Kind::SignIn,
        "Přihlášení na portál Pomoc".into(),
        &[
            Block::Para(format!(
                "Dobrý den,\n\nna portálu Pomoc někdo požádal o přihlášení za organizaci {organization} touto adresou."
            )),
            Block::Link {
                label: format!(
                    "Přihlásíte se tímto odkazem. Platí {LINK_MINUTES} minut a jen jednou:"
                ),
                url: link.to_owned(),
            },
        ],
        footer,
    )
}

/// Staff invited this address to keep the organisation's records.
pub fn invitation(to: &str, organization: &str, sign_in_page: &str, footer: &Footer) -> Message {
    compose(
        to,
        Kind::Invitation,
        format!("Pozvánka: údaje organizace {organization} na portálu Pomoc"),
        &[
            Block::Para(format!(
                "Dobrý den,\n\nportál Pomoc pomáhá obyvatelům najít sociální služby. Správa portálu vás zve, \
                 abyste údaje služeb organizace {organization} udržovali sami: telefony, e-maily, web, \
                 provozní dobu a popis. Heslo nepotřebujete, přihlásíte se odkazem, který vám pošleme \
                 na tuto adresu."
            )),
            Block::Link {
                label: "Přihlášení pro poskytovatele:".into(),
                url: sign_in_page.to_owned(),
            },
        ],
        footer,
    )
}

/// Which message of a round this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asking {
    First,
    Reminder(u8),
}

/// The request to confirm the organisation's services: each as residents see it, "Vše platí"
/// and "Upravit" behind one link.
pub fn verification_request(
    to: &str,
    organization: &str,
    services: &[ListedService],
    link: &str,
    asking: Asking,
    footer: &Footer,
) -> Message {
    let (kind, subject, opening) = match asking {
        Asking::First => (
            Kind::VerificationRequest,
            format!("Platí údaje vašich služeb? {organization}"),
            "Dobrý den,\n\nobyvatelé hledají vaše služby na portálu Pomoc. Aby jim telefony a adresy fungovaly, \
             prosíme vás jednou za čas o jejich potvrzení. Takto je vidí obyvatelé:".to_owned(),
        ),
        Asking::Reminder(n) => (
            Kind::Reminder,
            format!("Připomínka ({n}.): platí údaje vašich služeb? {organization}"),
            "Dobrý den,\n\nzatím jsme od vás nedostali potvrzení údajů vašich služeb na portálu Pomoc. \
             Prosíme o chvilku: takto je vidí obyvatelé:".to_owned(),
        ),
    };
    let mut blocks = vec![Block::Para(opening)];
    blocks.extend(services.iter().map(|s| Block::Record {
        name: s.name.clone(),
        details: s.details.clone(),
    }));
    blocks.push(Block::Link {
        label: format!(
            "Platí-li vše, stačí otevřít odkaz a stisknout „Vše platí“. Je-li třeba něco opravit, \
             zvolte na téže stránce „Upravit“; změny zkontroluje správa portálu. Odkaz platí {VERIFY_LINK_DAYS} dní:"
        ),
        url: link.to_owned(),
    });
    compose(to, kind, subject, &blocks, footer)
}

/// Staff returned a proposal, with their reason.
pub fn returned(
    to: &str,
    service: &str,
    reason: &str,
    sign_in_page: &str,
    footer: &Footer,
) -> Message {
    compose(
        to,
        Kind::Returned,
        format!("Úprava služby {service} vrácena"),
        &[
            Block::Para(format!(
                "Dobrý den,\n\nspráva portálu Pomoc vaši úpravu služby {service} nezveřejnila a vrátila ji s tímto vysvětlením:"
            )),
            Block::Para(reason.to_owned()),
            Block::Link {
                label: "Po přihlášení můžete poslat úpravu znovu:".into(),
                url: sign_in_page.to_owned(),
            },
        ],
        footer,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn footer() -> Footer {
        Footer {
            portal: "https://pomoc.example".into(),
            unsubscribe: Some("https://pomoc.example/pro-poskytovatele/odhlasit/abc".into()),
        }
    }

    #[test]
    fn the_request_lists_services_as_residents_see_them_with_the_link_and_the_way_out() {
        let services = [ListedService {
            name: "Denní stacionář <Jitřenka>".into(),
            details: vec!["Tel.: +420 382 000 111".into()],
        }];
        let link = "https://pomoc.example/pro-poskytovatele/overeni/t0k3n";
        let m = verification_request(
            "a@b.example",
            "Jitřenka",
            &services,
            link,
            Asking::First,
            &footer(),
        );
        assert_eq!(m.kind, Kind::VerificationRequest);
        assert!(
            m.text
                .contains("* Denní stacionář <Jitřenka>\n  Tel.: +420 382 000 111"),
            "{}",
            m.text
        );
        assert!(m.text.contains(link));
        assert!(m.text.contains(
            "\n-- \nTuto zprávu poslal portál sociálních služeb Pomoc, https://pomoc.example."
        ));
        assert!(m.text.contains("/pro-poskytovatele/odhlasit/abc"));
        assert!(
            m.html.contains("Denní stacionář &lt;Jitřenka&gt;"),
            "escaped: {}",
            m.html
        );
        assert!(m.html.contains(&format!("<a href=\"{link}\">")));
        assert!(m.html.starts_with("<!DOCTYPE html><html lang=\"cs\">"));
        let r = verification_request(
            "a@b.example",
            "Jitřenka",
            &services,
            link,
            Asking::Reminder(2),
            &footer(),
        );
        assert_eq!(r.kind, Kind::Reminder);
        assert!(r.subject.starts_with("Připomínka (2.)"));
    }
}
