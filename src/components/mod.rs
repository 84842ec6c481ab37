//! Shared widgets: the header, the filter bar and its parts, links and notices.

pub mod active_filters;
pub mod copy_link;
pub mod date_range;
pub mod entity_link;
pub mod entity_picker;
pub mod faction_chips;
pub mod filter_bar;
pub mod keep_focus;
pub mod provenance;
pub mod search_box;
pub mod site_header;
pub mod topic_chips;
pub mod url_notice;
pub mod view_tabs;
