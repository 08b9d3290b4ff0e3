//! Uploaded images, stored in the database under the name the server made from their content
//! (the same image uploaded twice is stored once).

use crate::{Store, StoreError};
use domain::staff::StaffUser;
use domain::upload::{CheckedImage, ImageInfo, ImageKind, parse_stored_name};

impl Store {
    pub async fn add_image(
        &self,
        name: &str,
        image: &CheckedImage,
        bytes: &[u8],
        by: &StaffUser,
        now: i64,
    ) -> Result<(), StoreError> {
        let kind = image.kind.extension();
        let (width, height) = (i64::from(image.width), i64::from(image.height));
        let uploaded_by = by.username.as_str();
        sqlx::query!(
            "INSERT OR IGNORE INTO images (name, kind, width, height, bytes, uploaded_at, uploaded_by)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
            name,
            kind,
            width,
            height,
            bytes,
            now,
            uploaded_by
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// An image's bytes and kind, by a name the server made; `None` for any other name.
    pub async fn image(&self, name: &str) -> Result<Option<(ImageKind, Vec<u8>)>, StoreError> {
        let Some(kind) = parse_stored_name(name) else {
            return Ok(None);
        };
        let bytes = sqlx::query_scalar!("SELECT bytes FROM images WHERE name = ?", name)
            .fetch_optional(&self.pool)
            .await?;
        Ok(bytes.map(|b| (kind, b)))
    }

    /// Every image, the newest first.
    pub async fn images(&self) -> Result<Vec<ImageInfo>, StoreError> {
        Ok(sqlx::query_as!(
            ImageInfo,
            r#"SELECT name, width, height, uploaded_at, uploaded_by FROM images
               ORDER BY uploaded_at DESC, name"#
        )
        .fetch_all(&self.pool)
        .await?)
    }
}
