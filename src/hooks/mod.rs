//! Hooks in the style of leptos-use: one per file, `use_x` returning a documented
//! value. They hold the browser-facing behaviour the views share.

pub mod use_event;
pub mod use_hits;
pub mod use_keep_focus;
pub mod use_links;
pub mod use_media;
pub mod use_pan_zoom;
pub mod use_prerendered;
pub mod use_region;
pub mod use_resize;
pub mod use_whole_corpus;
pub mod use_worker;
