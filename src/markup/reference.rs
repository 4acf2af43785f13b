//! The reference section's text: principles, the texts the circular
//! quotes, glossary, and what the guide rests on, from the words and the
//! registry.

use super::{escape, passage_inner_html};
use crate::engine::{Interpretation, Source};
use crate::text::{self, reference as words, ui};

/// The section's text as markup, from the words and the registry.
pub fn body() -> String {
    let mut w = format!("<h1 tabindex=\"-1\">{}</h1>", escape(words::TITLE));
    w += &format!("<h2>{}</h2>", escape(words::PRINCIPLES));
    for p in words::PRINCIPLES_TEXT {
        w += &format!("<p>{}</p>", escape(p));
    }
    w += &format!(
        "<h2>{}</h2><p class=\"sp-hint\">{}</p>",
        escape(words::TEXTS),
        escape(words::TEXTS_NOTE)
    );
    for &source in Source::ALL.iter().filter(|s| !s.passages().is_empty()) {
        w += &format!(
            "<figure class=\"sp-article\"><div data-passage=\"{}\">{}</div><figcaption>{}</figcaption></figure>",
            source.id(),
            passage_inner_html(source),
            escape(&text::citation(source))
        );
    }
    w += &format!(
        "<h2>{}</h2><dl class=\"sp-glossary\">",
        escape(words::GLOSSARY)
    );
    for (term, definition) in words::TERMS {
        w += &format!("<dt>{}</dt><dd>{}</dd>", escape(term), escape(definition));
    }
    w += &format!("</dl><h2>{}</h2>", escape(words::ABOUT));
    for p in words::ABOUT_TEXT {
        w += &format!("<p>{}</p>", escape(p));
    }
    w += &format!(
        "<p>{}</p><p>{}</p>",
        escape(&ui::rules_version()),
        escape(ui::NEW_CODE_NOTICE)
    );
    w += &format!(
        "<p><a class=\"sp-link\" href=\"#regles\" data-action=\"rulebook\">{}</a></p>\
<p><a class=\"sp-link\" href=\"regles.pdf\" download=\"\" data-rulebook-pdf=\"\">{}</a></p>",
        escape(text::rulebook::OPEN),
        escape(text::rulebook::PDF)
    );
    w += &format!("<p>{}</p><ul>", escape(words::INTERPRETATIONS));
    for &i in Interpretation::ALL {
        w += &format!("<li>{}</li>", escape(text::interpretation(i)));
    }
    w += &format!("</ul><p>{}</p><ul>", escape(words::OTHER_PROVISIONS));
    for &s in Source::ALL.iter().filter(|s| s.standing().is_lead()) {
        w += &format!("<li>{}</li>", escape(&text::citation(s)));
    }
    w + "</ul>"
}

#[cfg(test)]
mod tests {
    use super::body;

    #[test]
    fn the_reference_quotes_the_circular_and_names_the_leads_with_their_standing() {
        let html = body();
        assert!(html.contains("hors le cas où ils sont appelés à rendre témoignage en justice"));
        assert!(html.contains("458bis"));
        assert!(html.contains("piste à vérifier"));
        assert!(html.contains("href=\"#regles\""));
        assert!(html.contains("href=\"regles.pdf\""));
    }
}
