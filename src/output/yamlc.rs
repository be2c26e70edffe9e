//! `-o yamlc`: the yaml text highlighted like Pygments' `YamlLexer` + `TerminalFormatter`.
//! The lexer's states and rules are reproduced rule by rule (same order, same indentation
//! bookkeeping, same fallback of one `Error` token per unmatched character), for the YAML that
//! PyYAML's block-style dumper produces. Not reproduced: `%YAML`/`%TAG` directives, block scalars
//! (`|`, `>`), and plain scalars inside flow collections — PyYAML never writes them for JSON data.

use super::color::{Tok, preprocess, write_token};
use super::python::is_py_space;

/// Colours yaml text (as produced by `yaml::render`).
pub fn colorize(yaml_text: &str) -> String {
    let text = preprocess(yaml_text);
    let mut lx = Lexer {
        t: text.chars().collect(),
        pos: 0,
        stack: vec![St::Root],
        indent_stack: Vec::new(),
        indent: -1,
        next_indent: 0,
        toks: Vec::new(),
    };
    lx.lex();
    let mut out = String::with_capacity(text.len() * 2);
    for (kind, tok) in &lx.toks {
        write_token(*kind, tok, &mut out);
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum St {
    Root,
    Indentation,
    BlockLine,
    FlowSequence,
    FlowMapping,
    SingleQuoted,
    DoubleQuoted,
    PlainNewLine,
    Plain,
}

struct Lexer {
    t: Vec<char>,
    pos: usize,
    stack: Vec<St>,
    indent_stack: Vec<i64>,
    indent: i64,
    next_indent: i64,
    toks: Vec<(Tok, String)>,
}

fn word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn as_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Lexer {
    fn at(&self, p: usize) -> Option<char> {
        self.t.get(p).copied()
    }

    fn is(&self, p: usize, f: impl Fn(char) -> bool) -> bool {
        self.at(p).is_some_and(f)
    }

    /// Python `$` with re.MULTILINE.
    fn eol(&self, p: usize) -> bool {
        p >= self.t.len() || self.t[p] == '\n'
    }

    /// Python `^` with re.MULTILINE.
    fn bol(&self, p: usize) -> bool {
        p == 0 || self.t[p - 1] == '\n'
    }

    fn run(&self, mut p: usize, f: impl Fn(char) -> bool) -> usize {
        while p < self.t.len() && f(self.t[p]) {
            p += 1;
        }
        p
    }

    /// The run of characters from `p` that `f` accepts, as one `kind` token; false when there is none.
    fn run_token(&mut self, p: usize, kind: Tok, f: impl Fn(char) -> bool) -> bool {
        let end = self.run(p, f);
        if end > p {
            self.token(kind, end);
        }
        end > p
    }

    /// A comment: `#` to the end of the line.
    fn comment(&mut self, p: usize) -> bool {
        self.is(p, |c| c == '#') && self.run_token(p, Tok::Comment, |c| c != '\n')
    }

    fn text(&self, a: usize, b: usize) -> String {
        self.t[a..b].iter().collect()
    }

    fn emit(&mut self, kind: Tok, a: usize, b: usize) {
        let s = self.text(a, b);
        self.toks.push((kind, s));
    }

    /// A plain token action: emit (even empty, like Pygments) and advance.
    fn token(&mut self, kind: Tok, end: usize) {
        self.emit(kind, self.pos, end);
        self.pos = end;
    }

    /// `something(kind)`: no empty tokens, and an empty match does not advance.
    fn something(&mut self, kind: Tok, end: usize) {
        if end > self.pos {
            self.token(kind, end);
        }
    }

    fn push(&mut self, s: St) {
        self.stack.push(s);
    }

    /// Pygments' `#pop:n`: never pops the root state.
    fn pop(&mut self, n: usize) {
        if n >= self.stack.len() {
            self.stack.truncate(1);
        } else {
            let keep = self.stack.len() - n;
            self.stack.truncate(keep);
        }
    }

    fn reset_indent(&mut self, kind: Tok, end: usize) {
        self.indent_stack.clear();
        self.indent = -1;
        self.next_indent = 0;
        self.token(kind, end);
    }

    fn save_indent(&mut self, kind: Tok, end: usize, start: bool) {
        let mut text_end = end;
        let mut extra = None;
        let len = as_i64(end - self.pos);
        if start {
            self.next_indent = len;
            if self.next_indent < self.indent {
                while self.next_indent < self.indent {
                    self.indent = self.indent_stack.pop().unwrap_or(-1);
                }
                if self.next_indent > self.indent {
                    let cut = self.pos + usize::try_from(self.indent.max(0)).unwrap_or(0);
                    extra = Some((cut, end));
                    text_end = cut;
                }
            }
        } else {
            self.next_indent += len;
        }
        if text_end > self.pos {
            self.emit(kind, self.pos, text_end);
        }
        if let Some((a, b)) = extra {
            self.emit(Tok::WhitespaceError, a, b);
        }
        self.pos = end;
    }

    fn set_indent(&mut self, kind: Tok, a: usize, end: usize, implicit: bool) {
        if self.indent < self.next_indent {
            self.indent_stack.push(self.indent);
            self.indent = self.next_indent;
        }
        if !implicit {
            self.next_indent += as_i64(end - a);
        }
        self.emit(kind, a, end);
        self.pos = end;
    }

    fn lex(&mut self) {
        // Every step either consumes input or changes the state stack; bound it anyway.
        let limit = 16 * (self.t.len() + 16);
        for _ in 0..limit {
            if self.step() {
                continue;
            }
            if self.pos >= self.t.len() {
                break;
            }
            if self.t[self.pos] == '\n' {
                self.stack = vec![St::Root];
                self.token(Tok::Text, self.pos + 1);
            } else {
                self.token(Tok::Error, self.pos + 1);
            }
        }
    }

    /// Tries the rules of the current state in order; false if none matched.
    fn step(&mut self) -> bool {
        let p = self.pos;
        let state = *self.stack.last().unwrap_or(&St::Root);
        match state {
            St::Root => {
                let sp = self.run(p, |c| c == ' ');
                if sp > p && (self.is(sp, |c| c == '#') || self.eol(sp)) {
                    self.token(Tok::Whitespace, sp);
                    return true;
                }
                if self.run_token(p, Tok::Whitespace, |c| c == '\n') || self.comment(p) {
                    return true;
                }
                if self.bol(p) {
                    let s = self.text(p, (p + 3).min(self.t.len()));
                    if (s == "---" || s == "...")
                        && (self.is(p + 3, |c| c == ' ') || self.eol(p + 3))
                    {
                        self.reset_indent(Tok::Namespace, p + 3);
                        self.push(St::BlockLine);
                        return true;
                    }
                }
                if !self.eol(sp) && !self.is(sp, is_py_space) {
                    self.save_indent(Tok::Whitespace, sp, true);
                    self.push(St::BlockLine);
                    self.push(St::Indentation);
                    return true;
                }
                false
            }
            St::Indentation => {
                let sp = self.run(p, |c| c == ' ');
                if self.eol(sp) {
                    self.something(Tok::Whitespace, sp);
                    self.pop(2);
                    return true;
                }
                let indicator = |lx: &Self, q: usize| {
                    lx.is(q, |c| matches!(c, '?' | ':' | '-'))
                        && (lx.is(q + 1, |c| c == ' ') || lx.eol(q + 1))
                };
                if sp > p && indicator(self, sp) {
                    self.save_indent(Tok::Whitespace, sp, false);
                    return true;
                }
                if indicator(self, p) {
                    self.set_indent(Tok::Punctuation, p, p + 1, false);
                    return true;
                }
                self.save_indent(Tok::Whitespace, sp, false);
                self.pop(1);
                true
            }
            St::BlockLine => self.block_line(p),
            St::FlowSequence | St::FlowMapping => self.flow_collection(p, state),
            St::SingleQuoted | St::DoubleQuoted => self.quoted(p, state),
            St::Plain => {
                let sp = self.run(p, |c| c == ' ');
                if self.is(sp, |c| c == ':') && (self.is(sp + 1, |c| c == ' ') || self.eol(sp + 1))
                {
                    self.something(Tok::Whitespace, sp);
                    self.pop(1);
                    return true;
                }
                if sp > p && self.is(sp, |c| c == '#') {
                    self.token(Tok::Whitespace, sp);
                    self.pop(1);
                    return true;
                }
                if sp > p && self.eol(sp) {
                    self.token(Tok::Whitespace, sp);
                    return true;
                }
                if self.run_token(p, Tok::Whitespace, |c| c == '\n') {
                    self.push(St::PlainNewLine);
                    return true;
                }
                if self.run_token(p, Tok::Plain, |c| c == ' ' || c == '\u{a0}') {
                    return true;
                }
                // (?::(?!\s)|[^\s:])+
                let mut e = p;
                while let Some(c) = self.at(e) {
                    if c == ':' {
                        if self.is(e + 1, is_py_space) {
                            break;
                        }
                    } else if is_py_space(c) {
                        break;
                    }
                    e += 1;
                }
                if e > p {
                    self.token(Tok::Plain, e);
                    return true;
                }
                false
            }
            St::PlainNewLine => {
                if self.bol(p) {
                    let sp = self.run(p, |c| c == ' ');
                    if sp > p && self.eol(sp) {
                        self.token(Tok::Whitespace, sp);
                        return true;
                    }
                }
                if self.run_token(p, Tok::Whitespace, |c| c == '\n') {
                    return true;
                }
                if self.bol(p) {
                    let s = self.text(p, (p + 3).min(self.t.len()));
                    if s == "---" || s == "..." {
                        self.pop(3);
                        return true;
                    }
                    let sp = self.run(p, |c| c == ' ');
                    // parse_plain_scalar_indent, then the rule's own '#pop'.
                    if as_i64(sp - p) <= self.indent {
                        self.pop(2);
                    } else if sp > p {
                        self.token(Tok::Whitespace, sp);
                    }
                    self.pop(1);
                    return true;
                }
                false
            }
        }
    }

    fn block_line(&mut self, p: usize) -> bool {
        let sp = self.run(p, |c| c == ' ');
        if self.is(sp, |c| c == '#') || self.eol(sp) {
            self.something(Tok::Whitespace, sp);
            self.pop(1);
            return true;
        }
        if sp > p {
            self.token(Tok::Whitespace, sp);
            return true;
        }
        // ([^#,?\[\]{}"'\n]+)(:)(?=[ ]|$) — the longest key that fits.
        let run_end = self.run(p, |c| {
            !matches!(
                c,
                '#' | ',' | '?' | '[' | ']' | '{' | '}' | '"' | '\'' | '\n'
            )
        });
        let mut j = run_end;
        while j > p + 1 {
            j -= 1;
            if self.t[j] == ':' && (self.is(j + 1, |c| c == ' ') || self.eol(j + 1)) {
                self.emit(Tok::NameTag, p, j);
                self.set_indent(Tok::Punctuation, j, j + 1, true);
                return true;
            }
        }
        if self.descriptor(p) {
            return true;
        }
        if self.is(p, |c| c == ':') && (self.is(p + 1, |c| c == ' ') || self.eol(p + 1)) {
            self.set_indent(Tok::Punctuation, p, p + 1, true);
            return true;
        }
        if self.flow_node(p) {
            return true;
        }
        let starts_plain = self.is(p, |c| {
            !is_py_space(c) && !"?:,[]{}#&*!|>'\"%@`-".contains(c)
        }) || (self.is(p, |c| matches!(c, '?' | ':' | '-'))
            && self.is(p + 1, |c| !is_py_space(c)));
        if starts_plain {
            self.push(St::Plain);
            return true;
        }
        false
    }

    /// Tags, anchors and aliases (`descriptors`).
    fn descriptor(&mut self, p: usize) -> bool {
        let uri = |c: char| word(c) || "#;/?:@&=+$,.!~*'()[]%-".contains(c);
        match self.at(p) {
            Some('!') => {
                if self.is(p + 1, |c| c == '<') {
                    let e = self.run(p + 2, uri);
                    if e > p + 2 && self.is(e, |c| c == '>') {
                        self.token(Tok::KeywordType, e + 1);
                        return true;
                    }
                }
                let mut q = p + 1;
                let h = self.run(q, |c| word(c) || c == '-');
                if h > q && self.is(h, |c| c == '!') {
                    q = h + 1;
                }
                let e = self.run(q, uri);
                self.token(Tok::KeywordType, e);
                true
            }
            Some('&' | '*') => {
                let e = self.run(p + 1, |c| word(c) || c == '-');
                if e == p + 1 {
                    return false;
                }
                let kind = if self.t[p] == '&' {
                    Tok::Label
                } else {
                    Tok::Variable
                };
                self.token(kind, e);
                true
            }
            _ => false,
        }
    }

    /// `flow-nodes`: `[`, `{`, quotes.
    fn flow_node(&mut self, p: usize) -> bool {
        let next = match self.at(p) {
            Some('[') => (Tok::Punctuation, St::FlowSequence),
            Some('{') => (Tok::Punctuation, St::FlowMapping),
            Some('\'') => (Tok::String, St::SingleQuoted),
            Some('"') => (Tok::String, St::DoubleQuoted),
            _ => return false,
        };
        self.token(next.0, p + 1);
        self.push(next.1);
        true
    }

    fn flow_collection(&mut self, p: usize, state: St) -> bool {
        if state == St::FlowMapping {
            let run_end = self.run(p, |c| {
                !matches!(
                    c,
                    ',' | ':' | '?' | '[' | ']' | '{' | '}' | '"' | '\'' | '\n'
                )
            });
            if run_end > p
                && self.is(run_end, |c| c == ':')
                && (self.is(run_end + 1, |c| c == ' ') || self.eol(run_end + 1))
            {
                self.emit(Tok::NameTag, p, run_end);
                self.emit(Tok::Punctuation, run_end, run_end + 1);
                self.pos = run_end + 1;
                return true;
            }
        }
        if self.run_token(p, Tok::Whitespace, |c| c == ' ')
            || self.run_token(p, Tok::Whitespace, |c| c == '\n')
            || self.comment(p)
        {
            return true;
        }
        if self.is(p, |c| matches!(c, '?' | ':' | ',')) {
            self.token(Tok::Punctuation, p + 1);
            return true;
        }
        if self.descriptor(p) || self.flow_node(p) {
            return true;
        }
        let close = if state == St::FlowSequence { ']' } else { '}' };
        if self.is(p, |c| c == close) {
            self.token(Tok::Punctuation, p + 1);
            self.pop(1);
            return true;
        }
        false
    }

    fn quoted(&mut self, p: usize, state: St) -> bool {
        // quoted-scalar-whitespaces
        let sp = self.run(p, |c| c == ' ');
        if sp > p && self.bol(p) {
            self.token(Tok::Whitespace, sp);
            return true;
        }
        if sp > p && self.eol(sp) {
            self.token(Tok::Whitespace, sp);
            return true;
        }
        if self.run_token(p, Tok::Whitespace, |c| c == '\n')
            || self.run_token(p, Tok::Variable, |c| c == ' ' || c == '\u{a0}')
        {
            return true;
        }
        let single = state == St::SingleQuoted;
        let quote = if single { '\'' } else { '"' };
        if single {
            if self.is(p, |c| c == '\'') && self.is(p + 1, |c| c == '\'') {
                self.token(Tok::String, p + 2);
                return true;
            }
        } else if self.is(p, |c| c == '\\') {
            if self.is(p + 1, |c| "0abt\tn\nvfre \"\\N_LP".contains(c)) {
                self.token(Tok::String, p + 2);
                return true;
            }
            let hex = |lx: &Self, from: usize, n: usize| {
                (from..from + n).all(|q| lx.is(q, |c| c.is_ascii_hexdigit()))
            };
            let len = match self.at(p + 1) {
                Some('x') if hex(self, p + 2, 2) => Some(4),
                Some('u') if hex(self, p + 2, 4) => Some(6),
                Some('U') if hex(self, p + 2, 8) => Some(10),
                _ => None,
            };
            if let Some(n) = len {
                self.token(Tok::String, p + n);
                return true;
            }
        }
        // Text up to a space or the closing quote (and in double quotes, up to a backslash).
        if self.run_token(p, Tok::String, |c| {
            !is_py_space(c) && c != quote && (single || c != '\\')
        }) {
            return true;
        }
        if self.is(p, |c| c == quote) {
            self.token(Tok::String, p + 1);
            self.pop(1);
            return true;
        }
        false
    }
}
