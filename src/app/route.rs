//! Which part of the page the address asks for. Only the part is in the
//! address, never an answer: a link or a reload opens it with nothing
//! remembered.

/// A part of the page reached by its address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The guide itself.
    Guide,
    /// The rule book, `#regles`.
    Rules,
    /// The list of training cases, `#formation`.
    Cases,
    /// One case, `#formation/<id>` (maybe unknown).
    Case(String),
}

impl Route {
    /// Reads a location hash; anything unknown is the guide.
    pub fn from_hash(hash: &str) -> Route {
        match hash.trim_start_matches('#').split_once('/') {
            Some(("formation", id)) if !id.is_empty() => Route::Case(id.to_string()),
            Some(("formation", _)) => Route::Cases,
            None => match hash.trim_start_matches('#') {
                "formation" => Route::Cases,
                "regles" => Route::Rules,
                _ => Route::Guide,
            },
            _ => Route::Guide,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn the_address_opens_the_guide_the_rule_book_the_list_or_a_case() {
        assert_eq!(Route::from_hash(""), Route::Guide);
        assert_eq!(Route::from_hash("#"), Route::Guide);
        assert_eq!(Route::from_hash("#regles"), Route::Rules);
        assert_eq!(Route::from_hash("#formation"), Route::Cases);
        assert_eq!(Route::from_hash("#formation/"), Route::Cases);
        assert_eq!(
            Route::from_hash("#formation/police-telephone"),
            Route::Case("police-telephone".into())
        );
        assert_eq!(Route::from_hash("#autre"), Route::Guide);
    }
}
