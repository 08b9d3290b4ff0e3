//! A kept page compressed once, yet sent with each response's own nonce: the parts of the page
//! between the nonces are compressed each on its own (DEFLATE blocks ending on a byte, none
//! referring back past its part), and every response puts its nonce between them as an
//! uncompressed ("stored") block; the gzip trailer's CRC-32 is joined from the parts' (RFC 1951
//! §3.2.4, RFC 1952).

use axum::body::Bytes;
use flate2::{Compress, Compression, FlushCompress, Status};

/// A page's parts, each compressed, with the CRC-32 and length of what they hold.
#[derive(Debug)]
pub struct Gzipped {
    parts: Vec<Bytes>,
    sums: Vec<crc32fast::Hasher>,
    /// The length of the parts, uncompressed.
    length: usize,
}

/// The fixed gzip header: DEFLATE, no name, no time, unknown system.
const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];

impl Gzipped {
    /// Compresses the parts of a page that lie between its nonces.
    pub fn new(segments: &[Bytes]) -> Gzipped {
        let last = segments.len().saturating_sub(1);
        let parts = segments
            .iter()
            .enumerate()
            .map(|(i, segment)| {
                let flush = if i == last {
                    FlushCompress::Finish
                } else {
                    FlushCompress::Sync
                };
                Bytes::from(deflate(segment, flush))
            })
            .collect();
        let sums = segments
            .iter()
            .map(|segment| {
                let mut sum = crc32fast::Hasher::new();
                sum.update(segment);
                sum
            })
            .collect();
        let length = segments.iter().map(Bytes::len).sum();
        Gzipped {
            parts,
            sums,
            length,
        }
    }

    /// The gzip stream of the page with `nonce` between its parts.
    pub fn with_nonce(&self, nonce: &[u8]) -> Vec<u8> {
        let stored = u16::try_from(nonce.len()).expect("a nonce is short");
        let compressed: usize = self.parts.iter().map(Bytes::len).sum();
        let gaps = self.parts.len().saturating_sub(1);
        let mut out = Vec::with_capacity(HEADER.len() + compressed + gaps * (5 + nonce.len()) + 8);
        out.extend_from_slice(&HEADER);
        let mut nonce_sum = crc32fast::Hasher::new();
        nonce_sum.update(nonce);
        let mut sum = crc32fast::Hasher::new();
        for (i, (part, part_sum)) in self.parts.iter().zip(&self.sums).enumerate() {
            if i > 0 {
                // A stored block, not the last: BFINAL 0, BTYPE 00, then LEN and its complement.
                out.push(0);
                out.extend_from_slice(&stored.to_le_bytes());
                out.extend_from_slice(&(!stored).to_le_bytes());
                out.extend_from_slice(nonce);
                sum.combine(&nonce_sum);
            }
            out.extend_from_slice(part);
            sum.combine(part_sum);
        }
        let length = self.length + gaps * nonce.len();
        out.extend_from_slice(&sum.finalize().to_le_bytes());
        // ISIZE: the length modulo 2^32, as RFC 1952 has it.
        out.extend_from_slice(&(length as u32).to_le_bytes());
        out
    }
}

/// Raw DEFLATE of `data` with a fresh window, ending on a byte boundary (`Sync`) or with the
/// final block (`Finish`).
fn deflate(data: &[u8], flush: FlushCompress) -> Vec<u8> {
    let mut compress = Compress::new(Compression::default(), false);
    let mut out = Vec::with_capacity(data.len() / 3 + 64);
    loop {
        let read = usize::try_from(compress.total_in()).unwrap_or(data.len());
        let status = compress
            .compress_vec(&data[read..], &mut out, flush)
            .expect("DEFLATE of bytes in memory does not fail");
        let all_read = usize::try_from(compress.total_in()).is_ok_and(|n| n == data.len());
        // zlib has flushed everything once it leaves room in the output.
        let done = match flush {
            FlushCompress::Finish => status == Status::StreamEnd,
            _ => all_read && out.len() < out.capacity(),
        };
        if done {
            return out;
        }
        out.reserve(out.capacity().max(1024));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn gunzip(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(data)
            .read_to_end(&mut out)
            .expect("a valid gzip stream");
        out
    }

    #[test]
    fn the_parts_and_the_nonce_read_back_as_the_page() {
        let text = "<li><a href=\"/sluzby/pecovatelska-sluzba\">Pečovatelská služba</a></li>";
        let page = format!(
            "<head><script nonce=\"N\">a()</script></head><ul>{}</ul><script nonce=\"N\">b()</script>",
            text.repeat(200)
        );
        let nonce = "0123456789abcdef0123456789abcdef";
        let segments: Vec<Bytes> = page
            .split('N')
            .map(|s| Bytes::copy_from_slice(s.as_bytes()))
            .collect();
        let gzipped = Gzipped::new(&segments);
        let sent = gzipped.with_nonce(nonce.as_bytes());
        assert_eq!(
            String::from_utf8(gunzip(&sent)).expect("text"),
            page.replace('N', nonce)
        );
        assert!(sent.len() < page.len() / 4, "{} bytes", sent.len());
        let other = gzipped.with_nonce(b"ffffffffffffffffffffffffffffffff");
        assert!(
            String::from_utf8(gunzip(&other))
                .expect("text")
                .contains("nonce=\"ffff")
        );
    }

    #[test]
    fn a_page_without_a_nonce_and_an_empty_part_read_back() {
        let one = Gzipped::new(&[Bytes::from_static(b"<p>jen text</p>")]);
        assert_eq!(gunzip(&one.with_nonce(b"x")), b"<p>jen text</p>");
        let edges = Gzipped::new(&[Bytes::new(), Bytes::from_static(b"mezi"), Bytes::new()]);
        assert_eq!(gunzip(&edges.with_nonce(b"NN")), b"NNmeziNN");
        let long = vec![b'a'; 300_000];
        let big = Gzipped::new(&[Bytes::from(long.clone()), Bytes::from(long.clone())]);
        assert_eq!(gunzip(&big.with_nonce(b"-")).len(), 600_001);
    }
}
