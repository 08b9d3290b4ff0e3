//! News as an Atom feed (RFC 4287) that feed readers follow.

use super::Article;
use crate::text::escape_xml as escape;

/// The feed of `articles` (newest first) of the portal at `base`; `self_path` is the feed's own
/// path with its query (`/novinky.atom?skupina=seniori`).
pub fn feed(articles: &[Article], base: &str, title: &str, self_path: &str) -> String {
    let base = base.trim_end_matches('/');
    let updated = articles
        .first()
        .map_or_else(|| "1970-01-01".to_owned(), |a| a.published_on.clone());
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"cs\">\n\
         <title>{}</title>\n<id>{base}/novinky</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{base}/novinky\"/>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<updated>{updated}T00:00:00Z</updated>\n\
         <author><name>Pomoc</name></author>\n",
        escape(title),
        escape(&format!("{base}{self_path}"))
    );
    for a in articles {
        let url = format!("{base}/novinky/{}", a.slug);
        out.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{url}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n\
             <updated>{}T00:00:00Z</updated>\n<summary>{}</summary>\n</entry>\n",
            escape(&a.title),
            a.published_on,
            escape(&a.summary)
        ));
    }
    out.push_str("</feed>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Slug;

    #[test]
    fn the_feed_escapes_what_staff_wrote() {
        let article = Article {
            slug: Slug::parse("plan-2027").unwrap(),
            title: "Plán <2027> & vy".into(),
            published_on: "2026-11-20".into(),
            summary: "Připomínky \"do konce\" měsíce.".into(),
            body: String::new(),
            audiences: Vec::new(),
            image: None,
        };
        let xml = feed(
            &[article],
            "https://pomoc.example",
            "Novinky",
            "/novinky.atom?skupina=a&b",
        );
        assert!(xml.contains("<title>Plán &lt;2027&gt; &amp; vy</title>"));
        assert!(xml.contains("<summary>Připomínky &quot;do konce&quot; měsíce.</summary>"));
        assert!(xml.contains("href=\"https://pomoc.example/novinky.atom?skupina=a&amp;b\""));
        assert!(xml.contains("<updated>2026-11-20T00:00:00Z</updated>"));
        assert!(xml.contains("<id>https://pomoc.example/novinky/plan-2027</id>"));
    }
}
