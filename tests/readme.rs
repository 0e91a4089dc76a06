//! README.md stays true: its keys table is the keymap's help, its test
//! command is the one CI runs.

use presscut::tui::keymap::Keymap;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md")
}

#[test]
fn keys_table_matches_the_keymap() {
    let text = readme();
    let start = text.find("<!-- keys -->\n").expect("keys marker") + "<!-- keys -->\n".len();
    let end = text.find("<!-- /keys -->").expect("end marker");
    assert_eq!(
        &text[start..end],
        Keymap::default().help_markdown(),
        "README keys table is stale: paste Keymap::help_markdown() between the markers"
    );
}

#[test]
fn ci_runs_the_readme_test_command() {
    let text = readme();
    assert!(text.contains("cargo nextest run              # the test suite"));
    let ci =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/run")).expect(".ci/run");
    assert!(ci.lines().any(|l| l.starts_with("cargo nextest run")));
    assert!(ci.contains("cargo fmt --all -- --check"));
    assert!(ci.contains("cargo clippy --locked --all-targets -- -D warnings"));
}

#[test]
fn every_action_name_is_documented_in_print_config() {
    let names = Keymap::defaults_by_name();
    for a in presscut::tui::action::Action::NAMED {
        let name = a.name().expect("named");
        assert!(
            names.iter().any(|(n, _, _)| n == name),
            "{name} missing from --print-config"
        );
    }
}
