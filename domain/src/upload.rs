//! Images staff upload for news: only PNG, JPEG and WebP, recognised by their first bytes (never
//! by the name or the type the browser claims), at most 2 MB, with their size in pixels read from
//! the header so pages reserve the space. Stored and served under a name the server makes from
//! the content's hash, with the extension of the recognised kind — never a name a person typed.

use serde::{Deserialize, Serialize};

pub const MAX_IMAGE_BYTES: usize = 2 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImageKind {
    Png,
    Jpeg,
    Webp,
}

impl ImageKind {
    pub const ALL: [ImageKind; 3] = [ImageKind::Png, ImageKind::Jpeg, ImageKind::Webp];

    pub fn extension(self) -> &'static str {
        match self {
            ImageKind::Png => "png",
            ImageKind::Jpeg => "jpg",
            ImageKind::Webp => "webp",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            ImageKind::Png => "image/png",
            ImageKind::Jpeg => "image/jpeg",
            ImageKind::Webp => "image/webp",
        }
    }
}

/// An image in the staff's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageInfo {
    pub name: String,
    pub width: i64,
    pub height: i64,
    pub uploaded_at: i64,
    pub uploaded_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UploadError {
    #[error("Vyberte prosím soubor s obrázkem.")]
    Empty,
    #[error("Obrázek je větší než 2 MB. Zmenšete jej prosím a nahrajte znovu.")]
    TooLarge,
    #[error("Tento soubor není obrázek PNG, JPEG ani WebP.")]
    NotAnImage,
    #[error("Obrázek má poškozenou hlavičku; uložte jej prosím znovu v grafickém programu.")]
    NoSize,
}

/// An image checked for upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedImage {
    pub kind: ImageKind,
    pub width: u32,
    pub height: u32,
}

/// Recognises an image and reads its size in pixels.
pub fn check_image(bytes: &[u8]) -> Result<CheckedImage, UploadError> {
    if bytes.is_empty() {
        return Err(UploadError::Empty);
    }
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(UploadError::TooLarge);
    }
    let (kind, size) = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        (ImageKind::Png, png_size(bytes))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        (ImageKind::Jpeg, jpeg_size(bytes))
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        (ImageKind::Webp, webp_size(bytes))
    } else {
        return Err(UploadError::NotAnImage);
    };
    match size {
        Some((width, height)) if width > 0 && height > 0 => Ok(CheckedImage {
            kind,
            width,
            height,
        }),
        _ => Err(UploadError::NoSize),
    }
}

/// The stored name: the first 32 hex digits of the content's SHA-256 and the kind's extension.
pub fn stored_name(sha256_hex: &str, kind: ImageKind) -> String {
    format!(
        "{}.{}",
        &sha256_hex[..32.min(sha256_hex.len())],
        kind.extension()
    )
}

/// A name the server made (`stored_name`), and the kind its extension says; anything else, a
/// path or a name with other characters, is `None`.
pub fn parse_stored_name(name: &str) -> Option<ImageKind> {
    let (stem, ext) = name.split_once('.')?;
    let hex = stem.len() == 32
        && stem
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    ImageKind::ALL
        .into_iter()
        .find(|k| k.extension() == ext)
        .filter(|_| hex)
}

fn be16(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_be_bytes(
        b.get(at..at + 2)?.try_into().ok()?,
    )))
}

fn le16(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_le_bytes(
        b.get(at..at + 2)?.try_into().ok()?,
    )))
}

fn le24(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at + 3)?;
    Some(u32::from(s[0]) | u32::from(s[1]) << 8 | u32::from(s[2]) << 16)
}

/// IHDR is the first chunk: width and height at bytes 16 and 20.
fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    if b.get(12..16)? != b"IHDR" {
        return None;
    }
    let w = u32::from_be_bytes(b.get(16..20)?.try_into().ok()?);
    let h = u32::from_be_bytes(b.get(20..24)?.try_into().ok()?);
    Some((w, h))
}

/// Walks the segments to the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC).
fn jpeg_size(b: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    loop {
        while *b.get(at)? == 0xFF && *b.get(at + 1)? == 0xFF {
            at += 1;
        }
        if *b.get(at)? != 0xFF {
            return None;
        }
        let marker = *b.get(at + 1)?;
        let length = be16(b, at + 2)? as usize;
        if (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            return Some((be16(b, at + 7)?, be16(b, at + 5)?));
        }
        if length < 2 {
            return None;
        }
        at += 2 + length;
    }
}

/// The three WebP forms: lossy (`VP8 `), lossless (`VP8L`) and extended (`VP8X`).
fn webp_size(b: &[u8]) -> Option<(u32, u32)> {
    match b.get(12..16)? {
        b"VP8 " => Some((le16(b, 26)? & 0x3FFF, le16(b, 28)? & 0x3FFF)),
        b"VP8L" => {
            let bits = u32::from_le_bytes(b.get(21..25)?.try_into().ok()?);
            Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
        }
        b"VP8X" => Some((le24(b, 24)? + 1, le24(b, 27)? + 1)),
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A real 3×2 PNG (one IDAT of a filtered grey image).
    pub(crate) fn png(width: u32, height: u32) -> Vec<u8> {
        let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        b.extend_from_slice(&width.to_be_bytes());
        b.extend_from_slice(&height.to_be_bytes());
        b.extend_from_slice(&[8, 0, 0, 0, 0, 0, 0, 0, 0]);
        b
    }

    #[test]
    fn images_are_recognised_by_their_bytes_and_measured() {
        assert_eq!(
            check_image(&png(3, 2)),
            Ok(CheckedImage {
                kind: ImageKind::Png,
                width: 3,
                height: 2
            })
        );
        // A JPEG: SOI, an APP0 segment of 16 bytes, then SOF0 with height 480 and width 640.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
        jpeg.extend_from_slice(&[0; 14]);
        jpeg.extend_from_slice(&[0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03]);
        assert_eq!(
            check_image(&jpeg).map(|i| (i.width, i.height)),
            Ok((640, 480))
        );
        let mut webp = b"RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0".to_vec();
        webp.extend_from_slice(&[0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00]);
        assert_eq!(
            check_image(&webp).map(|i| (i.kind, i.width, i.height)),
            Ok((ImageKind::Webp, 640, 480))
        );
    }

    #[test]
    fn anything_else_is_refused_with_a_reason() {
        assert_eq!(check_image(b""), Err(UploadError::Empty));
        assert_eq!(
            check_image(b"<html><script>alert(1)</script>"),
            Err(UploadError::NotAnImage)
        );
        assert_eq!(
            check_image(b"GIF89a\x01\0\x01\0"),
            Err(UploadError::NotAnImage)
        );
        let mut big = png(10, 10);
        big.resize(MAX_IMAGE_BYTES + 1, 0);
        assert_eq!(check_image(&big), Err(UploadError::TooLarge));
        assert_eq!(
            check_image(b"\x89PNG\r\n\x1a\nxx"),
            Err(UploadError::NoSize)
        );
        assert_eq!(
            check_image(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]),
            Err(UploadError::NoSize)
        );
    }

    #[test]
    fn only_names_the_server_made_are_accepted() {
        let name = stored_name("0123456789abcdef0123456789abcdef99", ImageKind::Webp);
        assert_eq!(name, "0123456789abcdef0123456789abcdef.webp");
        assert_eq!(parse_stored_name(&name), Some(ImageKind::Webp));
        for bad in [
            "../0123456789abcdef0123456789abcdef.png",
            "0123456789abcdef0123456789abcdef.html",
            "0123456789ABCDEF0123456789abcdef.png",
            "obrazek.png",
            "0123456789abcdef0123456789abcdef.png.html",
        ] {
            assert_eq!(parse_stored_name(bad), None, "{bad}");
        }
    }
}
