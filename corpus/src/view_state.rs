//! The typed view state and its canonical query string (see GUIDE.md section 4).
