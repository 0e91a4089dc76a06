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
    if FEMALE_SET.contains(first_name) {
        Some(Gender::Female)
    } else if MALE_SET.contains(first_name) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Is `word` a common given name?
pub fn is_given_name(word: &str) -> bool {
    gender(word).is_some()
}

#[rustfmt::skip]
pub const FEMALE: &[&str] = &[
    "abigail", "adele", "alexandria", "alexis", "alice", "ally", "amanda", "amber", "amy",
    "andrea", "angela", "ann", "anna", "ashley", "ayanna", "barbara", "beth", "betty", "beverly",
    "beyonce", "brenda", "brittany", "brooke", "carol", "caroline", "carolyn", "carrie",
    "catherine", "charlotte", "cheryl", "chloe", "christiane", "christina", "christine", "claire",
    "cynthia", "danielle", "deborah", "debra", "denise", "diana", "diane", "donna", "doris",
    "dorothy", "elaine", "elisa", "elise", "elizabeth", "ella", "ellie", "emily", "emma", "erin",
    "esther", "eva", "eve", "evelyn", "faith", "fiona", "frances", "gina", "giorgia", "gloria",
    "grace", "greta", "gwynne", "hailey", "haley", "hannah", "harriet", "heather", "heidi",
    "helen", "hillary", "holly", "ilhan", "ingrid", "irene", "iris", "isabella", "ivanka",
    "jacinda", "jacqueline", "jane", "janet", "janice", "jasmine", "jenna", "jennifer", "jess",
    "jessica", "jill", "jo", "joan", "joanna", "joanne", "joy", "joyce", "judith", "judy", "julia",
    "julie", "juliet", "june", "kamala", "karen", "karin", "kate", "katherine", "kathleen",
    "kathryn", "katie", "katrina", "kayla", "kimberly", "kirsten", "kristalina", "kristen",
    "kristi", "kristin", "laura", "lauren", "leah", "lena", "leslie", "linda", "lindsay", "lisa",
    "liz", "lori", "louise", "lucy", "lynn", "madison", "malala", "mallory", "margaret", "margot",
    "maria", "marianne", "marie", "marilyn", "marine", "martha", "mary", "maxine", "maya", "megan",
    "meghan", "megyn", "melania", "melissa", "mette", "michele", "michelle", "miriam", "molly",
    "monica", "nadia", "nancy", "naomi", "natalie", "natasha", "ngozi", "nicola", "nicole",
    "nikki", "nina", "nora", "olivia", "oprah", "pamela", "patricia", "paula", "penny", "rachel",
    "rashida", "rebecca", "rihanna", "rita", "rosa", "rose", "roxanne", "ruth", "sally",
    "samantha", "sandra", "sanna", "sara", "sarah", "shannon", "sharon", "sheila", "shirley",
    "sonia", "sophia", "sophie", "stacey", "stacy", "stephanie", "sue", "susan", "susanna",
    "susie", "sylvia", "tammy", "tanya", "tara", "teresa", "theresa", "tina", "tracy", "tulsi",
    "ursula", "valerie", "vanessa", "veronica", "victoria", "virginia", "wendy", "yolanda",
    "yvette", "zoe",
];

#[rustfmt::skip]
pub const MALE: &[&str] = &[
    "aaron", "abdul", "adam", "ahmed", "alan", "albert", "alex", "alexander", "alexei", "alexey",
    "ali", "anders", "andres", "andrew", "andrzej", "angus", "anthony", "antonio", "arthur",
    "ashraf", "austin", "avinoam", "barack", "ben", "benjamin", "bernie", "beto", "bibi", "bill",
    "billy", "bob", "bobby", "boris", "brandon", "brent", "brian", "bruce", "bryan", "cam", "carl",
    "carlos", "charles", "chris", "christian", "christopher", "chuck", "colin", "craig", "dan",
    "daniel", "dave", "david", "dennis", "derek", "diego", "dmitry", "dominic", "don", "donald",
    "doug", "douglas", "drew", "duncan", "dylan", "earl", "ed", "edward", "eli", "elijah",
    "elliot", "elon", "emmanuel", "eric", "erik", "ethan", "eugene", "feliciano", "felix",
    "fernando", "floyd", "francisco", "francois", "frank", "fred", "friedrich", "gabriel", "gary",
    "gavin", "george", "gerald", "giorgos", "giuseppe", "glenn", "gordon", "graham", "grant",
    "greg", "gregory", "guy", "hamid", "hank", "hans", "harold", "harry", "hassan", "henry",
    "herb", "howard", "hugh", "hugo", "hunter", "ian", "ibrahim", "igor", "imran", "ivan", "jack",
    "jacob", "jacques", "jair", "jake", "james", "jared", "jason", "javier", "jay", "jeff",
    "jeffrey", "jeremy", "jerome", "jerry", "jesse", "jim", "jimmy", "joe", "joel", "john",
    "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan", "jurgen",
    "justin", "keir", "keith", "ken", "kenneth", "kent", "kevin", "kieran", "kirk", "klaus",
    "kurt", "kyle", "kyriakos", "lance", "larry", "lars", "lawrence", "leo", "lewis", "liam",
    "lloyd", "logan", "louis", "lucas", "luis", "luke", "manuel", "marc", "marcelo", "marco",
    "marcus", "mark", "martin", "marvin", "mateusz", "matt", "matteo", "matthew", "maurice", "max",
    "mel", "michael", "miguel", "mike", "mikhail", "miles", "mitch", "mitchell", "mitt",
    "mohammed", "muhammad", "mustafa", "narendra", "nathan", "nathaniel", "neal", "ned", "neil",
    "nicholas", "nick", "nicolas", "nigel", "nikos", "noah", "norman", "novak", "olaf", "oliver",
    "omar", "oscar", "otis", "owen", "pablo", "patrick", "paul", "pedro", "percy", "pete", "peter",
    "phil", "philip", "pierre", "quentin", "rafael", "ralph", "ramon", "rand", "randy", "ray",
    "raymond", "recep", "reed", "reilly", "rex", "rhys", "ricardo", "richard", "rick", "ricky",
    "rishi", "rob", "robert", "rodney", "roger", "ron", "ronald", "ross", "roy", "rudolph", "rudy",
    "rupert", "russell", "ryan", "sajid", "sam", "samuel", "satya", "scott", "sean", "sergei",
    "sergio", "shane", "sheldon", "shinzo", "sid", "simon", "stan", "stephen", "steve", "steven",
    "strauss", "stuart", "sundar", "sven", "ted", "terrence", "terry", "theo", "thomas", "tim",
    "timothy", "tobias", "todd", "tom", "tony", "travis", "trevor", "troy", "tyler", "vic",
    "victor", "viktor", "vince", "vincent", "vladimir", "volodymyr", "wade", "wallace", "walter",
    "warren", "wayne", "wesley", "wilbur", "william", "willie", "wolfgang", "xi", "yuri", "yusuf",
    "zach", "zachary",
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
}
