//! Build script. WHY: the store embeds `migrations/*.sql` through a proc
//! macro that cargo cannot track; rerunning on changes to that folder makes a
//! new migration file rebuild the core.
fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
    println!("cargo:rerun-if-changed=build.rs");
}
