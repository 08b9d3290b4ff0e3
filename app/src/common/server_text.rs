//! Text that Leptos writes into the server's HTML as it is, unescaped: a `<textarea>`'s children
//! and the document title. A refused form showing back `</textarea><script>`, or a service named
//! `</title><script>`, would run. On the server such text is escaped (the browser decodes it);
//! in the browser it is set as plain text, which is never markup.

/// `text`, escaped for the server's HTML, unchanged in the browser.
pub fn escaped_on_server(text: String) -> String {
    if cfg!(feature = "ssr") {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    } else {
        text
    }
}
