//! Reads `law/validations.txt` at build time: an entry the guide cannot
//! read fails the build, naming its line, instead of reaching a user; the
//! entries become the table the guide compiles in (`$OUT_DIR/validations.rs`).

// The guide uses the whole module; the build reads it only to check it.
#[allow(dead_code)]
#[path = "src/validation_record.rs"]
mod validation_record;

fn main() {
    println!("cargo::rerun-if-changed=law/validations.txt");
    println!("cargo::rerun-if-changed=src/validation_record.rs");
    let record = validation_record::parse(validation_record::RECORD)
        .unwrap_or_else(|e| panic!("law/validations.txt {e}"));
    let table: String = record.iter().map(|v| v.rust_source() + "\n").collect();
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("validations.rs");
    std::fs::write(out, format!("&[\n{table}]\n")).expect("OUT_DIR is writable");
}
