//! Social media handles that stand for a person the article names.

use super::NameBook;

impl NameBook {
    /// "@RepBrackenridge", "@SenVoss": a social media handle, one word with
    /// capitals inside, that ends in the surname of one person named in the
    /// article (the longest such surname).
    pub(super) fn handle_owner(&self, mention: &str) -> Option<String> {
        let b = mention.as_bytes();
        let handle = b.len() >= 6
            && b.iter().all(u8::is_ascii_alphanumeric)
            && b[1..].iter().any(u8::is_ascii_uppercase);
        if !handle {
            return None;
        }
        let lower = mention.to_ascii_lowercase();
        let mut best: Option<(&String, &String)> = None;
        let mut tie = false;
        for (surname, full) in &self.by_surname {
            let s = surname.to_ascii_lowercase();
            if s.len() < 4 || s.len() >= lower.len() || !lower.ends_with(&s) {
                continue;
            }
            match best {
                Some((b, _)) if b.len() > surname.len() => {}
                Some((b, _)) if b.len() == surname.len() => tie = true,
                _ => {
                    best = Some((surname, full));
                    tie = false;
                }
            }
        }
        best.filter(|_| !tie).map(|(_, full)| full.clone())
    }
}
