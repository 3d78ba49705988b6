//! Documents on a tracked job in the content-addressed file store: dedupe, integrity checks on
//! read, bad files refused, files removed with their last document.

use serde_json::json;
use talentdesk_core::ErrorCode;

use super::resumes::{blobs, file_ctx, fixture, upload};
use super::support::{count, err, id, ok};

#[test]
fn documents_are_stored_once_checked_on_read_and_removed_with_the_last_row() {
    let (dir, ctx) = file_ctx();
    let job = ok(
        &ctx,
        "tracked_job_create",
        json!({ "title": "Engineer", "company": "Acme" }),
    );
    let other = ok(
        &ctx,
        "tracked_job_create",
        json!({ "title": "Analyst", "company": "Beta" }),
    );
    let letter = ok(
        &ctx,
        "document_add",
        json!({ "tracked_job_id": id(&job), "category": "cover_letter", "title": "Letter", "file": upload("02_caps_headings.pdf") }),
    );
    assert_eq!(letter["mime_type"], "application/pdf");
    assert_eq!(letter["file_size"], fixture("02_caps_headings.pdf").len());
    assert!(letter["extraction_preview"]
        .as_str()
        .is_some_and(|t| t.contains("GARC")));
    ok(
        &ctx,
        "document_add",
        json!({ "tracked_job_id": id(&other), "category": "portfolio", "file": upload("02_caps_headings.pdf") }),
    );
    // Opaque files (an image) are accepted as they are.
    let png = json!({ "file_name": "shot.png", "content_base64": "iVBORw0KGgo=" });
    ok(
        &ctx,
        "document_add",
        json!({ "tracked_job_id": id(&job), "category": "other", "file": png }),
    );
    assert_eq!(blobs(&dir).len(), 2, "identical content stored once");
    let list = ok(&ctx, "document_list", json!({ "tracked_job_id": id(&job) }));
    assert_eq!(list.as_array().map(Vec::len), Some(2));

    // The path handed to the OS is the checked file.
    let file = ok(&ctx, "document_file", json!({ "id": id(&letter) }));
    let path = file["path"].as_str().expect("path").to_string();
    assert_eq!(
        std::fs::read(&path).expect("read"),
        fixture("02_caps_headings.pdf")
    );
    let key = letter["file_key"].as_str().expect("key");
    assert!(path.ends_with(key) && key.len() == 64);

    // A file changed on disk is reported, not served.
    std::fs::write(&path, b"tampered").expect("write");
    let e = err(&ctx, "document_file", json!({ "id": id(&letter) }));
    assert!(e.message.contains("corrupt"), "{e:?}");
    let e = err(&ctx, "document_content", json!({ "id": id(&letter) }));
    assert_eq!(e.code, ErrorCode::Io);
    // Adding the same content again repairs the stored copy.
    ok(
        &ctx,
        "document_add",
        json!({ "tracked_job_id": id(&job), "category": "transcript", "file": upload("02_caps_headings.pdf") }),
    );
    ok(&ctx, "document_file", json!({ "id": id(&letter) }));

    // Bad input: damaged PDF, unknown category, missing job. Nothing is saved.
    let before = count(&ctx, "documents");
    let e = err(
        &ctx,
        "document_add",
        json!({ "tracked_job_id": id(&job), "category": "cover_letter", "file": upload("bad_truncated.pdf") }),
    );
    assert_eq!(e.field.as_deref(), Some("file"));
    let e = err(
        &ctx,
        "document_add",
        json!({ "tracked_job_id": id(&job), "category": "memo", "file": upload("12_plain_text.txt") }),
    );
    assert_eq!(e.field.as_deref(), Some("category"));
    let e = err(
        &ctx,
        "document_add",
        json!({ "tracked_job_id": "nope", "category": "other", "file": upload("12_plain_text.txt") }),
    );
    assert_eq!(e.field.as_deref(), Some("tracked_job_id"));
    assert_eq!(count(&ctx, "documents"), before);

    // Deleting: the blob goes with the last document that names it.
    let docs = ok(&ctx, "document_list", json!({ "tracked_job_id": id(&job) }));
    for d in docs.as_array().expect("docs") {
        ok(&ctx, "document_delete", json!({ "id": d["id"] }));
    }
    assert_eq!(
        blobs(&dir).len(),
        1,
        "the portfolio on the other job still uses the PDF"
    );
    ok(&ctx, "tracked_job_delete", json!({ "id": id(&other) }));
    assert_eq!(count(&ctx, "documents"), 0, "documents go with their job");
}
