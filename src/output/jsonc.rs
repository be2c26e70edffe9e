//! `-o jsonc`: the json text highlighted like Pygments' `JsonLexer` + `TerminalFormatter`.
//! The lexer rules (a character-level state machine) are reproduced here so that every token
//! boundary, and therefore every escape sequence, falls where Pygments puts it.

use super::color::{Tok, preprocess, write_token};

/// Colours json text (as produced by `json::render`).
pub fn colorize(json_text: &str) -> String {
    let text = preprocess(json_text);
    let mut out = String::with_capacity(text.len() * 2);
    for (kind, tok) in lex(&text) {
        write_token(kind, tok, &mut out);
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    None,
    String,
    Whitespace,
    Constant,
    Number,
    Punctuation,
    CommentSingle,
    CommentMulti,
    SecondCommentOpener,
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\n' | '\r' | '\t')
}

fn is_int(c: char) -> bool {
    c == '-' || c.is_ascii_digit()
}

fn is_constant(c: char) -> bool {
    "truefalsenull".contains(c)
}

fn is_punct(c: char) -> bool {
    matches!(c, '{' | '}' | '[' | ']' | ',')
}

/// Whitespace and comments wait behind a queued string (which may turn out to be a key) instead of going out.
fn push_or_queue<'a>(
    toks: &mut Vec<(Tok, &'a str)>,
    queue: &mut Vec<(Tok, &'a str)>,
    tok: (Tok, &'a str),
) {
    if queue.is_empty() {
        toks.push(tok);
    } else {
        queue.push(tok);
    }
}

/// Tokens of Pygments' `JsonLexer` (2.21) for `text`, in order.
fn lex(text: &str) -> Vec<(Tok, &str)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut toks: Vec<(Tok, &str)> = Vec::new();
    let mut queue: Vec<(Tok, &str)> = Vec::new();
    let mut state = State::None;
    let mut in_escape = false;
    let mut in_unicode_escape = 0u8;
    let mut closer_star = false;
    let mut start = 0usize; // byte offset
    for &(stop, ch) in &chars {
        match state {
            State::String => {
                if in_unicode_escape > 0 {
                    if ch.is_ascii_hexdigit() {
                        in_unicode_escape -= 1;
                        if in_unicode_escape == 0 {
                            in_escape = false;
                        }
                    } else {
                        in_unicode_escape = 0;
                        in_escape = false;
                    }
                } else if in_escape {
                    if ch == 'u' {
                        in_unicode_escape = 4;
                    } else {
                        in_escape = false;
                    }
                } else if ch == '\\' {
                    in_escape = true;
                } else if ch == '"' {
                    let end = stop + 1;
                    queue.push((Tok::String, &text[start..end]));
                    state = State::None;
                    in_escape = false;
                    in_unicode_escape = 0;
                }
                continue;
            }
            State::Whitespace => {
                if is_ws(ch) {
                    continue;
                }
                push_or_queue(&mut toks, &mut queue, (Tok::Whitespace, &text[start..stop]));
                state = State::None;
            }
            State::Constant | State::Number | State::Punctuation => {
                let (kind, goes_on) = match state {
                    State::Constant => (Tok::Keyword, is_constant(ch)),
                    // Integer and float characters both continue the number (one colour for both).
                    State::Number => (
                        Tok::Number,
                        is_int(ch) || matches!(ch, '.' | 'e' | 'E' | '+'),
                    ),
                    _ => (Tok::Punctuation, is_punct(ch)),
                };
                if goes_on {
                    continue;
                }
                toks.push((kind, &text[start..stop]));
                state = State::None;
            }
            State::CommentSingle => {
                if ch != '\n' {
                    continue;
                }
                push_or_queue(&mut toks, &mut queue, (Tok::Comment, &text[start..stop]));
                state = State::None;
            }
            State::CommentMulti => {
                if ch == '*' {
                    closer_star = true;
                } else if closer_star {
                    closer_star = false;
                    if ch == '/' {
                        let end = stop + 1;
                        push_or_queue(&mut toks, &mut queue, (Tok::Comment, &text[start..end]));
                        state = State::None;
                    }
                }
                continue;
            }
            State::SecondCommentOpener => {
                state = State::None;
                if ch == '/' {
                    state = State::CommentSingle;
                    continue;
                } else if ch == '*' {
                    state = State::CommentMulti;
                    continue;
                }
                toks.append(&mut queue);
                toks.push((Tok::Error, &text[start..stop]));
            }
            State::None => {}
        }
        start = stop;
        if ch == '"' {
            state = State::String;
        } else if is_ws(ch) {
            state = State::Whitespace;
        } else if matches!(ch, 'f' | 'n' | 't') {
            toks.append(&mut queue);
            state = State::Constant;
        } else if is_int(ch) {
            toks.append(&mut queue);
            state = State::Number;
        } else if ch == ':' {
            // A string queued before ':' is an object key.
            for (kind, tok) in queue.drain(..) {
                toks.push((
                    if kind == Tok::String {
                        Tok::NameTag
                    } else {
                        kind
                    },
                    tok,
                ));
            }
            state = State::Punctuation;
        } else if is_punct(ch) {
            toks.append(&mut queue);
            state = State::Punctuation;
        } else if ch == '/' {
            state = State::SecondCommentOpener;
        } else {
            toks.append(&mut queue);
            toks.push((Tok::Error, &text[stop..stop + ch.len_utf8()]));
        }
    }
    toks.append(&mut queue);
    let rest = &text[start..];
    match state {
        State::String | State::CommentMulti | State::SecondCommentOpener => {
            toks.push((Tok::Error, rest));
        }
        State::Number => toks.push((Tok::Number, rest)),
        State::Constant => toks.push((Tok::Keyword, rest)),
        State::Whitespace => toks.push((Tok::Whitespace, rest)),
        State::Punctuation => toks.push((Tok::Punctuation, rest)),
        State::CommentSingle => toks.push((Tok::Comment, rest)),
        State::None => {}
    }
    toks
}
