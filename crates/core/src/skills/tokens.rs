//! The tokenizer shared by the catalog and the texts it is matched against, so that a skill
//! written as "CI/CD", "ci cd" or "CI-CD" reads the same on both sides.

/// A word of a text: letters and digits, plus `+` and `#` after them ("C++", "C#") and `.`, `&`
/// or `'` between them ("Node.js", "R&D"); a leading dot before letters (".NET").
#[derive(Debug, Clone, PartialEq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub lower: String,
    pub start: usize,
    pub end: usize,
    pub hyphen_before: bool,
    pub hyphen_after: bool,
    /// A newline, bullet or list separator lies between this token and the previous one.
    pub line_break_before: bool,
}

pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut break_pending = false;
    let mut hyphen_pending = false;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let next_alnum = chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        let starts = c.is_alphanumeric() || (c == '.' && next_alnum && !prev_alnum(&chars, i));
        if !starts {
            if matches!(
                c,
                '\n' | '\r' | ',' | ';' | '|' | '•' | '·' | '(' | ')' | ':' | '\t'
            ) {
                break_pending = true;
            }
            hyphen_pending = matches!(c, '-' | '‑');
            i += 1;
            continue;
        }
        let start = pos;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let next_alnum = chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
            let prev = chars[j - 1].1;
            let keep = c.is_alphanumeric()
                || (matches!(c, '+' | '#') && (prev.is_alphanumeric() || prev == '+'))
                || (matches!(c, '.' | '&' | '\'' | '’') && next_alnum && prev.is_alphanumeric());
            if !keep {
                break;
            }
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
        let word = &text[start..end];
        let hyphen_after = chars.get(j).is_some_and(|&(_, c)| matches!(c, '-' | '‑'))
            && chars.get(j + 1).is_some_and(|&(_, c)| c.is_alphanumeric());
        out.push(Token {
            text: word,
            lower: word.to_lowercase().replace('’', "'"),
            start,
            end,
            hyphen_before: hyphen_pending,
            hyphen_after,
            line_break_before: break_pending,
        });
        break_pending = false;
        hyphen_pending = false;
        i = j;
    }
    out
}

fn prev_alnum(chars: &[(usize, char)], i: usize) -> bool {
    i > 0 && chars[i - 1].1.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::tokenize;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.lower).collect()
    }

    #[test]
    fn keeps_punctuated_names_whole() {
        assert_eq!(
            words("C++, C#, Node.js and .NET."),
            ["c++", "c#", "node.js", "and", ".net"]
        );
        assert_eq!(
            words("CI/CD at R&D; Objective-C"),
            ["ci", "cd", "at", "r&d", "objective", "c"]
        );
        assert_eq!(words("I use Java."), ["i", "use", "java"]);
    }
}
