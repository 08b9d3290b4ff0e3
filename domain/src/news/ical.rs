//! Events as iCalendar (RFC 5545): one event for "add to my calendar", or all of them as a feed a
//! calendar application subscribes to. Times are Písek's local time (`TZID=Europe/Prague`, with
//! the zone's rules included); text is escaped and lines are folded at 75 octets, with CRLF.

use super::Event;

/// Central European time with its summer time, as calendar applications expect to find it.
const PRAGUE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Prague\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// A calendar of `events`; `base` is the portal's public address (for each event's URL and
/// UID), `stamp` the time of writing in UTC (`20261124T120000Z`).
pub fn calendar(events: &[Event], base: &str, name: &str, stamp: &str) -> String {
    let base = base.trim_end_matches('/');
    let host = base.split("://").nth(1).unwrap_or(base);
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pomoc//Akce//CS\r\nCALSCALE:GREGORIAN\r\n",
    );
    out.push_str(&line("X-WR-CALNAME", &text(name)));
    out.push_str(PRAGUE);
    for event in events {
        out.push_str("BEGIN:VEVENT\r\n");
        out.push_str(&line("UID", &format!("{}@{host}", event.slug)));
        out.push_str(&line("DTSTAMP", stamp));
        out.push_str(&line("DTSTART;TZID=Europe/Prague", &event.starts.ical()));
        out.push_str(&line("DTEND;TZID=Europe/Prague", &event.ends.ical()));
        out.push_str(&line("SUMMARY", &text(&event.title)));
        out.push_str(&line("LOCATION", &text(&event.place)));
        if !event.description.trim().is_empty() {
            out.push_str(&line("DESCRIPTION", &text(&event.description)));
        }
        out.push_str(&line("URL", &format!("{base}/akce/{}", event.slug)));
        out.push_str("END:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// TEXT as RFC 5545 wants it: backslash, semicolon, comma and line breaks escaped.
fn text(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
        .replace('\r', "")
}

/// One content line, folded so that no line is longer than 75 octets (never inside a
/// character).
fn line(name: &str, value: &str) -> String {
    let whole = format!("{name}:{value}");
    let mut out = String::with_capacity(whole.len() + 8);
    let mut width = 0;
    for c in whole.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Slug;
    use crate::news::LocalDateTime;

    fn event() -> Event {
        Event {
            slug: Slug::parse("kulaty-stul").unwrap(),
            title: "Kulatý stůl; senioři, péče a \\ bydlení".into(),
            starts: LocalDateTime::parse("2026-12-03T17:00").unwrap(),
            ends: LocalDateTime::parse("2026-12-03T19:00").unwrap(),
            place: "Městská knihovna Písek, sál".into(),
            description: "První řádek.\nDruhý řádek, který je dost dlouhý na to, aby se musel zalomit podle normy RFC 5545 – a ještě kousek.".into(),
            audiences: Vec::new(),
        }
    }

    #[test]
    fn an_event_is_escaped_folded_and_in_prague_time() {
        let ics = calendar(
            &[event()],
            "https://pomoc.example/",
            "Akce",
            "20261124T120000Z",
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("DTSTART;TZID=Europe/Prague:20261203T170000\r\n"));
        assert!(ics.contains("SUMMARY:Kulatý stůl\\; senioři\\, péče a \\\\ bydlení\r\n"));
        assert!(ics.contains("UID:kulaty-stul@pomoc.example\r\n"));
        assert!(ics.contains("URL:https://pomoc.example/akce/kulaty-stul\r\n"));
        assert!(ics.contains("DESCRIPTION:První řádek.\\nDruhý"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("podle normy RFC 5545 – a ještě kousek."));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }
}
