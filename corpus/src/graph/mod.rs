//! The faction map: the graph as of a round and its deterministic layout.
