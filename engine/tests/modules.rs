//! The engine's modules import in one direction: no module uses one that
//! uses it back, directly or through others. Run alone with
//! `cargo test -p secret-pro-engine --test modules -- --nocapture`, which
//! prints each module with what it imports (`super::m`, `crate::m`, or
//! `m` in a `use super::{…}` group).

use std::collections::BTreeMap;
use std::path::Path;

/// The modules among `siblings` that `source` names in a path, however the
/// path is written: `super::m::`, `crate::m::`, or `m::` inside a
/// `use super::{…}` group. Comments do not count; a path through another
/// crate (`serde::de::`) does not either.
fn named(source: &str, siblings: &[&str]) -> Vec<String> {
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    siblings
        .iter()
        .filter(|m| {
            code.match_indices(&format!("{m}::")).any(|(at, _)| {
                let before = &code[..at];
                if before.ends_with(is_ident) {
                    return false;
                }
                match before.strip_suffix("::") {
                    Some(path) => path.ends_with("crate") || path.ends_with("super"),
                    None => true,
                }
            })
        })
        .map(|m| m.to_string())
        .collect()
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
    let names: Vec<&str> = sources.keys().map(String::as_str).collect();
    sources
        .iter()
        .map(|(name, source)| {
            let others: Vec<&str> = names.iter().copied().filter(|m| m != name).collect();
            (name.clone(), named(source, &others))
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
    for source in [
        "use super::report::Evaluation;",
        "use crate::report::Evaluation;",
        "use super::{report::Evaluation, rules};\nuse super::{\n    report::Status,\n};",
        "fn f() -> crate::report::Evaluation { todo!() }",
    ] {
        assert!(
            named(source, &siblings).contains(&"report".to_string()),
            "{source}"
        );
    }
    for source in [
        "// see super::report::Evaluation",
        "use serde::report::Thing;",
        "use super::reports::Evaluation;",
        "let my_report::x;",
    ] {
        assert!(named(source, &siblings).is_empty(), "{source}");
    }
}
