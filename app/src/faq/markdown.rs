//! Markdown that staff write, turned into HTML that is safe to put in a page: raw HTML in the
//! source is shown as text, links keep only http(s), mailto, tel and site-relative addresses,
//! images become links, and headings start at level 3 so they sit under the page's own.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:", "#"]
        .iter()
        .any(|p| lower.starts_with(p))
        || (lower.starts_with('/') && !lower.starts_with("//"))
}

fn link(dest_url: CowStr<'_>, title: CowStr<'_>, id: CowStr<'_>) -> Tag<'static> {
    let dest_url = if safe_url(&dest_url) {
        dest_url.into_string()
    } else {
        "#".to_owned()
    };
    Tag::Link {
        link_type: pulldown_cmark::LinkType::Inline,
        dest_url: dest_url.into(),
        title: title.into_string().into(),
        id: id.into_string().into(),
    }
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H3,
        HeadingLevel::H2 => HeadingLevel::H4,
        HeadingLevel::H3 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

fn safe_events(markdown: &str) -> impl Iterator<Item = Event<'_>> {
    Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link {
            dest_url,
            title,
            id,
            ..
        })
        | Event::Start(Tag::Image {
            dest_url,
            title,
            id,
            ..
        }) => Event::Start(link(dest_url, title, id)),
        Event::End(TagEnd::Image) => Event::End(TagEnd::Link),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: demote(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(demote(level))),
        other => other,
    })
}

/// Safe HTML for the Markdown.
pub fn to_safe_html(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, safe_events(markdown));
    out
}

/// The words of the Markdown without its markup, for excerpts.
pub fn to_plain_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                out.push(' ')
            }
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_renders() {
        let html = to_safe_html("# Nadpis\n\nText **tučně** a [odkaz](/sluzby).\n\n- jedna\n- dvě");
        assert!(html.contains("<h3>Nadpis</h3>"), "{html}");
        assert!(html.contains("<strong>tučně</strong>"));
        assert!(html.contains(r#"<a href="/sluzby">odkaz</a>"#));
        assert!(html.contains("<li>jedna</li>"));
    }

    #[test]
    fn markup_and_dangerous_links_never_run() {
        let html = to_safe_html(
            "<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> [x](javascript:alert(1)) ![y](data:text/html,z) [z](//evil.example)",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("javascript:"));
        assert!(!html.contains("data:"));
        assert!(!html.contains("//evil"));
    }

    #[test]
    fn plain_text_drops_markup() {
        assert_eq!(
            to_plain_text("**Tučně** a [odkaz](/x).\n\n- jedna\n- dvě"),
            "Tučně a odkaz. jedna dvě"
        );
    }
}
