//! Colour: Pygments' `TerminalFormatter` (light palette) writing lexer tokens as ANSI escapes.
//! Whether to colour at all (`jsonc`/`yamlc` fall back to plain text otherwise) is decided once at
//! start, from the terminals and az's settings.

use super::python::split_lines_keep;

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
