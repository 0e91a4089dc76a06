//! "the Scot said", "the Spaniard added": a word for the people of a
//! country or region stands for the person named just before, as sports
//! and foreign news write it.

use super::attrib::Attributor;
use super::given::Gender;

/// How far back the person is looked for, in chars.
const REACH: usize = 3000;

/// Is `word` a word for a country's or region's people ("Scot",
/// "Frenchwoman")? With the gender its ending gives, if any.
fn demonym(word: &str) -> Option<Option<Gender>> {
    if let Some(stem) = word.strip_suffix("woman") {
        return is_nation_stem(stem).then_some(Some(Gender::Female));
    }
    if let Some(stem) = word.strip_suffix("man") {
        return is_nation_stem(stem).then_some(Some(Gender::Male));
    }
    matches!(
        word,
        "Scot"
            | "Briton"
            | "Spaniard"
            | "Dane"
            | "Swede"
            | "Finn"
            | "Pole"
            | "Norwegian"
            | "German"
            | "Italian"
            | "Portuguese"
            | "Belgian"
            | "Austrian"
            | "Swiss"
            | "Czech"
            | "Croatian"
            | "Serbian"
            | "Slovenian"
            | "Hungarian"
            | "Romanian"
            | "Bulgarian"
            | "Greek"
            | "Turk"
            | "Russian"
            | "Ukrainian"
            | "American"
            | "Canadian"
            | "Mexican"
            | "Brazilian"
            | "Argentine"
            | "Argentinian"
            | "Colombian"
            | "Chilean"
            | "Peruvian"
            | "Uruguayan"
            | "Venezuelan"
            | "Australian"
            | "Aussie"
            | "Kiwi"
            | "South African"
            | "Kenyan"
            | "Nigerian"
            | "Ghanaian"
            | "Ethiopian"
            | "Egyptian"
            | "Moroccan"
            | "Jamaican"
            | "Indian"
            | "Pakistani"
            | "Japanese"
            | "Korean"
            | "Filipino"
            | "Londoner"
            | "Glaswegian"
            | "Mancunian"
            | "Liverpudlian"
            | "Lancastrian"
    )
    .then_some(None)
}

/// The first part of "Frenchman", "Welshwoman", "Yorkshireman".
fn is_nation_stem(stem: &str) -> bool {
    matches!(
        stem,
        "French" | "English" | "Irish" | "Welsh" | "Scots" | "Dutch" | "Cornish" | "Yorkshire"
    )
}

impl Attributor<'_> {
    /// "the Norwegian said": the person named last before `pos` (of the
    /// gender "Frenchwoman" or "Welshman" gives), within a few paragraphs.
    pub(super) fn by_demonym(&self, phrase: &str, pos: usize) -> Option<String> {
        let word = phrase
            .strip_prefix("the ")
            .or_else(|| phrase.strip_prefix("The "))
            .unwrap_or(phrase);
        match demonym(word)? {
            Some(g) => self.pronoun_person(pos, g),
            None => {
                let i = self.people.partition_point(|(at, _)| *at < pos);
                let (at, who) = self.people[..i].last()?;
                (at + REACH >= pos).then(|| who.clone())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_peoples() {
        assert_eq!(demonym("Scot"), Some(None));
        assert_eq!(demonym("Frenchwoman"), Some(Some(Gender::Female)));
        assert_eq!(demonym("Welshman"), Some(Some(Gender::Male)));
        assert_eq!(demonym("Chairman"), None);
        assert_eq!(demonym("Spokeswoman"), None);
        assert_eq!(demonym("Senator"), None);
    }
}
