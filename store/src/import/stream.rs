//! Reading a large JSON file one record at a time: a blocking thread parses and hands each item
//! over a channel (at most 64 waiting), so memory stays flat however large the file. The
//! thread's result says whether the file parsed to its end; a file that does not is refused
//! whole, and the import's transaction is rolled back.

use super::FileError;
use super::summary::Progress;
use serde::de::{DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::io::Read;
use std::marker::PhantomData;
use std::path::PathBuf;
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
            detail: e.to_string(),
        };
        let file = std::fs::File::open(&path).map_err(|source| FileError::Read {
            path: path.display().to_string(),
            source,
        })?;
        progress.start(file.metadata().map(|m| m.len()).unwrap_or(0));
        let counted = Counted {
            inner: file,
            progress,
        };
        let mut reader = serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(
            1 << 16,
            counted,
        ));
        let each = Each(sender, PhantomData);
        match key {
            None => serde::Deserializer::deserialize_seq(&mut reader, each),
            Some(key) => serde::Deserializer::deserialize_map(&mut reader, Under { key, each }),
        }
        .map_err(json)?;
        reader.end().map_err(json)
    });
    (receiver, parser)
}

struct Counted<R> {
    inner: R,
    progress: Progress,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.advance(n as u64);
        Ok(n)
    }
}

struct Each<T>(Sender<T>, PhantomData<T>);

impl<'de, T: DeserializeOwned> Visitor<'de> for Each<T> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(item) = seq.next_element::<T>()? {
            if self.0.blocking_send(item).is_err() {
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
        write!(f, "a JSON object with „{}“", self.key)
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
