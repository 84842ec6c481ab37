//! Which articles, sentences, events and relations pass the shared filters.
