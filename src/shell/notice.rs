//! The notice region: what the link asked for and could not get, dismissible.

use crate::hooks::use_hits::use_hits;
use crate::hooks::use_region::use_region;
use crate::state::AppState;
use leptos::prelude::*;
use views::shell::hit::ShellHit;
use views::shell::{ShellUi, notice::notice_html};
use web_sys::Element;

pub fn use_notice(host: Element, app: AppState, ui: RwSignal<ShellUi>) {
    use_hits::<ShellHit, web_sys::MouseEvent>(&host, "click", move |hit, _, _| {
        if hit == ShellHit::DismissNotice {
            ui.update(|u| u.dismissed = app.ignored.get_untracked());
        }
    });
    use_region(host, move || {
        let shell = ui.get();
        app.ignored.with(|ignored| notice_html(ignored, &shell))
    });
}
