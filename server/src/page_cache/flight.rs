//! One render at a time per page. When a kept page runs out (a new content version, its minute
//! gone), hundreds of visitors may ask for it at once; the first renders it, the others wait for
//! that render (or, while an outdated copy is there, are sent that copy) instead of each
//! rendering it again on the same cores.

use super::key::PageKey;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::watch;

/// The renders under way, by page.
#[derive(Debug, Default)]
pub struct Flights {
    running: Mutex<HashMap<PageKey, watch::Receiver<()>>>,
}

/// What a request does about a page nobody has kept fresh.
pub enum Turn {
    /// Render it; the others wait until this is dropped.
    Lead(Leading),
    /// Another request renders it: wait for `changed()` to end.
    Follow(watch::Receiver<()>),
}

/// A render under way; dropped when the page is kept (or the render failed), which wakes the
/// requests waiting for it.
pub struct Leading {
    flights: Arc<Flights>,
    key: PageKey,
    done: watch::Sender<()>,
}

impl Flights {
    pub fn take_turn(self: &Arc<Self>, key: &PageKey) -> Turn {
        let Ok(mut running) = self.running.lock() else {
            // A poisoned lock: render without the others.
            let (done, _) = watch::channel(());
            return Turn::Lead(Leading {
                flights: self.clone(),
                key: key.clone(),
                done,
            });
        };
        if let Some(waiting) = running.get(key) {
            return Turn::Follow(waiting.clone());
        }
        let (done, waiting) = watch::channel(());
        running.insert(key.clone(), waiting);
        Turn::Lead(Leading {
            flights: self.clone(),
            key: key.clone(),
            done,
        })
    }
}

impl Drop for Leading {
    fn drop(&mut self) {
        if let Ok(mut running) = self.flights.running.lock()
            && running
                .get(&self.key)
                .is_some_and(|r| r.same_channel(&self.done.subscribe()))
        {
            running.remove(&self.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_second_request_follows_the_first_and_wakes_when_it_is_done() {
        let flights = Arc::new(Flights::default());
        let key = PageKey::for_test("/sluzby");
        let Turn::Lead(lead) = flights.take_turn(&key) else {
            panic!("the first request renders");
        };
        let Turn::Follow(mut done) = flights.take_turn(&key) else {
            panic!("the second waits");
        };
        let waiting = tokio::spawn(async move { done.changed().await.is_err() });
        drop(lead);
        assert!(waiting.await.expect("woken"), "woken by the render's end");
        assert!(
            matches!(flights.take_turn(&key), Turn::Lead(_)),
            "the next one renders"
        );
    }
}
