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
    #[error("Obrázek má víc než 40 megapixelů. Zmenšete jej prosím a nahrajte znovu.")]
    TooManyPixels,
}

/// The most pixels an uploaded image may have: decoding a larger one costs a reader's phone more
/// memory than a news picture is worth.
pub const MAX_PIXELS: u64 = 40_000_000;

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
        Some((width, height)) if u64::from(width) * u64::from(height) > MAX_PIXELS => {
            Err(UploadError::TooManyPixels)
        }
        Some((width, height)) if width > 0 && height > 0 => Ok(CheckedImage {
            kind,
            width,
            height,
        }),
        _ => Err(UploadError::NoSize),
    }
}

/// The image without what a camera or an editor wrote beside the picture — EXIF (with the GPS
/// position), XMP, comments, text chunks, times. Kept: what draws it (JFIF, the colour profile,
/// Adobe's colour transform). A file whose structure cannot be walked is refused, rather than
/// kept with what it may carry.
pub fn strip_metadata(kind: ImageKind, bytes: &[u8]) -> Result<Vec<u8>, UploadError> {
    let stripped = match kind {
        ImageKind::Jpeg => strip_jpeg(bytes),
        ImageKind::Png => strip_png(bytes),
        ImageKind::Webp => strip_webp(bytes),
    };
    stripped.ok_or(UploadError::NoSize)
}

/// Copies the segments up to the scan but APP1 (EXIF, XMP), APP3–APP13, APP15 and comments.
fn strip_jpeg(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = b.get(..2)?.to_vec();
    let mut at = 2;
    loop {
        if *b.get(at)? != 0xFF {
            return None;
        }
        let marker = *b.get(at + 1)?;
        if marker == 0xDA {
            out.extend_from_slice(&b[at..]);
            return Some(out);
        }
        let end = at + 2 + be16(b, at + 2)? as usize;
        let segment = b.get(at..end)?;
        let metadata = matches!(marker, 0xE1 | 0xE3..=0xED | 0xEF | 0xFE);
        if !metadata {
            out.extend_from_slice(segment);
        }
        at = end;
    }
}

/// Copies the chunks but the text ones, EXIF and the modification time.
fn strip_png(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = b.get(..8)?.to_vec();
    let mut at = 8;
    while at < b.len() {
        let length = u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize;
        let end = at + 12 + length;
        let chunk = b.get(at..end)?;
        if !matches!(
            &chunk[4..8],
            b"tEXt" | b"zTXt" | b"iTXt" | b"eXIf" | b"tIME"
        ) {
            out.extend_from_slice(chunk);
        }
        at = end;
    }
    Some(out)
}

/// Copies the RIFF chunks but `EXIF` and `XMP `, clears their flags in `VP8X` and fixes the size.
fn strip_webp(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = b.get(..12)?.to_vec();
    let mut at = 12;
    while at < b.len() {
        let length = u32::from_le_bytes(b.get(at + 4..at + 8)?.try_into().ok()?) as usize;
        let end = (at + 8 + length + length % 2).min(b.len());
        let chunk = b.get(at..end)?;
        match &chunk[..4] {
            b"EXIF" | b"XMP " => {}
            b"VP8X" => {
                let flags = out.len() + 8;
                out.extend_from_slice(chunk);
                // Bit 3: EXIF present, bit 2: XMP present.
                *out.get_mut(flags)? &= !0b0000_1100;
            }
            _ => out.extend_from_slice(chunk),
        }
        at = end;
    }
    let riff = u32::try_from(out.len() - 8).ok()?;
    out[4..8].copy_from_slice(&riff.to_le_bytes());
    Some(out)
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
    fn images_over_40_megapixels_are_refused() {
        assert_eq!(check_image(&png(8000, 5000)).unwrap().width, 8000);
        assert_eq!(
            check_image(&png(8000, 5001)),
            Err(UploadError::TooManyPixels)
        );
        assert_eq!(
            check_image(&png(65535, 65535)),
            Err(UploadError::TooManyPixels)
        );
    }

    /// One JPEG segment: marker and payload with its length.
    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut s = vec![0xFF, marker];
        s.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
        s.extend_from_slice(payload);
        s
    }

    #[test]
    fn a_jpeg_loses_its_exif_xmp_and_comments_and_keeps_what_draws_it() {
        let jfif = segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        let exif = segment(0xE1, b"Exif\0\0GPS 49.3085N 14.1475E");
        let icc = segment(0xE2, b"ICC_PROFILE\0data");
        let comment = segment(0xFE, b"Jan Novak, Pisek");
        let frame = segment(0xC0, &[8, 0, 2, 0, 3, 1, 1, 0x11, 0]);
        let scan = [
            segment(0xDA, &[1, 1, 0, 0, 0x3F, 0]),
            vec![0x12, 0x34, 0xFF, 0xD9],
        ]
        .concat();
        let jpeg = [
            vec![0xFF, 0xD8],
            jfif.clone(),
            exif,
            icc.clone(),
            comment,
            frame.clone(),
            scan.clone(),
        ]
        .concat();
        let stripped = strip_metadata(ImageKind::Jpeg, &jpeg).unwrap();
        assert_eq!(
            stripped,
            [vec![0xFF, 0xD8], jfif, icc, frame, scan].concat()
        );
        assert!(!stripped.windows(3).any(|w| w == b"GPS"));
        assert_eq!(check_image(&stripped).unwrap().width, 3);
    }

    #[test]
    fn a_png_loses_its_text_and_exif_chunks() {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0, 0, 0, 0]);
            c
        };
        let head = png(3, 2);
        let text = chunk(b"tEXt", b"Author\0Jan Novak");
        let exif = chunk(b"eXIf", b"MM\0*GPS");
        let data = chunk(b"IDAT", b"pixels");
        let end = chunk(b"IEND", b"");
        let with = [head.clone(), text, exif, data.clone(), end.clone()].concat();
        assert_eq!(
            strip_metadata(ImageKind::Png, &with).unwrap(),
            [head, data, end].concat()
        );
    }

    #[test]
    fn a_webp_loses_its_exif_and_xmp_chunks_and_flags() {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = kind.to_vec();
            c.extend_from_slice(&u32::try_from(data.len()).unwrap().to_le_bytes());
            c.extend_from_slice(data);
            if data.len() % 2 == 1 {
                c.push(0);
            }
            c
        };
        let vp8x = chunk(b"VP8X", &[0b0000_1100, 0, 0, 0, 2, 0, 0, 1, 0, 0]);
        let image = chunk(b"VP8L", b"lossless");
        let exif = chunk(b"EXIF", b"GPS");
        let xmp = chunk(b"XMP ", b"<x/>");
        let body = [b"WEBP".to_vec(), vp8x, image.clone(), exif, xmp].concat();
        let riff = [
            b"RIFF".to_vec(),
            u32::try_from(body.len()).unwrap().to_le_bytes().to_vec(),
            body,
        ]
        .concat();
        let stripped = strip_metadata(ImageKind::Webp, &riff).unwrap();
        assert!(!stripped.windows(3).any(|w| w == b"GPS"));
        assert_eq!(stripped[20], 0, "the EXIF and XMP flags are cleared");
        assert_eq!(
            u32::from_le_bytes(stripped[4..8].try_into().unwrap()) as usize,
            stripped.len() - 8
        );
        assert!(stripped.ends_with(&image));
        assert_eq!(check_image(&stripped).unwrap().width, 3);
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
