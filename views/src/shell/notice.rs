//! The notice that lists what the URL asked for but could not be shown. The rest of
//! the view loads anyway; the notice can be dismissed until the URL changes. A link
//! with hundreds of junk parameters names the first [`MAX_LISTED`] and counts the rest.
//! It is a `div` with `role="status"` (announced as it appears): an `aside` may not
//! take that role (ARIA in HTML; axe's `aria-allowed-role`).

use super::ShellUi;
use super::hit::ShellHit;
use crate::hit::Hit;
use crate::markup::esc;
use crate::state::Ignored;
use std::fmt::Write;

/// Ignored parameters listed by name; the rest are counted.
pub const MAX_LISTED: usize = 20;

/// The notice, or nothing when there is nothing to say or it was dismissed.
pub fn notice_html(ignored: &[Ignored], ui: &ShellUi) -> String {
    if ignored.is_empty() || ui.dismissed == ignored {
        return String::new();
    }
    let mut out = String::from(
        r#"<div class="url-notice" data-testid="url-notice" role="status"><p>Part of this link could not be used and was ignored:</p><ul>"#,
    );
    for i in ignored.iter().take(MAX_LISTED) {
        let _ = write!(
            out,
            "<li><code>{}={}</code>: {}</li>",
            esc(&i.key),
            esc(&i.value),
            esc(&i.reason)
        );
    }
    out.push_str("</ul>");
    if ignored.len() > MAX_LISTED {
        let _ = write!(
            out,
            r#"<p data-testid="url-notice-more">and {} more</p>"#,
            ignored.len() - MAX_LISTED
        );
    }
    let _ = write!(
        out,
        r#"<button type="button"{}>Dismiss</button></div>"#,
        ShellHit::DismissNotice.attr()
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn junk(n: usize) -> Vec<Ignored> {
        (0..n)
            .map(|i| Ignored {
                key: format!("junk{i}"),
                value: "<x>".into(),
                reason: "not a parameter".into(),
            })
            .collect()
    }

    #[test]
    fn three_hundred_junk_parameters_list_twenty_and_count_the_rest() {
        let html = notice_html(&junk(300), &ShellUi::default());
        assert_eq!(html.matches("<li>").count(), MAX_LISTED);
        assert!(html.contains("and 280 more"));
        assert!(html.contains("&lt;x&gt;"));
    }

    #[test]
    fn a_short_list_is_complete_and_a_dismissed_one_is_gone() {
        let three = junk(3);
        let html = notice_html(&three, &ShellUi::default());
        assert_eq!(html.matches("<li>").count(), 3);
        assert!(
            html.starts_with(r#"<div class="url-notice" data-testid="url-notice" role="status">"#)
        );
        assert!(html.ends_with("</div>") && !html.contains("<aside"));
        assert!(!html.contains("more"));
        let dismissed = ShellUi {
            dismissed: three.clone(),
            ..ShellUi::default()
        };
        assert_eq!(notice_html(&three, &dismissed), "");
        assert_eq!(notice_html(&[], &ShellUi::default()), "");
    }
}
