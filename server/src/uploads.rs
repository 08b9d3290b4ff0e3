//! Images for news: staff upload them (`POST /sprava/obrazky/nahrat`, multipart, signed in, the
//! form token in the form) and everyone reads them (`GET /obrazky/{name}`). Only PNG, JPEG and
//! WebP recognised by their bytes are kept, under the name the server makes from their hash; they
//! are served with their own type, `nosniff` and a sandboxing policy, never as HTML.

use crate::forms::{UPLOAD_PATH, token_matches};
use crate::routes::AppState;
use app::ErrorKind;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use domain::upload::{MAX_IMAGE_BYTES, UploadError, check_image, stored_name, strip_metadata};
use http::{HeaderMap, header};
use sha2::{Digest, Sha256};
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            UPLOAD_PATH,
            // The image and the form's few small fields.
            post(upload).layer(DefaultBodyLimit::max(MAX_IMAGE_BYTES + 64 * 1024)),
        )
        .route("/obrazky/{name}", get(image))
}

#[derive(Debug, thiserror::Error)]
enum UploadRefused {
    #[error("Přihlaste se prosím.")]
    NotSignedIn,
    #[error("Platnost formuláře vypršela. Načtěte stránku znovu a nahrajte obrázek ještě jednou.")]
    Token,
    #[error(
        "Obrázek je větší než 2 MB, nebo se jej nepodařilo přijmout celý. Zmenšete jej prosím."
    )]
    Body,
    #[error("{0}")]
    Image(#[from] UploadError),
    #[error("Omlouváme se, obrázek se nepodařilo uložit. Zkuste to prosím za chvíli znovu.")]
    Store,
}

impl UploadRefused {
    fn kind(&self) -> ErrorKind {
        match self {
            UploadRefused::NotSignedIn => ErrorKind::Unauthorized,
            UploadRefused::Token => ErrorKind::Forbidden,
            UploadRefused::Body
            | UploadRefused::Image(UploadError::TooLarge | UploadError::TooManyPixels) => {
                ErrorKind::TooLarge
            }
            UploadRefused::Image(UploadError::NotAnImage) => ErrorKind::UnsupportedMedia,
            UploadRefused::Image(_) => ErrorKind::Invalid,
            UploadRefused::Store => ErrorKind::Internal,
        }
    }
}

/// A refusal as a small page in Czech, with the way back.
impl IntoResponse for UploadRefused {
    fn into_response(self) -> Response {
        let page = format!(
            "<!doctype html><html lang=\"cs\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Obrázek nebyl nahrán</title></head>\
             <body><main class=\"narrow\"><h1>Obrázek nebyl nahrán</h1><p role=\"alert\">{}</p>\
             <p><a href=\"/sprava/obrazky\">Zpět na obrázky</a></p></main></body></html>",
            domain::text::escape_xml(&self.to_string())
        );
        (
            self.kind().status(),
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            page,
        )
            .into_response()
    }
}

async fn upload(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    mut form: Multipart,
) -> Result<Redirect, UploadRefused> {
    let user = app::admin::auth::staff_in_session(&session, &state.store)
        .await
        .map_err(|_| UploadRefused::Store)?
        .ok_or(UploadRefused::NotSignedIn)?;
    let (mut token, mut bytes) = (String::new(), Vec::new());
    while let Some(field) = form.next_field().await.map_err(|_| UploadRefused::Body)? {
        match field.name() {
            Some("csrf") => token = field.text().await.map_err(|_| UploadRefused::Body)?,
            Some("image") => {
                bytes = field
                    .bytes()
                    .await
                    .map_err(|_| UploadRefused::Body)?
                    .to_vec()
            }
            _ => {}
        }
    }
    if !token_matches(&headers, state.cookies, &token) {
        return Err(UploadRefused::Token);
    }
    let checked = check_image(&bytes)?;
    // The picture only: EXIF (a phone's GPS position), XMP and comments stay with the uploader.
    let bytes = strip_metadata(checked.kind, &bytes)?;
    let hash: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let name = stored_name(&hash, checked.kind);
    state
        .store
        .add_image(&name, &checked, &bytes, &user, app::state::now())
        .await
        .map_err(|error| {
            tracing::error!(%error, "image not stored");
            UploadRefused::Store
        })?;
    tracing::info!(%name, bytes = bytes.len(), staff = %user.username, "image uploaded");
    Ok(Redirect::to(&format!("/sprava/obrazky?nahrano={name}")))
}

async fn image(State(state): State<AppState>, Path(name): Path<String>) -> Response {
    match state.store.image(&name).await {
        Ok(Some((kind, bytes))) => (
            [
                (header::CONTENT_TYPE, kind.content_type()),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                (
                    header::CONTENT_SECURITY_POLICY,
                    "default-src 'none'; sandbox",
                ),
                // The name is the content's hash: it never changes.
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            bytes,
        )
            .into_response(),
        Ok(None) => (ErrorKind::NotFound.status(), "Obrázek nebyl nalezen.").into_response(),
        Err(error) => {
            tracing::error!(%error, "image not read");
            ErrorKind::Internal.status().into_response()
        }
    }
}
