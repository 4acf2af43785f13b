//! Reads `law/validations.txt` at build time: an entry the guide cannot
//! read fails the build, naming its line, instead of reaching a user.

// The guide uses the whole module; the build reads it only to check it.
#[allow(dead_code)]
#[path = "src/validation_record.rs"]
mod validation_record;

fn main() {
    println!("cargo::rerun-if-changed=law/validations.txt");
    println!("cargo::rerun-if-changed=src/validation_record.rs");
    if let Err(e) = validation_record::parse(validation_record::RECORD) {
        panic!("law/validations.txt {e}");
    }
}
