//! Page furniture taken out of an HTML page's DOM before Readability looks
//! for the article: things the markup names plainly (a caption element, a
//! list whose every item is a link) but that read like prose once the page
//! is flattened to text.

use dom_query::{Document, NodeRef};

/// How many elements each rule took out of a page (only rules that fired).
pub type Dropped = Vec<(&'static str, usize)>;

/// Takes picture captions and link lists out of `doc`.
pub fn drop_furniture(doc: &Document) -> Dropped {
    let mut captions = Vec::new();
    let mut lists = Vec::new();
    let mut forms = Vec::new();
    let mut posts = Vec::new();
    let mut boxes = Vec::new();
    // One walk over the elements, reading names and classes in place
    // (cheaper than CSS attribute selectors).
    for n in doc.root().descendants_it() {
        match n.query_or(Found::Other, classify) {
            Found::Caption => captions.push(n),
            Found::List => lists.push(n),
            Found::Form => forms.push(n),
            Found::Post => posts.push(n),
            Found::Newsletter => boxes.push(n),
            Found::Other => {}
        }
    }
    for post in &posts {
        keep_post(post);
    }
    let host = page_host(doc);
    let captions = remove_all(captions.into_iter().filter(|n| is_caption(n)));
    let lists = remove_all(
        lists
            .into_iter()
            .filter(|n| is_link_list(n, host.as_deref())),
    );
    let sign_ups = remove_all(forms.into_iter().filter_map(|f| sign_up_box(&f)))
        + remove_all(boxes.into_iter().filter(|b| is_sign_up_offer(b)));
    [
        ("picture caption", captions),
        ("list of links", lists),
        ("sign-up box", sign_ups),
    ]
    .into_iter()
    .filter(|&(_, n)| n > 0)
    .collect()
}

/// A post embedded in the story ("— Jane Doe (@janedoe) March 3, 2026"):
/// its wrappers' classes ("social-media-embed") would make Readability
/// drop it as page furniture, so the nearest few lose their class.
fn keep_post(post: &NodeRef) {
    // Its text and signature as plain paragraphs: links in so little text
    // would make the post look like a list of links.
    for a in post
        .descendants_it()
        .filter(|n| is_named(n, "a"))
        .collect::<Vec<_>>()
    {
        // (A node's `unwrap_node` takes away its parent.)
        match a.first_child() {
            Some(c) => c.unwrap_node(),
            None => a.remove_from_parent(),
        }
    }
    post.rename("div");
    let mut node = post.parent();
    for _ in 0..3 {
        let Some(n) = node else { return };
        if n.attr("class").is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            c.contains("social") || c.contains("embed") || c.contains("share")
        }) {
            n.remove_attr("class");
        }
        node = n.parent();
    }
}

/// Removes each node from its parent; how many there were.
fn remove_all<'a>(nodes: impl Iterator<Item = NodeRef<'a>>) -> usize {
    nodes.map(|n| n.remove_from_parent()).count()
}

enum Found {
    Caption,
    List,
    Form,
    /// A post embedded from a social network.
    Post,
    /// An element whose class names a newsletter.
    Newsletter,
    Other,
}

fn classify(node: &dom_query::TreeNode) -> Found {
    let dom_query::NodeData::Element(el) = &node.data else {
        return Found::Other;
    };
    match &*el.name.local {
        "figcaption" => Found::Caption,
        "ul" | "ol" => Found::List,
        "form" => Found::Form,
        "blockquote"
            if el.attrs.iter().any(|a| {
                &*a.name.local == "class"
                    && ["twitter-tweet", "instagram-media", "tiktok-embed"]
                        .iter()
                        .any(|c| a.value.contains(c))
            }) =>
        {
            Found::Post
        }
        _ if el
            .attrs
            .iter()
            .any(|a| &*a.name.local == "class" && names_caption(&a.value)) =>
        {
            Found::Caption
        }
        "div" | "section" | "aside"
            if el.attrs.iter().any(|a| {
                matches!(&*a.name.local, "class" | "id")
                    && a.value.to_ascii_lowercase().contains("newsletter")
            }) =>
        {
            Found::Newsletter
        }
        _ => Found::Other,
    }
}

/// Picture captions and credits ("An artist's illustration of ...", "(Image
/// credit: ...)"): `figcaption`, or an element whose class names a caption.
/// A class like "has-captions" can name a whole story's wrapper: a caption
/// is short and is not paragraphs.
fn is_caption(node: &NodeRef) -> bool {
    node.normalized_char_count() <= MAX_CAPTION_CHARS
        && node
            .descendants_it()
            .filter(|n| is_named(n, "p"))
            .take(2)
            .count()
            < 2
}

/// Does a class attribute name a caption ("caption-text", "imageCaption")?
fn names_caption(class: &str) -> bool {
    class
        .as_bytes()
        .windows(7)
        .any(|w| w.eq_ignore_ascii_case(b"caption"))
}

/// A newsletter's sign-up box around `form`: the form asks for an email
/// address, and the box (its parent, with the offer's heading and line)
/// is short. A form around the whole page (as some sites have) is none.
fn sign_up_box<'a>(form: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let asks_email = form.descendants_it().any(|n| {
        is_named(&n, "input")
            && ["type", "name", "placeholder"].iter().any(|a| {
                n.attr(a)
                    .is_some_and(|v| v.to_ascii_lowercase().contains("email"))
            })
    });
    if !asks_email {
        return None;
    }
    let short = |n: &NodeRef| n.normalized_char_count() <= MAX_SIGN_UP_CHARS;
    match form.parent() {
        Some(box_) if box_.is_element() && short(&box_) => Some(box_),
        _ => short(form).then_some(*form),
    }
}

/// A newsletter's box with no form ("Sign up to Down to Earth" / "Free
/// weekly newsletter" / its offer / a "Sign up" button): short, with a
/// button or a link that asks to sign up or subscribe, and no quote mark.
fn is_sign_up_offer(node: &NodeRef) -> bool {
    if node.normalized_char_count() > MAX_SIGN_UP_CHARS {
        return false;
    }
    let text = node.text().to_lowercase();
    let asks = node
        .descendants_it()
        .filter(|n| is_named(n, "button") || is_named(n, "a"))
        .any(|n| {
            let t = n.text().to_lowercase();
            t.contains("sign up") || t.contains("subscribe")
        });
    asks && !text.contains(['“', '”', '"'])
}

/// Longer than this, an element is no sign-up box.
const MAX_SIGN_UP_CHARS: usize = 300;

/// Longer than this, an element is not a caption, whatever its class says.
const MAX_CAPTION_CHARS: usize = 1000;

/// The page's own host, from its canonical address.
fn page_host(doc: &Document) -> Option<String> {
    let canonical = doc.select_single("link[rel=canonical]").attr("href");
    let og = || doc.select_single("meta[property='og:url']").attr("content");
    canonical
        .or_else(og)
        .and_then(|url| super::meta::url_host(&url))
}

/// A list of other stories on the same site ("More: <headline>", "Holiday
/// gift guides"): every item is (almost all) the text of a link to a page of
/// this site. Links elsewhere (a shop, a source) can be part of the story.
fn is_link_list(list: &NodeRef, host: Option<&str>) -> bool {
    let items: Vec<NodeRef> = list
        .element_children()
        .into_iter()
        .filter(|c| is_named(c, "li"))
        .collect();
    !items.is_empty()
        && items.iter().all(|li| {
            let (mut linked, mut any) = (0, false);
            for a in li.descendants_it().filter(|n| is_named(n, "a")) {
                let Some(href) = a.attr("href") else {
                    continue;
                };
                if !is_same_site(&href, host) {
                    return false;
                }
                any = true;
                linked += a.normalized_char_count();
            }
            any && linked * 10 >= li.normalized_char_count() * 8
        })
}

fn is_named(node: &NodeRef, name: &str) -> bool {
    node.is_element() && node.node_name().is_some_and(|n| &*n == name)
}

/// Does `href` lead to a page of the site at `host` (a relative address, or
/// an absolute one on that host)?
fn is_same_site(href: &str, host: Option<&str>) -> bool {
    let href = href.trim();
    if href.starts_with("//") || href.contains("://") {
        let full = if href.starts_with("//") {
            format!("https:{href}")
        } else {
            href.to_string()
        };
        return host.is_some() && super::meta::url_host(&full).as_deref() == host;
    }
    !href.starts_with('#')
        && !href.starts_with("mailto:")
        && !href.starts_with("javascript:")
        && !href.starts_with("tel:")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> Document {
        Document::from(format!(
            r#"<html><head><link rel="canonical" href="https://www.coastline.example/news/pier"></head><body>{body}</body></html>"#
        ))
    }

    #[test]
    fn lists_of_links_to_the_same_site_go() {
        let doc = page(
            r#"<p>Story text.</p>
<ul><li><h4><a href="/news/seals">Seal pups counted on the north beach</a></h4></li></ul>
<ul><li><a href="https://coastline.example/news/ferry">Ferry timetable changes for winter</a></li>
<li><a href="https://www.coastline.example/news/lamps">New lamps for the promenade</a></li></ul>"#,
        );
        assert_eq!(drop_furniture(&doc), vec![("list of links", 2)]);
        assert!(!doc.select("body").text().contains("Seal pups"));
        assert!(doc.select("body").text().contains("Story text."));
    }

    #[test]
    fn lists_of_prose_or_of_links_elsewhere_stay() {
        let doc = page(
            r#"<ul><li>Harbour dues rise by <a href="/dues">4%</a> from April, the council said.</li></ul>
<ul><li><a href="https://shop.example/lamp">Get the lamp at the shop for $40</a></li></ul>
<ol><li>First, check the tide tables.</li><li>Then <a href="/tides">book a slot</a>.</li></ol>"#,
        );
        assert_eq!(drop_furniture(&doc), vec![]);
        let text = doc.select("body").text();
        assert!(
            text.contains("Harbour dues")
                && text.contains("Get the lamp")
                && text.contains("book a slot")
        );
    }

    /// A newsletter's box (heading, offer, a form asking for an email
    /// address) goes whole; a form around the whole story, or one that
    /// asks for no email address, stays.
    #[test]
    fn a_newsletter_sign_up_box_goes_but_not_a_form_around_the_story() {
        let doc = page(
            r#"<p>Story text.</p>
<div class="box"><h4>Get our morning briefing</h4><p>Sign up for the news you need.</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
<div><form><input type="text" name="q"><button>Search</button></form></div>"#,
        );
        assert_eq!(drop_furniture(&doc), vec![("sign-up box", 1)]);
        let text = doc.select("body").text();
        assert!(!text.contains("morning briefing") && !text.contains("news you need"));
        assert!(text.contains("Story text.") && text.contains("Search"));
        let story =
            "The harbour board voted on Tuesday to keep the night ferry running. ".repeat(10);
        let doc = page(&format!(
            r#"<form id="page"><p>{story}</p><p>Newsletter: <input name="email"></p></form>"#
        ));
        assert_eq!(drop_furniture(&doc), vec![]);
        assert!(doc.select("body").text().contains("night ferry"));
    }

    /// A box whose class names a newsletter and that asks to sign up goes
    /// without a form; one that quotes someone, or asks nothing, stays.
    #[test]
    fn a_newsletter_box_without_a_form_goes() {
        let doc = page(
            r#"<p>Story text.</p>
<div class="newsletter-promo"><h4>Sign up to Down to Earth</h4><p>Free weekly newsletter</p>
<p>The planet's most important stories, the good, the bad and the essential</p>
<button>Sign up</button></div>
<section id="newsletter-note"><p>Our newsletter team reported on the vote last week.</p></section>
<div class="newsletter"><p>“Sign up or lose out,” the editor told readers.</p><a href="/s">Subscribe</a></div>"#,
        );
        assert_eq!(drop_furniture(&doc), vec![("sign-up box", 1)]);
        let text = doc.select("body").text();
        assert!(!text.contains("Down to Earth") && !text.contains("planet's most"));
        assert!(text.contains("newsletter team") && text.contains("the editor told"));
    }

    #[test]
    fn captions_go_but_not_story_wrappers_named_after_them() {
        let doc = page(
            r#"<figure><img src="a.jpg"><figcaption>Crews at the pier.</figcaption></figure>
<div class="ImageCaption">Photo: Coastline Courier</div>
<div class="story has-captions"><p>One.</p><p>Two.</p></div>"#,
        );
        assert_eq!(drop_furniture(&doc), vec![("picture caption", 2)]);
        let text = doc.select("body").text();
        assert!(!text.contains("Crews") && !text.contains("Photo:"));
        assert!(text.contains("One.") && text.contains("Two."));
    }

    #[test]
    fn same_site_addresses() {
        let host = Some("coastline.example");
        assert!(is_same_site("/news/a", host));
        assert!(is_same_site("news/a", host));
        assert!(is_same_site("//www.coastline.example/a", host));
        assert!(is_same_site("https://coastline.example/a", host));
        assert!(!is_same_site("https://shop.example/a", host));
        assert!(!is_same_site("https://coastline.example/a", None));
        assert!(!is_same_site("#comments", host));
        assert!(!is_same_site("mailto:desk@coastline.example", host));
    }
}
