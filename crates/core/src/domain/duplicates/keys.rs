//! Normalized duplicate keys: the same person typed twice rarely matches
//! byte for byte, so emails, phones, LinkedIn URLs and names are reduced to
//! a canonical form before comparing. WHY as SQL functions: migration V11's
//! triggers keep `candidate_dup_keys` current from every write path (commands,
//! imports, the demo generator, applied sync changes), so they call the same
//! Rust normalizers through `td_email_key()`, `td_phone_key()`, `td_linkedin_key()` and
//! `td_name_key()`, registered on every connection next to `sync_hlc()`.

use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;

/// Key kinds stored in `candidate_dup_keys.kind`.
pub const EMAIL: &str = "email";
pub const PHONE: &str = "phone";
pub const LINKEDIN: &str = "linkedin";
pub const NAME_COMPANY: &str = "name_company";

/// Email key: trimmed and lower-cased (mailbox providers treat the local
/// part case-insensitively in practice).
pub fn email_key(email: &str) -> Option<String> {
    let e = email.trim().to_lowercase();
    e.contains('@').then_some(e)
}

/// Phone key in E.164 (`+` and up to 15 digits). A leading `+` or `00`
/// carries the country code; a bare 10-digit number, or 11 digits starting
/// with 1, is read as North American (+1), the app's default region. Other
/// numbers without a country code key on their digits alone, so the same
/// number typed twice still matches. Fewer than 7 digits: no key.
pub fn phone_key(phone: &str) -> Option<String> {
    let trimmed = phone.trim();
    // Drop an extension ("x123", "ext. 123").
    let lower = trimmed.to_lowercase();
    let main = lower
        .find(['x', 'e'])
        .map_or(lower.as_str(), |at| &lower[..at]);
    let digits: String = main.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 7 {
        return None;
    }
    let international = main.trim_start().starts_with('+');
    let e164 = if international {
        format!("+{digits}")
    } else if let Some(rest) = digits.strip_prefix("00") {
        format!("+{rest}")
    } else if digits.len() == 10 {
        format!("+1{digits}")
    } else if digits.len() == 11 && digits.starts_with('1') {
        format!("+{digits}")
    } else {
        return Some(digits);
    };
    (e164.len() <= 16).then_some(e164)
}

/// LinkedIn key: `linkedin.com/in/<slug>` lower-cased, whatever the scheme,
/// subdomain (`www.`, `uk.`), query, fragment or trailing slash. Other URLs
/// key on host and path the same way.
pub fn linkedin_key(url: &str) -> Option<String> {
    let mut s = url.trim().to_lowercase();
    if s.is_empty() {
        return None;
    }
    for scheme in ["https://", "http://"] {
        if let Some(rest) = s.strip_prefix(scheme) {
            s = rest.to_string();
        }
    }
    if let Some(at) = s.find(['?', '#']) {
        s.truncate(at);
    }
    let s = s.trim_end_matches('/');
    let (host, path) = s.split_once('/').unwrap_or((s, ""));
    let host = if host == "linkedin.com" || host.ends_with(".linkedin.com") {
        "linkedin.com"
    } else {
        host.strip_prefix("www.").unwrap_or(host)
    };
    // Percent-encoded slugs and plain ones compare equal only when typed the
    // same way; decoding is out of scope.
    let path = path.trim_end_matches('/');
    if path.is_empty() {
        return None;
    }
    Some(format!("{host}/{path}"))
}

/// Name key: lower-cased letters and digits, words separated by one space,
/// so "Doe,  Jane" and "doe jane" compare equal but "Jane Doe" does not.
pub fn name_key(name: &str) -> Option<String> {
    let cleaned: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Name plus company key, `name|company`.
pub fn name_company_key(name: &str, company: &str) -> Option<String> {
    Some(format!("{}|{}", name_key(name)?, name_key(company)?))
}

/// The migration that creates `candidate_dup_keys`.
pub const MIGRATION: i64 = 11;

/// Recompute every candidate's keys (after migration V11, or on demand).
pub fn rebuild(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "DELETE FROM candidate_dup_keys;
         INSERT OR IGNORE INTO candidate_dup_keys (kind, key, candidate_id)
         SELECT k.kind, k.key, k.id FROM (
             SELECT 'email' AS kind, td_email_key(email) AS key, id FROM candidates
             UNION ALL SELECT 'email', td_email_key(alternate_email), id FROM candidates
             UNION ALL SELECT 'phone', td_phone_key(phone), id FROM candidates
             UNION ALL SELECT 'phone', td_phone_key(alternate_phone), id FROM candidates
             UNION ALL SELECT 'linkedin', td_linkedin_key(linkedin_url), id FROM candidates
             UNION ALL SELECT 'name_company', td_name_key(c.full_name) || '|' || td_name_key(w.company_name), c.id
                 FROM candidates c JOIN work_experiences w ON w.candidate_id = c.id WHERE w.is_current = 1
         ) k WHERE k.key IS NOT NULL;",
    )
}

/// Install `td_phone_key`, `td_linkedin_key` and `td_name_key` on `conn`
/// (deterministic; NULL in, NULL out).
pub fn register(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    type Norm = fn(&str) -> Option<String>;
    let fns: [(&str, Norm); 4] = [
        ("td_email_key", email_key),
        ("td_phone_key", phone_key),
        ("td_linkedin_key", linkedin_key),
        ("td_name_key", name_key),
    ];
    for (name, f) in fns {
        conn.create_scalar_function(name, 1, flags, move |ctx| {
            let v: Option<String> = ctx.get(0)?;
            Ok(v.as_deref().and_then(f))
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_normalize_to_e164() {
        assert_eq!(
            phone_key("+1 (415) 555-0100").as_deref(),
            Some("+14155550100")
        );
        assert_eq!(phone_key("415.555.0100").as_deref(), Some("+14155550100"));
        assert_eq!(phone_key("1-415-555-0100").as_deref(), Some("+14155550100"));
        assert_eq!(
            phone_key("0044 20 7946 0958").as_deref(),
            Some("+442079460958")
        );
        assert_eq!(
            phone_key("+44 20 7946 0958 ext. 12").as_deref(),
            Some("+442079460958")
        );
        assert_eq!(phone_key("020 7946 0958").as_deref(), Some("02079460958"));
        assert_eq!(phone_key("12345"), None);
    }

    #[test]
    fn linkedin_urls_canonicalize() {
        let want = Some("linkedin.com/in/jane-doe".to_string());
        assert_eq!(linkedin_key("https://www.linkedin.com/in/Jane-Doe/"), want);
        assert_eq!(
            linkedin_key("http://uk.linkedin.com/in/jane-doe?trk=x"),
            want
        );
        assert_eq!(linkedin_key("linkedin.com/in/jane-doe#about"), want);
        assert_eq!(linkedin_key("https://linkedin.com/"), None);
    }

    #[test]
    fn names_and_emails() {
        assert_eq!(name_key("  Jane   DOE ").as_deref(), Some("jane doe"));
        assert_eq!(name_key("O'Brien, Pat").as_deref(), Some("o brien pat"));
        assert_eq!(
            name_company_key("Jane Doe", "ACME, Inc.").as_deref(),
            Some("jane doe|acme inc")
        );
        assert_eq!(
            email_key(" Jane@Example.COM ").as_deref(),
            Some("jane@example.com")
        );
    }
}
