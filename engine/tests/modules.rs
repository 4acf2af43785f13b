//! The engine's modules import in one direction: no module uses one that
//! uses it back, directly or through others. Run alone with
//! `cargo test -p secret-pro-engine --test modules -- --nocapture`, which
//! prints each module with what it imports, however the path is written
//! (`super::m::…`, `crate::m::…`, a `use super::{…}` group, or a name the
//! crate root re-exports, as `crate::Evaluation`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The first segment of each path that follows `crate::` or `super::`:
/// one for a plain path, one per item of a `{…}` group.
fn first_segments(rest: &str) -> Vec<&str> {
    let Some(group) = rest.strip_prefix('{') else {
        let end = rest.find(|c: char| !is_ident(c)).unwrap_or(rest.len());
        return vec![&rest[..end]];
    };
    let (mut depth, mut start, mut items) = (0, 0, Vec::new());
    for (at, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..at]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    items
        .into_iter()
        .map(|item| {
            let item = item.trim_start();
            &item[..item.find(|c: char| !is_ident(c)).unwrap_or(item.len())]
        })
        .collect()
}

/// The names the crate root re-exports (`pub use m::{A, B};` in
/// `lib.rs`), with the module each comes from.
fn reexports(lib: &str) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for line in lib.lines() {
        let Some((module, rest)) = line
            .trim()
            .strip_prefix("pub use ")
            .and_then(|path| path.split_once("::"))
        else {
            continue;
        };
        for name in first_segments(rest) {
            found.insert(name.to_string(), module.to_string());
        }
    }
    found
}

/// The modules among `siblings` that `source` names in a path through
/// `crate::` or `super::`: the module itself, or a name the crate root
/// re-exports from it (`reexported`). Comments do not count; a path through
/// another crate (`serde::de::`) does not either; a glob (`super::*`) names
/// no module (in a module's tests it is the module itself).
fn named(source: &str, siblings: &[&str], reexported: &BTreeMap<String, String>) -> Vec<String> {
    let code: String = source
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = BTreeSet::new();
    for prefix in ["crate::", "super::"] {
        for (at, _) in code.match_indices(prefix) {
            if code[..at].ends_with(is_ident) {
                continue;
            }
            for first in first_segments(&code[at + prefix.len()..]) {
                let module = reexported.get(first).map_or(first, String::as_str);
                if siblings.contains(&module) {
                    found.insert(module.to_string());
                }
            }
        }
    }
    found.into_iter().collect()
}

/// Each module of `engine/src` with the sibling modules it names.
fn imports() -> BTreeMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut sources = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("engine/src is readable") {
        let path = entry.expect("a directory entry").path();
        let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if name == "lib" || path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a readable module");
        sources.insert(name.to_string(), source);
    }
    let lib = std::fs::read_to_string(dir.join("lib.rs")).expect("engine/src/lib.rs is readable");
    let reexported = reexports(&lib);
    let names: Vec<&str> = sources.keys().map(String::as_str).collect();
    sources
        .iter()
        .map(|(name, source)| {
            let others: Vec<&str> = names.iter().copied().filter(|m| m != name).collect();
            (name.clone(), named(source, &others, &reexported))
        })
        .collect()
}

/// A cycle through `module`, if its imports lead back to a module on `path`.
fn cycle(
    graph: &BTreeMap<String, Vec<String>>,
    module: &str,
    path: &mut Vec<String>,
) -> Option<Vec<String>> {
    if let Some(at) = path.iter().position(|m| m == module) {
        let mut found = path[at..].to_vec();
        found.push(module.to_string());
        return Some(found);
    }
    path.push(module.to_string());
    for next in graph.get(module).into_iter().flatten() {
        if let Some(found) = cycle(graph, next, path) {
            return Some(found);
        }
    }
    path.pop();
    None
}

#[test]
fn no_engine_module_imports_one_that_imports_it_back() {
    let graph = imports();
    assert!(
        graph.len() >= 10,
        "the engine's modules were found: {graph:?}"
    );
    for (module, used) in &graph {
        println!("{module} <- {}", used.join(", "));
    }
    for module in graph.keys() {
        if let Some(found) = cycle(&graph, module, &mut Vec::new()) {
            panic!("modules import each other: {}", found.join(" -> "));
        }
    }
}

#[test]
fn an_import_is_found_however_its_path_is_written() {
    let siblings = ["report", "rules"];
    let reexported =
        reexports("pub use report::{Evaluation, Status, Step};\npub use rules::RuleId;");
    assert_eq!(reexported["Step"], "report");
    assert_eq!(reexported["RuleId"], "rules");
    for source in [
        "use super::report::Evaluation;",
        "use crate::report::Evaluation;",
        "use super::{report::Evaluation, rules};\nuse super::{\n    report::Status,\n};",
        "fn f() -> crate::report::Evaluation { todo!() }",
        "use crate::Evaluation;",
        "use super::{Step, RuleId};",
        "fn f(e: &crate::Evaluation) {}",
    ] {
        assert!(
            named(source, &siblings, &reexported).contains(&"report".to_string()),
            "{source}"
        );
    }
    for source in [
        "// see super::report::Evaluation",
        "let x = 1; // see crate::Evaluation",
        "use serde::report::Thing;",
        "use super::reports::Evaluation;",
        "let my_report::x;",
        "use mycrate::Evaluation;",
        "use super::*;",
        "use crate::RuleId;",
    ] {
        assert!(
            !named(source, &siblings, &reexported).contains(&"report".to_string()),
            "{source}"
        );
    }
}
