//! The reader's wiring. Its links are plain links (mentions filter, dates open the
//! timeline); what is left is the sentence a link pointed at (`#s12`, from the map's
//! evidence or a quote): marked by the writer, scrolled to here once it is drawn.

use crate::state::AppState;
use leptos::prelude::*;
use views::read::view::{ReadUi, read_html};
use views::state::View;
use web_sys::Element;

#[derive(Clone, Copy)]
pub struct Read {
    ui: Memo<ReadUi>,
    /// The target already scrolled to, so a redraw does not scroll the page back.
    scrolled: StoredValue<Option<(String, String)>>,
}

impl Read {
    pub fn render(&self, app: AppState) -> String {
        let ui = self.ui.get();
        app.state
            .with(|s| app.selection.with(|sel| read_html(app.ctx, s, sel, &ui)))
    }

    /// After a redraw: bring the linked sentence into view, once per link followed.
    pub fn after(&self, app: AppState, host: &Element) {
        if app.state.with_untracked(|s| s.view != View::Read) {
            return;
        }
        let Some(target) = self.ui.with_untracked(|u| u.target) else {
            return;
        };
        let key = (
            app.state.with_untracked(|s| s.to_query()),
            app.hash.get_untracked(),
        );
        if self.scrolled.with_value(|k| k.as_ref() == Some(&key)) {
            return;
        }
        if let Ok(Some(el)) = host.query_selector(&format!("#s{target}")) {
            el.scroll_into_view();
            self.scrolled.set_value(Some(key));
        }
    }
}

pub fn use_read(app: AppState) -> Read {
    Read {
        ui: Memo::new(move |_| app.hash.with(|h| ReadUi::from_hash(h))),
        scrolled: StoredValue::new(None),
    }
}
