//! A file the reader drops on the text box or chooses: its bytes, for the worker to
//! check (`views::yours::check_bytes`: size, UTF-8, binary) and, for an HTML page,
//! to reduce to its text (`views::yours::page`).

use wasm_bindgen_futures::JsFuture;

/// The bytes of `file`; `None` if the browser could not read it.
pub async fn bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
