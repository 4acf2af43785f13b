//! Entry point of the page; the guide itself lives in the library.

fn main() {}
