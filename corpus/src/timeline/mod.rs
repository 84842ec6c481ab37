//! The timeline: its items, the time scale and the label layout.
