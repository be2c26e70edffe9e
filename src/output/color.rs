//! Colour: az's decision whether to colour (`jsonc`/`yamlc` fall back to plain text otherwise),
//! and Pygments' `TerminalFormatter` (light palette) writing lexer tokens as ANSI escapes.

/// Lexer token kinds that jsonc/yamlc produce, with Pygments' TerminalFormatter colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tok {
    /// `Token.Text` (the lexers' fallback for a bare newline): uncoloured.
    Text,
    /// `Whitespace`: gray.
    Whitespace,
    /// `Whitespace.Error` (YAML indentation error): walks up to Whitespace, gray.
    WhitespaceError,
    /// `Punctuation` and `Punctuation.Indicator`: uncoloured.
    Punctuation,
    /// `Name.Tag` (JSON keys, YAML keys): bright blue.
    NameTag,
    /// `String`, `String.Double`, `String.Escape`: yellow.
    String,
    /// `Number.*`: blue.
    Number,
    /// `Keyword.Constant` (`true`, `false`, `null` in JSON): blue.
    Keyword,
    /// `Keyword.Type` (YAML tags): cyan.
    KeywordType,
    /// `Name.Namespace` (YAML `---`/`...`): underlined cyan.
    Namespace,
    /// `Name.Variable`: red.
    Variable,
    /// `Name.Label` (YAML anchors): walks up to Token, uncoloured.
    Label,
    /// `Literal.Scalar.Plain`: uncoloured.
    Plain,
    /// `Comment`: gray.
    Comment,
    /// `Error`: underlined bright red.
    Error,
}

impl Tok {
    fn escape(self) -> &'static str {
        match self {
            Tok::Text | Tok::Punctuation | Tok::Label | Tok::Plain => "",
            Tok::Whitespace | Tok::WhitespaceError | Tok::Comment => "\x1b[37m",
            Tok::NameTag => "\x1b[94m",
            Tok::String => "\x1b[33m",
            Tok::Number | Tok::Keyword => "\x1b[34m",
            Tok::KeywordType => "\x1b[36m",
            Tok::Namespace => "\x1b[04m\x1b[36m",
            Tok::Variable => "\x1b[31m",
            Tok::Error => "\x1b[04m\x1b[91m",
        }
    }
}

const RESET: &str = "\x1b[39;49;00m";

/// Writes one token like `TerminalFormatter.format_unencoded`: each line (Python `splitlines`)
/// is wrapped in its colour with a trailing `\n` moved outside the escape.
pub(crate) fn write_token(kind: Tok, text: &str, out: &mut String) {
    let esc = kind.escape();
    for line in split_lines_keep(text) {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, true),
            None => (line, false),
        };
        if esc.is_empty() {
            out.push_str(body);
        } else {
            out.push_str(esc);
            out.push_str(body);
            out.push_str(RESET);
        }
        if nl {
            out.push('\n');
        }
    }
}

/// Pygments' input preprocessing (`Lexer._preprocess_lexer_input` with the default options):
/// drop a leading BOM, turn `\r\n` and `\r` into `\n`, strip leading and trailing newlines, and
/// end with exactly one `\n`.
pub(crate) fn preprocess(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut text = text.trim_matches('\n').to_owned();
    text.push('\n');
    text
}

/// Python's line boundaries for `str.splitlines`.
pub(crate) fn is_line_boundary(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{b}'
            | '\u{c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Python's `s.splitlines(keepends=True)`.
pub(crate) fn split_lines_keep(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_line_boundary(c) {
            let mut end = i + c.len_utf8();
            if c == '\r'
                && let Some(&(j, '\n')) = iter.peek()
            {
                end = j + 1;
                iter.next();
            }
            lines.push(&s[start..end]);
            start = end;
        }
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

/// Python's `s.splitlines()` (without the line ends).
pub(crate) fn split_lines(s: &str) -> Vec<&str> {
    split_lines_keep(s)
        .into_iter()
        .map(|l| {
            let l = l
                .strip_suffix('\n')
                .map_or(l, |b| b.strip_suffix('\r').unwrap_or(b));
            match l.chars().last() {
                Some(c) if is_line_boundary(c) => &l[..l.len() - c.len_utf8()],
                _ => l,
            }
        })
        .collect()
}

/// Whether az would colour `jsonc`/`yamlc` output: both stdout and stderr are terminals and
/// neither `AZURE_CORE_NO_COLOR` nor `NO_COLOR` nor the `[core] no_color` setting turns it off.
pub fn color_enabled(stdout_is_tty: bool, stderr_is_tty: bool) -> bool {
    color_enabled_with_config(stdout_is_tty, stderr_is_tty, None)
}

/// [`color_enabled`] with the `[core] no_color` value from az's config file, if the caller read one.
pub fn color_enabled_with_config(
    stdout_is_tty: bool,
    stderr_is_tty: bool,
    config_no_color: Option<&str>,
) -> bool {
    let env_no_color = std::env::var("AZURE_CORE_NO_COLOR").ok();
    let no_color_var = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    color_decision(
        stdout_is_tty,
        stderr_is_tty,
        env_no_color.as_deref(),
        no_color_var,
        config_no_color,
    )
}

/// The pure part of [`color_enabled`]: the env var wins over the config file, as in knack's
/// config lookup; a value is true as knack's `getboolean` reads it (`1/yes/true/on`).
pub fn color_decision(
    stdout_is_tty: bool,
    stderr_is_tty: bool,
    azure_core_no_color: Option<&str>,
    no_color_set: bool,
    config_no_color: Option<&str>,
) -> bool {
    let no_color = match azure_core_no_color.or(config_no_color) {
        Some(v) => is_truthy(v),
        None => false,
    };
    stdout_is_tty && stderr_is_tty && !no_color && !no_color_set
}

/// knack's `CLIConfig.getboolean` true values (case-insensitive).
pub fn is_truthy(v: &str) -> bool {
    matches!(v.to_ascii_lowercase().as_str(), "1" | "yes" | "true" | "on")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitlines_like_python() {
        assert_eq!(
            split_lines_keep("a\r\nb\rc\u{2028}d\n"),
            vec!["a\r\n", "b\r", "c\u{2028}", "d\n"]
        );
        assert_eq!(split_lines("a\r\n\nb\u{b}"), vec!["a", "", "b"]);
        assert!(split_lines("").is_empty());
    }

    #[test]
    fn colour_rule() {
        assert!(color_decision(true, true, None, false, None));
        assert!(!color_decision(true, false, None, false, None));
        assert!(!color_decision(false, true, None, false, None));
        assert!(!color_decision(true, true, Some("True"), false, None));
        assert!(!color_decision(true, true, Some("1"), false, None));
        assert!(color_decision(
            true,
            true,
            Some("false"),
            false,
            Some("true")
        ));
        assert!(!color_decision(true, true, None, false, Some("yes")));
        assert!(!color_decision(true, true, None, true, None));
    }
}
