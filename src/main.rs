//! Entry point: report panics in debug builds, then start the app.

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    cairo_talks::boot();
}
