//! `/sprava/obrazky`: the uploaded images (the newest first) and the upload form. The form posts
//! `multipart/form-data` to the server's upload handler, which checks the bytes and comes back
//! here with `?nahrano=` the stored name.

use super::api::{ImagesView, load_images};
use crate::admin::form::{AdminNav, CsrfField};
use crate::common::loaded;
use domain::admin::date::czech_date_time;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ImagesPage() -> impl IntoView {
    let query = use_query_map();
    loaded(
        move || query.read().get("nahrano"),
        load_images,
        |view: ImagesView| view! { <ImagesBody view /> },
    )
}

#[component]
fn ImagesBody(view: ImagesView) -> impl IntoView {
    let ImagesView {
        images,
        uploaded,
        csrf,
    } = view;
    view! {
        <Title text="Obrázky – správa" />
        <section class="admin" aria-labelledby="images-heading">
            <AdminNav />
            <h1 id="images-heading">"Obrázky k novinkám"</h1>
            {uploaded.map(|name| view! {
                <p class="notice" role="status">{format!("Obrázek je nahrán jako {name}. Vyberte jej v novince a popište, co je na něm.")}</p>
            })}
            <form method="post" action="/sprava/obrazky/nahrat" enctype="multipart/form-data" class="stack">
                <CsrfField token=csrf />
                <label for="image">"Obrázek (PNG, JPEG nebo WebP, nejvýše 2 MB)"</label>
                <input id="image" name="image" type="file" accept="image/png,image/jpeg,image/webp" required />
                <button type="submit" class="button">"Nahrát"</button>
            </form>
            {if images.is_empty() {
                view! { <p>"Zatím nebyl nahrán žádný obrázek."</p> }.into_any()
            } else {
                view! {
                    <ul class="plain image-list">
                        {images.into_iter().map(|i| view! {
                            <li class="card">
                                <img src=format!("/obrazky/{}", i.name) alt="" width=i.width.to_string() height=i.height.to_string() loading="lazy" />
                                <p><code>{i.name.clone()}</code></p>
                                <p class="muted">{format!("{}×{} px · {} · {}", i.width, i.height, i.uploaded_by, czech_date_time(i.uploaded_at))}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
