//! What the browser keeps of the reader's articles: each as the reader gave it (the
//! draft) and as the extractor read it (the article, in postcard bytes, with the
//! fingerprint of the knowledge base it was read with), and the reader's edits to the
//! knowledge base. One string in `localStorage` (hex of postcard: the store holds
//! text, and a few articles fit well within its limit); read back, a value that does
//! not decode is an empty store, never a panic.

use super::Draft;
use corpus::extract::KbEdits;
use serde::{Deserialize, Serialize};

/// The `localStorage` key.
pub const KEY: &str = "cairo-talks:yours";

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Stored {
    pub edits: KbEdits,
    pub articles: Vec<StoredArticle>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredArticle {
    pub id: String,
    pub draft: Draft,
    /// The extracted article, postcard bytes (`jobs::decode_article` reads them).
    pub article: Vec<u8>,
    /// The knowledge base it was read with (`Corpus::kb_fingerprint`): another one
    /// means reading it again.
    pub kb: u64,
}

impl Stored {
    pub fn encode(&self) -> String {
        let bytes = postcard::to_allocvec(self).unwrap_or_default();
        let mut out = String::with_capacity(bytes.len() * 2);
        for b in bytes {
            out.push(char::from(HEX[(b >> 4) as usize]));
            out.push(char::from(HEX[(b & 15) as usize]));
        }
        out
    }

    pub fn decode(text: &str) -> Stored {
        let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
        let bytes: Option<Vec<u8>> = text
            .as_bytes()
            .chunks(2)
            .map(|pair| match pair {
                [h, l] => Some(digit(*h)? << 4 | digit(*l)?),
                _ => None,
            })
            .collect();
        bytes
            .and_then(|b| postcard::from_bytes(&b).ok())
            .unwrap_or_default()
    }

    /// Adds or replaces (same id) an article.
    pub fn put(&mut self, article: StoredArticle) {
        self.articles.retain(|a| a.id != article.id);
        self.articles.push(article);
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_comes_back_as_it_went_and_junk_is_an_empty_store() {
        let mut stored = Stored::default();
        stored.put(StoredArticle {
            id: "yours-1".into(),
            draft: Draft {
                text: "Hamas and Fatah met in Cairo — “again”.".into(),
                talks: "2026-03-12".into(),
                ..Draft::default()
            },
            article: vec![0, 1, 254, 255],
            kb: 42,
        });
        stored.put(StoredArticle {
            id: "yours-1".into(),
            draft: Draft::default(),
            article: vec![7],
            kb: 1,
        });
        assert_eq!(stored.articles.len(), 1, "same id: replaced");
        assert_eq!(Stored::decode(&stored.encode()), stored);
        for junk in ["", "zz", "abc", "ffff", "not hex at all"] {
            assert_eq!(Stored::decode(junk), Stored::default(), "{junk:?}");
        }
    }
}
