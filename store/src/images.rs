//! Uploaded images, stored in the database under the name the server made from their content
//! (the same image uploaded twice is stored once).

use crate::{Store, StoreError};
use domain::staff::StaffUser;
use domain::upload::{CheckedImage, ImageInfo, ImageKind, parse_stored_name};

#[derive(sqlx::FromRow)]
struct ImageRow {
    name: String,
    width: i64,
    height: i64,
    uploaded_at: i64,
    uploaded_by: String,
}

impl From<ImageRow> for ImageInfo {
    fn from(row: ImageRow) -> ImageInfo {
        ImageInfo {
            name: row.name,
            width: row.width,
            height: row.height,
            uploaded_at: row.uploaded_at,
            uploaded_by: row.uploaded_by,
        }
    }
}

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
        sqlx::query(
            r#"INSERT INTO images (name, kind, width, height, bytes, uploaded_at, uploaded_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (name) DO NOTHING"#,
        )
        .bind(name)
        .bind(kind)
        .bind(width)
        .bind(height)
        .bind(bytes)
        .bind(now)
        .bind(uploaded_by)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// An image's bytes and kind, by a name the server made; `None` for any other name.
    pub async fn image(&self, name: &str) -> Result<Option<(ImageKind, Vec<u8>)>, StoreError> {
        let Some(kind) = parse_stored_name(name) else {
            return Ok(None);
        };
        let bytes = sqlx::query_scalar::<_, Vec<u8>>("SELECT bytes FROM images WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        Ok(bytes.map(|b| (kind, b)))
    }

    /// Every image, the newest first.
    pub async fn images(&self) -> Result<Vec<ImageInfo>, StoreError> {
        Ok(sqlx::query_as::<_, ImageRow>(
            r#"SELECT name, width, height, uploaded_at, uploaded_by FROM images
               ORDER BY uploaded_at DESC, name"#,
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(ImageInfo::from)
        .collect::<Vec<_>>())
    }
}
