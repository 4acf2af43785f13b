//! The engine's modules import in one direction: no module uses one that
//! uses it back, directly or through others. Run alone with
//! `cargo test -p secret-pro-engine --test modules -- --nocapture`, which
//! prints each module with what it imports.

use std::collections::BTreeMap;
use std::path::Path;

/// Each module of `engine/src` with the sibling modules it names as
/// `super::<module>`.
fn imports() -> BTreeMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("engine/src is readable") {
        let path = entry.expect("a directory entry").path();
        let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if name == "lib" || path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a readable module");
        let mut used: Vec<String> = source
            .match_indices("super::")
            .map(|(at, token)| {
                source[at + token.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect::<String>()
            })
            .filter(|m| !m.is_empty() && m != name)
            .collect();
        used.sort();
        used.dedup();
        graph.insert(name.to_string(), used);
    }
    graph
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
        for u in used {
            assert!(
                graph.contains_key(u),
                "{module} names super::{u}, not a module"
            );
        }
    }
    for module in graph.keys() {
        if let Some(found) = cycle(&graph, module, &mut Vec::new()) {
            panic!("modules import each other: {}", found.join(" -> "));
        }
    }
}
