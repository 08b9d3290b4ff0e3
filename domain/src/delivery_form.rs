//! How a service reaches its clients (forma poskytování).

use crate::code_list::code_list;

code_list! {
    /// Where the service happens: at the provider, at the client's home, or residential.
    pub enum DeliveryForm as "forma poskytování" {
        /// The client comes to the provider.
        Outpatient = 0, "ambulantni", "ambulantní";
        /// The provider comes to the client.
        Field = 1, "terenni", "terénní";
        /// The client lives at the provider's facility.
        Residential = 2, "pobytova", "pobytová";
    }
}

impl DeliveryForm {
    /// A short explanation for residents who do not know the law's words.
    pub const fn explanation(self) -> &'static str {
        match self {
            DeliveryForm::Outpatient => "docházíte za poskytovatelem",
            DeliveryForm::Field => "poskytovatel přijede za vámi domů",
            DeliveryForm::Residential => "bydlíte v zařízení poskytovatele",
        }
    }
}
