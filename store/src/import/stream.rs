//! Reading a large JSON file one record at a time: a blocking thread parses and hands each item
//! over a channel (at most 64 waiting), so memory stays flat however large the file; no single
//! item may be larger than [`ITEM_LIMIT`], so a file of garbage (one endless string) cannot
//! fill the memory either. The thread's result says whether the file parsed to its end; a file
//! that does not is refused whole, and the import's transaction is rolled back.

use super::FileError;
use super::summary::Progress;
use serde::de::{DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::io::Read;
use std::marker::PhantomData;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::mpsc::{Receiver, Sender, channel};
use tokio::task::JoinHandle;

/// Items of the array at the top of `path`, or under `key` of the object at its top.
pub(crate) fn stream<T>(
    path: PathBuf,
    key: Option<&'static str>,
    progress: Progress,
) -> (Receiver<T>, JoinHandle<Result<(), FileError>>)
where
    T: DeserializeOwned + Send + 'static,
{
    let (sender, receiver) = channel(64);
    let parser = tokio::task::spawn_blocking(move || {
        let json = |e: serde_json::Error| FileError::Json {
            path: path.display().to_string(),
            detail: domain::import::czech_json_error(&e),
        };
        let file = std::fs::File::open(&path).map_err(|source| FileError::Read {
            path: path.display().to_string(),
            source,
        })?;
        progress.start(file.metadata().map(|m| m.len()).unwrap_or(0));
        let since_item = Arc::new(AtomicU64::new(0));
        let counted = Counted {
            inner: file,
            progress,
            since_item: since_item.clone(),
        };
        let mut reader = serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(
            1 << 16,
            counted,
        ));
        let each = Each {
            sender,
            since_item,
            item: PhantomData,
        };
        match key {
            None => serde::Deserializer::deserialize_seq(&mut reader, each),
            Some(key) => serde::Deserializer::deserialize_map(&mut reader, Under { key, each }),
        }
        .map_err(json)?;
        reader.end().map_err(json)
    });
    (receiver, parser)
}

/// The most bytes one item may take (a register item is about 15 kB).
pub(crate) const ITEM_LIMIT: u64 = 32 << 20;

struct Counted<R> {
    inner: R,
    progress: Progress,
    /// Bytes read since the last item ended.
    since_item: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.advance(n as u64);
        let since = self.since_item.fetch_add(n as u64, Ordering::Relaxed) + n as u64;
        if since > ITEM_LIMIT + (1 << 16) {
            return Err(std::io::Error::other(format!(
                "jedna položka souboru je delší než {} MB: to není záznam, ale nesmysl",
                ITEM_LIMIT >> 20
            )));
        }
        Ok(n)
    }
}

struct Each<T> {
    sender: Sender<T>,
    since_item: Arc<AtomicU64>,
    item: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Each<T> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("seznam")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(item) = seq.next_element::<T>()? {
            self.since_item.store(0, Ordering::Relaxed);
            if self.sender.blocking_send(item).is_err() {
                // The import stopped: nothing more to read.
                return Ok(());
            }
        }
        Ok(())
    }
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for Each<T> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

/// The object at the top: its `key` streams, every other value is skipped.
struct Under<T> {
    key: &'static str,
    each: Each<T>,
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Under<T> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "objekt s klíčem „{}“", self.key)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut each = Some(self.each);
        while let Some(key) = map.next_key::<String>()? {
            match (key == self.key, each.take()) {
                (true, Some(items)) => map.next_value_seed(items)?,
                (_, rest) => {
                    each = rest;
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if each.is_some() {
            return Err(serde::de::Error::missing_field(self.key));
        }
        Ok(())
    }
}
