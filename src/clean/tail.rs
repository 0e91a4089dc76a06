//! What closes a page after the article: an author's box, a press
//! release's description of the company.

/// Headings of an author's box, by language: "About Jane Doe".
const ABOUT: &[&str] = &[
    "About ",
    "Sobre ",
    "Über ",
    "À propos de ",
    "A propos de ",
    "Acerca de ",
    "Informazioni su ",
    "Over ",
    "Om ",
];

/// The name in a heading like "About Jane Doe": two to four capitalised
/// words, nothing after them.
fn about_name(line: &str) -> Option<&str> {
    let name = ABOUT.iter().find_map(|p| line.strip_prefix(p))?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let name_like = (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
        && !name.ends_with(['.', ':']);
    name_like.then_some(name)
}

impl super::Body {
    /// "About Jane Doe" over a line that names her ("Jane Doe is a freelance
    /// writer ...", "Als Redakteur schreibt Jane Doe ..."), past the first
    /// third of the kept text: the box and all after it go.
    fn drop_headed_author_box(&mut self) -> bool {
        let n = self.kept.len();
        let found = (n / 3..n.saturating_sub(1)).find(|&i| {
            about_name(&self.kept[i]).is_some_and(|name| {
                self.kept[i + 1..]
                    .iter()
                    .take(2)
                    .any(|l| l.contains(name) && super::word_count(l) >= 8)
            })
        });
        let Some(i) = found.filter(|&i| i >= 2) else {
            return false;
        };
        self.kept.truncate(i);
        *self.rules.entry("author box").or_default() += n - i;
        true
    }

    /// The last paragraph, a short one about the article's own writer
    /// ("Morven Castellane is the Courier's political reporter."): the
    /// byline's name opens it, then a verb that describes them.
    fn drop_bylined_bio(&mut self) -> bool {
        let Some(name) = self
            .meta
            .byline
            .as_deref()
            .map(|b| b.split(',').next().unwrap_or(b).trim())
            .filter(|n| n.split_whitespace().count() >= 2)
        else {
            return false;
        };
        let n = self.kept.len();
        let Some(last) = self.kept.last().filter(|_| n >= 3) else {
            return false;
        };
        let bio = last.strip_prefix(name).is_some_and(|rest| {
            let verb = rest.split_whitespace().next().unwrap_or("");
            rest.starts_with(' ')
                && matches!(verb, "is" | "covers" | "writes" | "reports" | "has" | "was")
        }) && super::word_count(last) <= 60;
        if bio {
            self.kept.pop();
            *self.rules.entry("author box").or_default() += 1;
        }
        bio
    }

    /// An author's box after the article: the name on its own line, then a
    /// line about them ("Zac Hall" / "Zac covers Apple news for ...").
    pub(super) fn drop_author_box(&mut self) {
        if self.drop_headed_author_box() || self.drop_bylined_bio() {
            return;
        }
        let n = self.kept.len();
        for i in n.saturating_sub(5)..n.saturating_sub(1) {
            let name = &self.kept[i];
            let words: Vec<&str> = name.split_whitespace().collect();
            let name_like = (1..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(char::is_uppercase) && !w.ends_with(['.', ':', '!', '?'])
                });
            let Some(first) = words.first().filter(|_| name_like) else {
                continue;
            };
            // "@handle" lines may stand between the name and the line about them.
            let Some(about) = self.kept[i + 1..]
                .iter()
                .find(|l| !l.starts_with('@') || l.contains(' '))
            else {
                continue;
            };
            let head: Vec<&str> = about.split_whitespace().take(8).collect();
            let describes = head.first() == Some(first)
                && head.iter().skip(1).any(|w| {
                    matches!(
                        *w,
                        "is" | "covers" | "writes" | "joined" | "reports" | "has" | "was"
                    )
                });
            if describes && i >= 2 {
                let dropped = self.kept.len() - i;
                self.kept.truncate(i);
                *self.rules.entry("author box").or_default() += dropped;
                return;
            }
        }
    }

    /// A sidebar of promotions after the article, each under a heading
    /// marked "» " ("» Coluna de Adauto Silva" / "Clique na foto ..."):
    /// three such headings or more in the last half of the text, each
    /// short, and at least a third of the lines from the first of them on;
    /// or such headings alone at the end, whatever was under them gone.
    pub(super) fn drop_marked_sidebar(&mut self) {
        let n = self.kept.len();
        let marked = |l: &str| l.starts_with("» ") && super::word_count(l) <= 8;
        let Some(i) = (n / 3..n).find(|&i| marked(&self.kept[i])) else {
            return;
        };
        let heads = self.kept[i..].iter().filter(|l| marked(l)).count();
        // (A long line after "»" may be text that quotes in guillemets.)
        let long_marked = self.kept[i..]
            .iter()
            .any(|l| l.starts_with('»') && !marked(l));
        if i >= 2 && ((heads >= 3 && heads * 3 >= n - i && !long_marked) || heads == n - i) {
            self.kept.truncate(i);
            *self.rules.entry("sidebar").or_default() += n - i;
        }
    }

    /// A press release's closing description of the company ("Ascom is a
    /// global solutions provider ... headquartered in ..."), with or without
    /// an "About" heading.
    pub(super) fn drop_company_boilerplate(&mut self) {
        const MARKS: &[&str] = &[
            "headquartered",
            "provider of",
            "solutions provider",
            "founded in",
            "employs",
            "listed on",
            "subsidiaries",
            "for more information",
            "www.",
        ];
        let n = self.kept.len();
        let start = n.saturating_sub(3).max(2);
        let found = (start..n).find(|&i| {
            let p = &self.kept[i];
            let lower = p.to_lowercase();
            let head: Vec<&str> = p.split_whitespace().take(6).collect();
            let is_at = head
                .iter()
                .position(|w| *w == "is")
                .filter(|&k| (1..=4).contains(&k))
                .filter(|&k| head[..k].iter().all(|w| w.starts_with(char::is_uppercase)));
            is_at.is_some_and(|k| matches!(head.get(k + 1), Some(&("a" | "an" | "the"))))
                && !p.contains(['“', '"'])
                && MARKS.iter().filter(|m| lower.contains(*m)).count() >= 1
        });
        if let Some(i) = found {
            self.kept.truncate(i);
            *self.rules.entry("company boilerplate").or_default() += n - i;
        }
    }
}
