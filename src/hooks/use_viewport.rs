//! Whether the screen is narrow (a phone), from the one breakpoint the views and the
//! stylesheet share (`views::NARROW_PX`; the CSS writes it as 699.98px / 700px).

use leptos::prelude::*;

/// True below `views::NARROW_PX` wide, kept current as the window is resized.
pub fn use_viewport() -> Signal<bool> {
    leptos_use_media_query::use_media_query(views::NARROW_MEDIA)
}
