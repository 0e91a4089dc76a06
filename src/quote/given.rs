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
    "abby", "abigail", "adele", "adriana", "agnes", "aisha", "alejandra", "alexa", "alexandria",
    "alexis", "alice", "alicia", "alison", "allison", "ally", "alma", "alyssa", "amanda", "amber",
    "amelia", "amy", "ana", "anastasia", "andrea", "angela", "angelica", "angie", "anita", "ann",
    "anna", "anne", "annette", "antonia", "ariana", "ashley", "audrey", "ava", "ayanna", "barbara",
    "beatrice", "becky", "belinda", "bernadette", "beth", "betty", "beverly", "beyonce", "bianca",
    "bonnie", "brenda", "bridget", "brigitte", "brittany", "brooke", "camila", "candace", "carla",
    "carly", "carmen", "carol", "caroline", "carolyn", "carrie", "cassandra", "catherine",
    "cecilia", "celeste", "charlotte", "chelsea", "cheryl", "chloe", "christa", "christiane",
    "christina", "christine", "claire", "clara", "claudia", "colleen", "connie", "constance",
    "cora", "corinne", "courtney", "cristina", "cynthia", "daisy", "danielle", "daphne", "darlene",
    "deanna", "debbie", "deborah", "debra", "delia", "denise", "diana", "diane", "dolores", "donna",
    "doris", "dorothy", "edith", "elaine", "eleanor", "elena", "elisa", "elisabeth", "elise",
    "eliza", "elizabeth", "ella", "ellen", "ellie", "eloise", "elsa", "emilia", "emily", "emma",
    "erica", "erika", "erin", "esther", "eva", "eve", "evelyn", "faith", "fatima", "felicia",
    "fiona", "frances", "francesca", "gabriela", "gabrielle", "gail", "gemma", "georgina",
    "geraldine", "gina", "giorgia", "giulia", "gladys", "gloria", "grace", "greta", "gwen",
    "gwendolyn", "gwynne", "hailey", "haley", "hanna", "hannah", "harriet", "hazel", "heather",
    "heidi", "helen", "helena", "hilary", "hillary", "holly", "ida", "ilhan", "ilse", "imogen",
    "ines", "ingrid", "irene", "iris", "isabel", "isabella", "isabelle", "ivanka", "jacinda",
    "jacqueline", "jane", "janet", "janice", "jasmine", "jeanne", "jenna", "jennifer", "jenny",
    "jess", "jessica", "jill", "jo", "joan", "joanna", "joanne", "jocelyn", "josephine", "joy",
    "joyce", "judith", "judy", "julia", "juliana", "julie", "juliet", "june", "justine", "kamala",
    "karen", "karin", "karina", "kate", "katherine", "kathleen", "kathryn", "kathy", "katie",
    "katrina", "kayla", "kimberly", "kirsten", "kristalina", "kristen", "kristi", "kristin",
    "kristina", "kyrsten", "lara", "laura", "lauren", "leah", "lena", "leona", "leslie", "lidia",
    "lillian", "linda", "lindsay", "lisa", "liz", "lois", "lorena", "lori", "lorraine", "louise",
    "lucia", "lucy", "luisa", "lydia", "lynn", "mabel", "madeleine", "madison", "maggie", "maia",
    "malala", "mallory", "mara", "marcia", "margaret", "margarita", "margot", "maria", "mariana",
    "marianne", "marie", "marilyn", "marina", "marine", "marisol", "marjorie", "marlene", "marsha",
    "marta", "martha", "mary", "matilda", "maureen", "maxine", "maya", "megan", "meghan", "megyn",
    "melania", "melanie", "melinda", "melissa", "mercedes", "meredith", "mette", "mia", "michele",
    "michelle", "mildred", "miranda", "miriam", "molly", "monica", "monique", "nadia", "nadine",
    "nancy", "naomi", "natalia", "natalie", "natasha", "nellie", "ngozi", "nicola", "nicole",
    "nikki", "nina", "nora", "norma", "olga", "olivia", "oprah", "paige", "pamela", "patricia",
    "paula", "pauline", "peggy", "penelope", "penny", "petra", "phoebe", "phyllis", "priscilla",
    "rachel", "ramona", "rashida", "rebecca", "regina", "renee", "rhea", "rihanna", "rita",
    "roberta", "rosa", "rosalind", "rose", "rosemary", "roxanne", "ruth", "sabrina", "sally",
    "samantha", "sandra", "sanna", "sara", "sarah", "selena", "serena", "shannon", "sharon",
    "sheila", "shirley", "silvia", "simone", "sofia", "sonia", "sophia", "sophie", "stacey",
    "stacy", "stella", "stephanie", "sue", "susan", "susanna", "susanne", "susie", "suzanne",
    "sylvia", "tamara", "tammy", "tanya", "tara", "teresa", "theresa", "tiffany", "tina", "tracy",
    "tulsi", "ursula", "valentina", "valerie", "vanessa", "vera", "veronica", "victoria", "viola",
    "virginia", "vivian", "wanda", "wendy", "whitney", "yolanda", "yvette", "yvonne", "zara", "zoe",
];

#[rustfmt::skip]
pub const MALE: &[&str] = &[
    "aaron", "abdul", "abraham", "adam", "adrian", "ahmad", "ahmed", "aidan", "alan", "albert",
    "alberto", "alejandro", "alex", "alexander", "alexei", "alexey", "alfred", "alfredo", "ali",
    "allen", "alvin", "ambrose", "amir", "anders", "andre", "andrei", "andres", "andrew", "andrzej",
    "andy", "angelo", "angus", "anthony", "antoine", "anton", "antonio", "archie", "armando",
    "arnold", "arthur", "ashraf", "austin", "avinoam", "barack", "barry", "bart", "ben", "benedict",
    "benjamin", "bernard", "bernie", "bert", "beto", "bibi", "bill", "billy", "bob", "bobby",
    "boris", "boyd", "brad", "bradley", "brandon", "brendan", "brent", "brett", "brian", "bruce",
    "bryan", "calvin", "cam", "carl", "carlo", "carlos", "cecil", "cesar", "chad", "charles",
    "chester", "chris", "christian", "christopher", "chuck", "clarence", "claude", "clayton",
    "clifford", "clint", "clyde", "cody", "colin", "connor", "conor", "conrad", "cornelius",
    "craig", "curtis", "cyril", "damian", "damon", "dan", "daniel", "darius", "darren", "darryl",
    "dave", "david", "dean", "declan", "dennis", "derek", "desmond", "diego", "dmitri", "dmitry",
    "dominic", "don", "donald", "doug", "douglas", "drew", "duane", "duncan", "dustin", "dwight",
    "dylan", "earl", "ed", "edgar", "eduardo", "edward", "edwin", "eli", "elias", "elijah",
    "elliot", "elliott", "elon", "emil", "emilio", "emmanuel", "enrique", "eric", "erik", "ernest",
    "ernesto", "esteban", "ethan", "eugene", "evan", "everett", "fabian", "federico", "feliciano",
    "felipe", "felix", "fergus", "fernando", "floyd", "francisco", "francois", "frank", "franklin",
    "franz", "fred", "freddie", "frederick", "friedrich", "gabriel", "gareth", "garrett", "gary",
    "gavin", "gene", "geoffrey", "george", "gerald", "gerard", "gerhard", "gilbert", "giorgos",
    "giovanni", "giuseppe", "glen", "glenn", "gonzalo", "gordon", "graham", "grant", "greg",
    "gregory", "gustavo", "guy", "hakeem", "hal", "hamid", "hank", "hans", "harold", "harrison",
    "harry", "harvey", "hassan", "hector", "heinrich", "henry", "herb", "herbert", "herman",
    "horace", "howard", "hubert", "hugh", "hugo", "humberto", "hunter", "ian", "ibrahim", "ignacio",
    "igor", "imran", "isaac", "ismael", "ivan", "jack", "jacob", "jacques", "jair", "jake", "jamal",
    "james", "jared", "jarrod", "jason", "jasper", "javier", "jay", "jeff", "jeffrey", "jeremiah",
    "jeremy", "jerome", "jerry", "jesse", "jim", "jimmy", "joaquin", "joe", "joel", "johan",
    "johannes", "john", "johnny", "jon", "jonah", "jonathan", "jordi", "jorge", "jose", "joseph",
    "josh", "joshua", "juan", "julian", "julio", "julius", "jurgen", "justin", "karl", "keir",
    "keith", "kelvin", "ken", "kenneth", "kent", "kevin", "khalid", "kieran", "kirk", "klaus",
    "kofi", "kurt", "kwame", "kyle", "kyriakos", "lamar", "lance", "larry", "lars", "lawrence",
    "leo", "lewis", "liam", "lionel", "lloyd", "logan", "lorenzo", "louis", "luca", "lucas",
    "luciano", "luigi", "luis", "luke", "malcolm", "manuel", "marc", "marcel", "marcelo", "marco",
    "marcus", "mario", "mark", "marshall", "martin", "marvin", "mason", "mateusz", "matt", "matteo",
    "matthew", "matthias", "maurice", "max", "maximilian", "mel", "melvin", "michael", "mickey",
    "miguel", "mike", "mikhail", "miles", "milton", "mitch", "mitchell", "mitt", "mohamed",
    "mohammed", "moses", "muhammad", "murray", "mustafa", "narendra", "nasser", "nathan",
    "nathaniel", "neal", "ned", "neil", "neville", "niall", "nicholas", "nick", "nicolas", "nigel",
    "nikolai", "nikos", "nils", "noah", "noel", "norman", "novak", "olaf", "oleg", "oliver", "omar",
    "oren", "orlando", "oscar", "osvaldo", "otis", "otto", "owen", "pablo", "pascal", "patrick",
    "paul", "pedro", "percy", "perry", "pete", "peter", "phil", "philip", "pierre", "pieter",
    "preston", "quentin", "quincy", "rafael", "ralph", "ramon", "rand", "randall", "randy", "raul",
    "ray", "raymond", "recep", "reed", "reggie", "reginald", "reilly", "reuben", "rex", "rhys",
    "ricardo", "richard", "rick", "ricky", "rishi", "rob", "robert", "roberto", "rodney", "rodrigo",
    "roger", "roland", "rolf", "roman", "ron", "ronald", "ronan", "rory", "ross", "roy", "ruben",
    "rudolph", "rudy", "rufus", "rupert", "russell", "ryan", "sajid", "salvador", "sam", "samuel",
    "santiago", "satya", "saul", "scott", "sean", "sebastian", "sergei", "sergio", "seth", "shane",
    "shaun", "shawn", "sheldon", "sherman", "shinzo", "sid", "silas", "simon", "solomon", "stan",
    "stanley", "stefan", "stephen", "steve", "steven", "strauss", "stuart", "sundar", "sven",
    "tariq", "ted", "teddy", "terrence", "terry", "theo", "theodore", "thomas", "tim", "timothy",
    "tobias", "todd", "tom", "tomas", "tommy", "tony", "travis", "trevor", "tristan", "troy",
    "tyler", "ulrich", "vernon", "vic", "victor", "viktor", "vince", "vincent", "vito", "vladimir",
    "volodymyr", "wade", "wallace", "walter", "warren", "wayne", "wendell", "wesley", "wilbur",
    "wilfred", "william", "willie", "winston", "wolfgang", "xavier", "xi", "yosef", "yuri", "yusuf",
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
