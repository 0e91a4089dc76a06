//! Common given names, to tell which names are people and, for "he" and
//! "she", which person a pronoun can stand for. Names used for both women
//! and men (Jordan, Kim, Taylor) are in neither list.

use crate::words::WordSet;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

static FEMALE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FEMALE));
static MALE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(MALE));

/// The gender a given name is mostly used for, when it is a common one
/// (any case).
pub fn gender(first_name: &str) -> Option<Gender> {
    // Names both men and women bear say neither ("Alex Chen" may be "Ms.
    // Chen").
    if matches!(
        crate::words::lower(first_name).as_ref(),
        "alex"
            | "chris"
            | "sam"
            | "andrea"
            | "jordan"
            | "robin"
            | "jean"
            | "kim"
            | "ashley"
            | "leslie"
    ) {
        return None;
    }
    if FEMALE_SET.contains(first_name) {
        Some(Gender::Female)
    } else if MALE_SET.contains(first_name) {
        Some(Gender::Male)
    } else if !first_name.is_ascii() {
        // "Andrés", "Inés", "Søren": the lists hold names without accents.
        let plain = deunicode::deunicode(first_name);
        (plain.is_ascii() && plain != first_name)
            .then(|| gender(&plain))
            .flatten()
    } else {
        None
    }
}

/// The gender a speaker's noun gives: a relative's, or a job's that says
/// it ("spokeswoman", "chairman").
pub(super) fn speaker_noun_gender(noun: &str) -> Option<Gender> {
    super::relatives::relative_gender(noun).or(match noun {
        "spokeswoman" | "chairwoman" | "congresswoman" | "councilwoman" | "businesswoman"
        | "assemblywoman" | "woman" | "widow" | "grandma" => Some(Gender::Female),
        "spokesman" | "chairman" | "congressman" | "councilman" | "businessman" | "assemblyman"
        | "man" | "widower" | "grandpa" => Some(Gender::Male),
        _ => None,
    })
}

/// "A spokeswoman for the National Farmers' Federation" ending `toks`
/// (the words before a speech verb): the described speaker whose noun says
/// the gender, speaking for a body.
pub(super) fn gendered_speaker_for(toks: &[super::tokens::Token<'_>]) -> Option<String> {
    let [det, noun, prep, body @ ..] = toks else {
        return None;
    };
    (matches!(det.lower().as_ref(), "a" | "an" | "the")
        && matches!(prep.text, "for" | "of" | "at")
        && speaker_noun_gender(&noun.lower()).is_some()
        && !body.iter().any(|t| t.is(",")))
    .then(|| super::phrases::join(toks))
}

impl super::attrib::Attributor<'_> {
    /// Who "he" or "she" (`g`) at `pos` stands for: the person last named
    /// who may be meant, or an unnamed speaker after them in the quote's
    /// paragraph whose noun says the gender ("A spokeswoman for the
    /// federation said ... “...,” she said").
    pub(super) fn pronoun_person(&self, pos: usize, g: Gender) -> Option<String> {
        // (Or says none, for one person brought in unnamed: "A member of
        // one delegation said ... “...,” he said.")
        let says_g = |phrase: &str| {
            let head = crate::words::lower(super::heads::phrase_head(phrase));
            match speaker_noun_gender(&head) {
                Some(h) => h == g,
                None => {
                    let mut words = phrase.split(' ').map(crate::words::lower);
                    let first = words.next();
                    // ("One of the petitioners said": one of a group.)
                    let one_of =
                        first.as_deref() == Some("one") && words.next().as_deref() == Some("of");
                    if one_of {
                        let group = phrase.rsplit(' ').next().map(crate::words::lower);
                        return phrase.split(' ').count() <= 5
                            && group.is_some_and(|g| super::names::is_speaker_noun(&g));
                    }
                    first.is_some_and(|w| matches!(w.as_ref(), "a" | "an" | "one" | "another"))
                        && !head.ends_with('s')
                        && super::names::is_speaker_noun(&head)
                }
            }
        };
        if let Some((at, phrase)) = self.unnamed_here(pos, Some(g), says_g) {
            return self.resolve_phrase(phrase, *at + 1, true);
        }
        // ("Gov. Ada X spoke first. ... At a town hall, a woman stood up
        // and asked ... “...?” she asked.": a person whose noun says the
        // gender, described since anyone was named. Only the words after
        // the last name are read: a paragraph of thousands of "he said"
        // reads a few for each.)
        let named_at = |list: &[(usize, String)]| {
            list[..list.partition_point(|(a, _)| *a < pos)]
                .last()
                .map_or(0, |(a, _)| *a + 1)
        };
        let since = named_at(&self.people).max(named_at(&self.quoted));
        if let Some((_, phrase, true)) = self.described_here(pos, g, since) {
            return Some(phrase);
        }
        self.asked_before(pos, g)
            .or_else(|| self.office_just_before(pos, g))
            .or_else(|| self.guessed_subject_before(pos, g))
            .or_else(|| self.last_person(pos, Some(g)))
            .or_else(|| self.described_here(pos, g, 0).map(|(_, phrase, _)| phrase))
            .or_else(|| self.unsexed_person_before(pos))
            .or_else(|| self.named_after_pronoun(pos, g))
    }

    /// "Her account is backed by a second former official, who did not
    /// want to be named. “...,” he said.": one person described, not
    /// named, after `from` and earlier in the quote's paragraph (or the
    /// one before, by a noun that says the gender): where, the phrase, and
    /// whether the noun says the gender.
    fn described_here(&self, pos: usize, g: Gender, from: usize) -> Option<(usize, String, bool)> {
        let para = self.paragraph_of(pos);
        let (own_start, _) = self.para_bounds(para);
        // ("A woman stood up and asked the congressman about drug prices."
        // over a paragraph the quote opens: the paragraph before, for a
        // noun that says the gender.)
        let p_start = if para > 0 && self.tokens(own_start, pos).iter().all(|t| !t.word) {
            self.para_bounds(para - 1).0
        } else {
            own_start
        };
        // (The last 80 words before the quote: a paragraph of thousands
        // of "he said" is not read from its start for each.)
        let toks = self.tokens(p_start.max(from).min(pos), pos);
        let toks = &toks[toks.len().saturating_sub(80)..];
        // (The first "a" or "an" that brings in a person: "At a town hall
        // on Saturday, a woman stood up".)
        toks.iter()
            .enumerate()
            .filter(|(_, t)| matches!(t.text, "a" | "an" | "A" | "An"))
            .find_map(|(k, _)| {
                let n = (k + 1..toks.len().min(k + 5)).find(|&n| {
                    let t = &toks[n];
                    !t.word
                        || (super::names::is_speaker_noun(t.text)
                            && t.text.starts_with(char::is_lowercase))
                })?;
                let noun = &toks[n];
                let says = speaker_noun_gender(&noun.lower());
                (noun.word
                    && (says.is_some() || toks[k].pos >= own_start)
                    && !noun.text.ends_with('s')
                    && super::phrases::person_like(noun.text)
                    && says.is_none_or(|h| h == g))
                .then(|| {
                    let phrase = super::phrases::join(&toks[k + 1..=n]);
                    (toks[k].pos, phrase, says.is_some())
                })
            })
    }

    /// "In a post on social media, the president congratulated her. “...,”
    /// he wrote.": the office that is the subject of the sentence before,
    /// in the quote's paragraph, with no one named since it began. The
    /// name that bears the office, when the article gives one; else the
    /// office.
    fn office_just_before(&self, pos: usize, g: Gender) -> Option<String> {
        let (s1, s0) = self.sentence_before(pos)?;
        // (No one named since it began; both lists are sorted.)
        let named = |list: &[(usize, String)]| {
            list.get(list.partition_point(|(a, _)| *a < s1))
                .is_some_and(|(a, _)| *a < pos)
        };
        if named(&self.people) || named(&self.quoted) {
            return None;
        }
        let toks = self.tokens(s1, s0);
        // (A speech verb of its own: "The minister posted an apology.")
        let subject = super::shapes::sentence_subject(toks).or_else(|| {
            let v = toks.iter().position(|t| t.cue)?;
            let before = super::phrases::before_verb(toks, v);
            // ("By mid-afternoon the minister had posted": past an
            // opening phrase without a comma.)
            let the = before.iter().rposition(|t| t.is("the")).unwrap_or(0);
            super::phrases::backward_speaker(before)
                .or_else(|| super::phrases::backward_speaker(&before[the..]))
        });
        // ("The whistleblower, a former accounting manager, has not been
        // named.": a person's noun that opens the sentence, with no speech
        // verb.)
        let Some(super::phrases::Mention::Phrase(p)) =
            subject.or_else(|| super::subject_nouns::noun_subject(toks, g))
        else {
            // "The Greens' deputy leader put it more bluntly.": one person,
            // unnamed, is the sentence's subject.
            return super::subject_nouns::unnamed_subject(toks, g);
        };
        let lower = crate::words::lower(&p);
        let head = lower.rsplit(' ').next().unwrap_or("");
        if !(super::roles::is_role_phrase(&lower)
            || (lower.starts_with("the ") && super::subject_nouns::is_person_noun(head)))
        {
            return None;
        }
        self.resolve_phrase(&p, s1, false).or_else(|| {
            let lower = crate::words::lower(&p);
            let office = lower.strip_prefix("the ").unwrap_or(&lower);
            // An age is no office: "The 71-year-old ... said" is a person
            // named before, whom the pronoun's own search finds.
            (!office.ends_with("-year-old")).then(|| office.to_string())
        })
    }

    /// The unnamed speaker last met before `pos` in its paragraph, if
    /// `fits` its phrase and no one who may be of gender `g` has been named
    /// since. Not someone's relative ("Ford's father"), whose owner is more
    /// likely the one meant.
    pub(super) fn unnamed_here(
        &self,
        pos: usize,
        g: Option<Gender>,
        fits: impl Fn(&str) -> bool,
    ) -> Option<&(usize, String)> {
        let entry = self
            .unnamed
            .partition_point(|(at, _)| *at < pos)
            .checked_sub(1)
            .map(|i| &self.unnamed[i])
            .filter(|(at, phrase)| {
                // (Or in the paragraph before, when the quote opens its
                // own: "One senior nurse ... said morale was low." then
                // "“...,” she said.")
                let (here, there) = (self.paragraph_of(pos), self.paragraph_of(*at));
                (here == there
                    || (there + 1 == here && self.opens_paragraph(pos, self.para_bounds(here).0)))
                    && !phrase.contains("'s ")
                    && !phrase.contains("’s ")
                    && fits(phrase)
            })?;
        let at = &entry.0;
        let named_since = |list: &[(usize, String)]| {
            list.iter()
                .rev()
                .take_while(|(a, _)| a > at)
                .any(|(a, n)| *a < pos && self.may_be(n, g))
        };
        // Nor a surname of one ("Ford toiled away").
        let surname_since = self.tokens(*at, pos).iter().any(|t| {
            t.word
                && super::names::is_name_word(t.text)
                && !self.in_span(t.pos)
                && self.book.known(t.text).is_some_and(|n| self.may_be(n, g))
        });
        (!named_since(&self.people) && !named_since(&self.quoted) && !surname_since)
            .then_some(entry)
    }

    /// "“...,” he said" gave `who`: a person whose given name tells
    /// nothing is now known as "he", so a later "she" passes them over.
    pub(super) fn learn_gender(&mut self, pronoun: &str, who: Option<&str>) {
        let g = match pronoun {
            "he" => Gender::Male,
            "she" => Gender::Female,
            _ => return,
        };
        let Some(who) = who.filter(|w| w.contains(' ')) else {
            return;
        };
        let first = who.split(' ').next().unwrap_or("");
        // (A guess from the name's ending gives way to the pronoun.)
        if gender(first).is_none() && self.book.honorific_gender(who).is_none() {
            self.pronoun_gender
                .entry(who.to_string())
                .or_insert(Some(g));
        }
    }
}

/// The gender a given name most likely has when it is not a common one:
/// a name ending in "-a" (Yelena, Brigitta, Marisol's "-a" sisters) is
/// mostly a woman's, but for a few men's names and those in "-ya" (Ilya,
/// Aditya, Kazuya).
pub fn likely_gender(first_name: &str) -> Option<Gender> {
    const MEN: &[&str] = &[
        "joshua", "luca", "luka", "nikola", "andrea", "nikita", "sasha", "mustafa", "hamza",
        "osama", "usama", "taha", "reza", "mirza", "attila", "ezra", "noa", "kuba", "misha",
        "akira", "issa", "musa", "isa", "zakaria", "moussa", "dana", "costa", "kosta", "krishna",
        "rama", "jonatha", "mika", "juha", "pekka", "jukka", "ota", "ata", "abba",
    ];
    if let Some(g) = gender(first_name) {
        return Some(g);
    }
    let lower = crate::words::lower(first_name);
    let ends_a = lower.len() >= 3
        && lower.ends_with('a')
        && !lower.ends_with("ya")
        && lower.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    // "Ravindra", "Ramachandra": men's names.
    let mens_ending =
        lower.ends_with("endra") || lower.ends_with("indra") || lower.ends_with("chandra");
    // "Ottoline", "Evangeline", "Bernadette", "Estelle": women's endings,
    // but for a few saints' names men bear.
    let womens_ending = ["ine", "ette", "elle"].iter().any(|e| lower.ends_with(e))
        && !matches!(lower.as_ref(), "constantine" | "augustine" | "valentine");
    ((ends_a && !mens_ending && !MEN.contains(&lower.as_ref())) || womens_ending)
        .then_some(Gender::Female)
}

/// Is `word` a common given name?
pub fn is_given_name(word: &str) -> bool {
    gender(word).is_some()
}

#[rustfmt::skip]
pub const FEMALE: &[&str] = &[
    "aarti", "abby", "abena", "abigail", "achieng", "adaeze", "adele", "adriana", "adwoa", "afua",
    "agnes", "agnieszka", "aileen", "ainhoa", "aisha", "aishwarya", "aisling", "akiko", "akinyi",
    "akosua", "alejandra", "alessandra", "alexa", "alexandria", "alexis", "alice", "alicia",
    "alison", "allison", "ally", "alma", "alyssa", "amaka", "amal", "amanda", "amara", "amber",
    "amelia", "amelie", "amina", "amy", "ana", "ananya", "anastasia", "andrea", "angela",
    "angelica", "angie", "anita", "anjali", "anke", "ann", "anna", "annalena", "anne", "annegret",
    "anneliese", "annelise", "annette", "annika", "antonia", "aoife", "arabella", "ariana",
    "arianna", "asha", "ashley", "astrid", "audrey", "aurelie", "ava", "ayanna", "ayesha", "ayse",
    "barbara", "beata", "beatrice", "beatriz", "becky", "begona", "belinda", "bella", "bernadette",
    "bernadine", "bernice", "beth", "betty", "beverly", "beyonce", "bharti", "bhavani", "bianca",
    "birgit", "bisi", "bonnie", "brenda", "bridget", "brigitta", "brigitte", "britta", "brittany",
    "bronwen", "brooke", "bushra", "camila", "camilla", "candace", "carla", "carly", "carmen",
    "carol", "caroline", "carolyn", "carrie", "carys", "cassandra", "catherine", "cecilia",
    "celeste", "celine", "cerys", "chantal", "charlotte", "chelsea", "cheryl", "chiamaka", "chiara",
    "chioma", "chipo", "chitra", "chloe", "christa", "christiane", "christina", "christine",
    "ciara", "claire", "clara", "claudia", "clementine", "colette", "colleen", "conceicao",
    "connie", "constance", "consuelo", "cora", "corinne", "courtney", "cristina", "cynthia",
    "dagmar", "daisy", "dalia", "daniela", "danielle", "daphne", "darlene", "deanna", "debbie",
    "deborah", "debra", "deepa", "deepti", "deirdre", "delia", "delphine", "denise", "diana",
    "diane", "dianne", "divya", "dolores", "donna", "doris", "dorota", "dorothy", "edda", "edith",
    "efua", "eileen", "ekaterina", "elaine", "eleanor", "elena", "elif", "elisa", "elisabeth",
    "elisabetta", "elise", "eliza", "elizabeth", "ella", "ellen", "ellie", "elodie", "eloise",
    "elsa", "eluned", "emilia", "emily", "emine", "emma", "enid", "erica", "erika", "erin",
    "erzsebet", "esperanza", "esther", "ethel", "eva", "eve", "evelyn", "ewa", "faith", "farzana",
    "fatima", "fatma", "federica", "felicia", "felicity", "fernanda", "fiona", "fleur", "folake",
    "frances", "francesca", "funmilayo", "gabriela", "gabrielle", "gail", "galina", "gauri",
    "gayatri", "geeta", "gemma", "genevieve", "georgina", "geraldine", "gertrude", "gina",
    "giorgia", "giovanna", "giulia", "gladys", "gloria", "graca", "grace", "grazyna", "greta",
    "gretchen", "guadalupe", "gudrun", "gulsen", "gwen", "gwendolyn", "gwynne", "hailey", "haley",
    "halima", "hana", "hanna", "hannah", "harriet", "haruka", "hatice", "hattie", "hazel",
    "heather", "heidi", "heike", "helen", "helena", "helga", "henrietta", "hermione", "hilary",
    "hildegard", "hillary", "hiroko", "holly", "hortense", "huda", "ida", "ifeoma", "ilhan", "ilse",
    "imani", "imogen", "indira", "ines", "ingeborg", "ingrid", "inmaculada", "irene", "irina",
    "iris", "isabel", "isabella", "isabelle", "isla", "itziar", "ivanka", "ivy", "jacinda",
    "jacqueline", "jada", "jadwiga", "jane", "janet", "janice", "jasmine", "jaya", "jeanne",
    "jemima", "jenna", "jennifer", "jenny", "jess", "jessica", "jill", "jo", "joan", "joanna",
    "joanne", "jocelyn", "josephine", "joy", "joyce", "judith", "judy", "julia", "juliana", "julie",
    "juliet", "juliette", "june", "justine", "jyoti", "jytte", "kamala", "karen", "karin", "karina",
    "katalin", "katarzyna", "kate", "katherine", "kathleen", "kathryn", "kathy", "katie", "katrina",
    "kavita", "kavitha", "kavya", "kayla", "keiko", "keisha", "kemi", "kendra", "kerstin",
    "khadija", "kimberly", "kirsten", "kirsty", "kirti", "kristalina", "kristen", "kristi",
    "kristin", "kristina", "kyrsten", "lakshmi", "lalitha", "lara", "larissa", "latha", "latoya",
    "laura", "lauren", "layla", "leah", "leila", "lena", "leona", "leslie", "leticia", "lidia",
    "liesel", "lillian", "lily", "linda", "lindiwe", "lindsay", "lindy", "lisa", "liz", "lois",
    "lorena", "lori", "lorraine", "louise", "luana", "lucia", "luciana", "lucille", "lucinda",
    "lucy", "ludmila", "luisa", "lydia", "lynn", "lyudmila", "mabel", "madeleine", "madeline",
    "madhuri", "madison", "maeve", "magdalena", "maggie", "maia", "mairead", "malala", "malgorzata",
    "malin", "malini", "mallory", "mara", "marcia", "margaret", "margarita", "margaux", "margit",
    "margot", "marguerite", "maria", "mariam", "mariana", "marianne", "marie", "marilyn", "marina",
    "marine", "marisol", "marit", "marjorie", "marlene", "marsha", "marta", "martha", "mary",
    "maryam", "mathilde", "matilda", "maureen", "maxine", "maya", "mazie", "meena", "meenakshi",
    "meera", "megan", "meghan", "megyn", "mehreen", "melania", "melanie", "melinda", "melissa",
    "mercedes", "meredith", "mette", "mia", "michele", "michelle", "mildred", "miranda", "miriam",
    "molly", "mona", "monica", "monika", "monique", "montserrat", "morag", "muriel", "myrtle",
    "nadezhda", "nadia", "nadine", "naledi", "nancy", "nandini", "naoko", "naomi", "nasreen",
    "natalia", "natalie", "natalya", "natasha", "nathalie", "neha", "nellie", "ngozi", "nia",
    "niamh", "nicola", "nicole", "nikki", "nina", "nirmala", "nithya", "nkechi", "nneka", "nomvula",
    "nora", "noreen", "norma", "noura", "nuala", "nuria", "nyambura", "odile", "oksana",
    "olga", "olivia", "oprah", "orla", "ozlem", "padma", "padmini", "paige", "palesa", "pallavi",
    "pamela", "paola", "parvati", "patricia", "patty", "paula", "pauline", "peggy", "penelope",
    "penny", "pernille", "petra", "philippa", "phoebe", "phyllis", "pilar", "pooja", "preeti",
    "priscilla", "priti", "priya", "rachael", "rachel", "radha", "ragini", "rakhi", "ramona",
    "ramya", "rania", "raquel", "rashida", "rebecca", "rebekah", "regina", "rekha", "renata",
    "renate", "renee", "revathi", "rhea", "rhiannon", "rihanna", "rita", "roberta", "rocio",
    "rohini", "roisin", "rosa", "rosalie", "rosalind", "rosamund", "rose", "rosemary", "rosie",
    "roxanne", "ruby", "rukhsana", "ruth", "sabine", "sabrina", "sadia", "sadie", "saima", "sally",
    "salma", "samantha", "samina", "samira", "sandhya", "sandra", "sandrine", "sangeeta", "sanna",
    "saoirse", "sara", "sarah", "saranya", "sarita", "savitri", "selena", "seonaid", "serena",
    "shalini", "shanice", "shannon", "shanti", "sharon", "shazia", "sheila", "shelley", "shirley",
    "shobha", "shreya", "shruti", "sian", "sibel", "sigrid", "silke", "silvia", "simone", "sinead",
    "siobhan", "smriti", "sofia", "solene", "solveig", "sonia", "sonya", "sophia", "sophie",
    "soumya", "srishti", "stacey", "stacy", "stella", "stephanie", "sue", "sunita", "supriya",
    "susan", "susanna", "susanne", "susie", "suzanne", "svetlana", "swati", "sylvia", "sylvie",
    "tabitha", "tahira", "tamara", "tamika", "tammy", "tamsin", "tanya", "tara", "tatiana",
    "tatyana", "teresa", "tereza", "thandi", "thandiwe", "theodora", "theresa", "tiffany", "tina",
    "titilayo", "tonya", "tracey", "tracy", "tulsi", "ulla", "ulrike", "ursula", "usha",
    "valentina", "valeria", "valerie", "vandana", "vanessa", "vera", "veronica", "veronique",
    "victoria", "vidya", "viola", "violet", "virginia", "vivian", "wanda", "wanjiku", "wanjiru",
    "wendy", "whitney", "winifred", "ximena", "yaa", "yamini", "yasmin", "yekaterina", "yelena",
    "yetunde", "yoko", "yolanda", "yulia", "yumiko", "yvette", "yvonne", "zainab", "zanele", "zara",
    "zeynep", "zoe", "zofia", "zsuzsanna",
    // Irish.
    "ailbhe", "aine", "caoimhe", "clodagh", "eimear", "fionnuala", "grainne", "muireann",
];

#[rustfmt::skip]
pub const MALE: &[&str] = &[
    "-a", "aaron", "abdul", "abhay", "abraham", "adam", "adewale", "aditya", "adrian", "ahmad",
    "ahmed", "ahmet", "aidan", "ajay", "akshay", "alan", "alasdair", "albert", "alberto",
    "alejandro", "aleksandr", "alex", "alexander", "alexei", "alexey", "alfred", "alfredo", "ali",
    "alistair", "allen", "alok", "alvin", "amadou", "ambrose", "amir", "amit", "anand", "anders",
    "andre", "andrei", "andres", "andrew", "andrzej", "andy", "angelo", "angus", "anil", "anthony",
    "antoine", "anton", "antonio", "archie", "arjun", "armando", "arnaud", "arnold", "arthur",
    "arvind", "ashish", "ashok", "ashraf", "augustin", "austin", "avinoam", "babatunde", "barack",
    "barnaby", "barry", "bart", "bartholomew", "bastien", "ben", "benedict", "benedikt", "benjamin",
    "benoit", "bernard", "bernie", "bert", "bertrand", "beto", "bibi", "bilal", "bill", "billy",
    "bjorn", "blaine", "bob", "bobby", "bogdan", "bola", "bongani", "boris", "boyd", "brad",
    "bradley", "brandon", "branko", "brendan", "brent", "brett", "brian", "bruce", "bruno", "bryan",
    "bryn", "burak", "callum", "calvin", "cam", "caradoc", "carl", "carlo", "carlos", "casimir",
    "caspar", "cecil", "cesar", "chad", "chaitanya", "charles", "chester", "chidi", "chinedu",
    "chris", "christian", "christopher", "chuck", "chukwuemeka", "cian", "ciaran", "cillian",
    "clarence", "claude", "clayton", "clement", "clifford", "clint", "clyde", "cody", "colin",
    "connor", "conor", "conrad", "cormac", "cornelius", "craig", "crispin", "curtis", "cuthbert",
    "cyril", "dafydd", "daisuke", "damian", "damon", "dan", "daniel", "darius", "darragh", "darren",
    "darryl", "dave", "david", "dean", "declan", "deepak", "dennis", "derek", "desmond", "didier",
    "diego", "dieter", "dinesh", "dmitri", "dmitry", "dominic", "don", "donald", "doug", "douglas",
    "dragan", "drew", "duane", "duncan", "dusan", "dustin", "dwight", "dylan", "earl", "ed",
    "edgar", "edmund", "eduardo", "edward", "edwin", "eli", "elias", "elijah", "elliot", "elliott",
    "elon", "emeka", "emil", "emilio", "emmanuel", "emmett", "emre", "emrys", "enrico", "enrique",
    "eoin", "ephraim", "eric", "erik", "ernest", "ernesto", "esteban", "ethan", "euan", "eugene",
    "evan", "everett", "ewan", "fabian", "fabio", "faisal", "farid", "federico", "feliciano",
    "felipe", "felix", "femi", "ferdinand", "fergus", "fernando", "florian", "floyd", "francisco",
    "francois", "frank", "franklin", "franz", "fred", "freddie", "frederick", "friedrich",
    "gabriel", "ganesh", "gareth", "garrett", "gary", "gautam", "gavin", "gene", "geoffrey",
    "george", "gerald", "gerard", "gerhard", "gideon", "gilbert", "giles", "giorgos", "giovanni",
    "girish", "giuseppe", "glen", "glenn", "goncalo", "gonzalo", "goran", "gordon", "govind",
    "graham", "grant", "greg", "gregory", "grzegorz", "guillermo", "gunnar", "gunter", "gus",
    "gustav", "gustavo", "guy", "hakan", "hakeem", "hal", "hamid", "hamish", "hamza", "hank",
    "hans", "hari", "harish", "harlan", "harold", "harrison", "harry", "haruto", "harvey", "hassan",
    "hector", "heinrich", "helmut", "hendrik", "henrik", "henry", "herb", "herbert", "herman",
    "hiroshi", "horace", "horst", "howard", "hubert", "hugh", "hugo", "hugues", "humberto",
    "hunter", "hussein", "ian", "ianto", "ibrahim", "idris", "ignacio", "ignatius", "igor", "imran",
    "isaac", "isidore", "ismael", "ismail", "ivan", "jabulani", "jack", "jacob", "jacques", "jair",
    "jake", "jakub", "jamal", "james", "jared", "jaroslaw", "jarrod", "jason", "jasper", "javier",
    "jay", "jeff", "jeffrey", "jens", "jeremiah", "jeremy", "jermaine", "jerome", "jerry", "jerzy",
    "jesse", "jim", "jimmy", "jiri", "joao", "joaquim", "joaquin", "joe", "joel", "johan",
    "johannes", "john", "johnny", "jolyon", "jon", "jonah", "jonas", "jonathan", "joost", "jordi",
    "jorge", "jose", "joseph", "josh", "joshua", "juan", "juergen", "julian", "julio", "julius",
    "jurgen", "justin", "karim", "karl", "karthik", "kayode", "kazuo", "keir", "keith", "kelvin",
    "kemal", "ken", "kenji", "kenneth", "kent", "kevin", "khalid", "kieran", "kirk", "klaas",
    "klaus", "kofi", "kojo", "konstantin", "krzysztof", "kuldeep", "kurt", "kwabena", "kwadwo",
    "kwaku", "kwame", "kwasi", "kyle", "kyriakos", "lachlan", "lamar", "lance", "larry", "lars",
    "laurent", "lawrence", "lech", "lennart", "leo", "leopold", "lewis", "liam", "lionel", "lloyd",
    "logan", "lorcan", "lorenzo", "louis", "luca", "lucas", "luciano", "lucius", "ludovic", "luigi",
    "luis", "luiz", "lukasz", "luke", "lysander", "magnus", "mahesh", "malcolm", "mandla", "manish",
    "manoj", "manuel", "marc", "marcel", "marcelo", "marco", "marcus", "marek", "mario", "mark",
    "markus", "marshall", "martin", "marvin", "mason", "massimo", "mateo", "mateus", "mateusz",
    "matt", "matteo", "matthew", "matthias", "maurice", "mauricio", "max", "maximilian", "mehmet",
    "mel", "melvin", "michael", "mickey", "miguel", "mike", "mikhail", "mikkel", "miles", "milton",
    "mitch", "mitchell", "mitt", "mohamed", "mohammed", "mohan", "mohit", "mortimer", "moses",
    "muhammad", "mukesh", "murat", "murdo", "murray", "mustafa", "nabil", "narendra", "naresh",
    "nasser", "nathan", "nathaniel", "neal", "ned", "neil", "nenad", "neville", "niall", "nicholas",
    "nick", "nicolas", "nigel", "nikhil", "nikolai", "nikos", "nils", "nitin", "noah", "noel",
    "norman", "novak", "obinna", "octavio", "oisin", "olaf", "oleg", "oliver", "olivier", "omar",
    "oren", "orlando", "osbert", "oscar", "oskar", "osvaldo", "oswin", "otis", "otto", "owen",
    "pablo", "padraig", "pascal", "patrick", "paul", "paulo", "pavel", "pawel", "pedro", "percival",
    "percy", "peregrine", "perry", "pete", "peter", "phil", "philip", "philippe", "pierre", "piers",
    "pieter", "piotr", "pradeep", "prakash", "pranav", "preston", "quentin", "quincy", "radoslaw",
    "rafael", "rahul", "rainer", "rajesh", "rakesh", "ralph", "ramesh", "ramon", "ramzi", "rand",
    "randall", "randy", "rashid", "rasmus", "raul", "ravi", "ray", "raymond", "recep", "reed",
    "reggie", "reginald", "reilly", "reuben", "rex", "rhys", "ricardo", "richard", "rick", "ricky",
    "rishi", "rob", "robert", "roberto", "rodney", "rodolfo", "rodrigo", "rogelio", "roger",
    "rohan", "rohit", "roland", "rolf", "rollo", "roman", "ron", "ronald", "ronan", "rory", "ross",
    "roy", "ruben", "rudolph", "rudy", "rufus", "rupert", "russell", "ryan", "sachin", "sajid",
    "salvador", "salvatore", "sam", "samir", "samuel", "sandeep", "sander", "sanjay", "santiago",
    "satish", "satoshi", "satya", "saul", "scott", "seamus", "sean", "sebastian", "segun", "selim",
    "sergei", "sergey", "sergio", "seth", "shane", "shaun", "shawn", "sheldon", "sherman", "shinji",
    "shinzo", "sid", "siddharth", "silas", "silvio", "simon", "sipho", "siyabonga", "sizwe",
    "solomon", "soren", "srinivas", "stan", "stanislaw", "stanley", "stefan", "stefano", "stephen",
    "steve", "steven", "strauss", "struan", "stuart", "suleiman", "sumit", "sundar", "sunil",
    "suresh", "sven", "tadhg", "takeshi", "taras", "tariq", "tarquin", "ted", "teddy", "teodoro",
    "terrence", "terry", "thabo", "thaddeus", "themba", "theo", "theodore", "thiago", "thierry",
    "thomas", "tiago", "tim", "timothy", "tobias", "todd", "tom", "tomas", "tomasz", "tommy",
    "tony", "torquil", "travis", "trevor", "tristan", "troy", "tunde", "tyler", "ulrich", "umesh",
    "uwe", "vaclav", "venkatesh", "vernon", "vic", "vicente", "victor", "vijay", "vikas", "vikram",
    "viktor", "vinay", "vince", "vincent", "vito", "vittorio", "vivek", "vladimir", "volodymyr",
    "vusi", "wade", "walid", "wallace", "walter", "warren", "wayne", "wendell", "wesley", "wilbur",
    "wilfred", "william", "willie", "winston", "wojciech", "wolfgang", "wouter", "xavier", "xi",
    "yannick", "yosef", "youssef", "yuri", "yusuf", "zach", "zachary", "zbigniew", "zoran",
    // Irish.
    "cathal", "colm", "diarmuid", "donal", "eamon", "enda", "fiachra", "fintan", "ruairi", "senan",
];

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn given_names_have_one_gender() {
        assert_eq!(gender("Nancy"), Some(Gender::Female));
        assert_eq!(gender("barack"), Some(Gender::Male));
        assert_eq!(gender("Jordan"), None);
        assert_eq!(gender("Madrid"), None);
        assert!(FEMALE.iter().all(|f| !MALE.contains(f)));
    }

    #[test]
    fn an_unknown_name_in_a_is_likely_a_womans() {
        assert_eq!(likely_gender("Yelena"), Some(Gender::Female));
        assert_eq!(likely_gender("Barack"), Some(Gender::Male));
        assert_eq!(likely_gender("Mirza"), None);
        assert_eq!(likely_gender("Ilya"), None);
        assert_eq!(likely_gender("Ravindra"), None);
        // Akan day names and Nguni names: men's, whatever their ending.
        assert_eq!(likely_gender("Kwabena"), Some(Gender::Male));
        assert_eq!(likely_gender("Siyabonga"), Some(Gender::Male));
        assert_eq!(likely_gender("Oskar"), Some(Gender::Male));
        assert_eq!(likely_gender("Wetherby"), None);
    }
}
