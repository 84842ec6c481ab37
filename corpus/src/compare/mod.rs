//! The side-by-side comparison: topic rows, voices, framing counts, similar passages.
