//! `-o table` (knack `_TableOutput` + tabulate 0.10 `tablefmt="simple"`, `disable_numparse`,
//! no `wcwidth`): rows → column maps (header = key with its first character upper-cased,
//! `id`/`type`/`etag` and None/list/dict values skipped), the union of columns in first-seen
//! order, every cell stripped and left-aligned, widths measured with Python's `len()`.

use super::python::py_str;
use super::python::{is_py_space, py_strip, split_lines};
use super::value::Value;

/// Keys a dict row never shows as columns.
const SKIP_KEYS: [&str; 3] = ["id", "type", "etag"];

/// Renders a value as az's `-o table`. `sort_keys` is true when neither `--query` nor a table
/// transformer was applied (knack then sorts each dict row's keys).
pub fn render(v: &Value, sort_keys: bool) -> String {
    let rows: Vec<Vec<(String, &Value)>> = match v {
        Value::Array(items) => items.iter().map(|row| auto_row(row, sort_keys)).collect(),
        row => {
            let r = auto_row(row, sort_keys);
            // A single row that yields no column is an empty (falsy) table: nothing to print.
            if r.is_empty() {
                return "\n".to_owned();
            }
            vec![r]
        }
    };
    if rows.is_empty() {
        return "\n".to_owned();
    }
    let mut headers: Vec<String> = Vec::new();
    for row in &rows {
        for (h, _) in row {
            if !headers.contains(h) {
                headers.push(h.clone());
            }
        }
    }
    if headers.is_empty() {
        return "\n".to_owned();
    }
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            headers
                .iter()
                .map(|h| match row.iter().find(|(k, _)| k == h) {
                    None | Some((_, Value::Null)) => String::new(),
                    Some((_, v)) => py_str(v),
                })
                .collect()
        })
        .collect();
    tabulate(&headers, &cells) + "\n"
}

/// One row as knack's `_auto_table_item` builds it.
fn auto_row(row: &Value, sort_keys: bool) -> Vec<(String, &Value)> {
    match row {
        Value::Object(obj) => {
            let mut keys: Vec<&String> = obj.map.keys().collect();
            if sort_keys {
                keys.sort();
            }
            keys.into_iter()
                .filter(|k| !SKIP_KEYS.contains(&k.as_str()))
                .filter_map(|k| {
                    let v = &obj.map[k];
                    match v {
                        Value::Null | Value::Array(_) | Value::Object(_) => None,
                        _ => Some((capitalize_first(k), v)),
                    }
                })
                .collect()
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("Column{}", i + 1), v))
            .collect(),
        other => vec![("Result".to_owned(), other)],
    }
}

/// Python's `x[0].upper() + x[1:]` (`ß` becomes `SS`, like Python).
fn capitalize_first(k: &str) -> String {
    let mut chars = k.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Python's `len()` in code points.
fn len(s: &str) -> usize {
    s.chars().count()
}

/// `"{0:<w}".format(s)`.
fn pad_right(s: &str, width: usize) -> String {
    let n = len(s);
    let mut out = s.to_owned();
    if n < width {
        out.push_str(&" ".repeat(width - n));
    }
    out
}

/// Python's `re.split("[\r\n]", s)`.
fn split_cr_lf(s: &str) -> Vec<&str> {
    s.split(['\r', '\n']).collect()
}

fn is_multiline_text(s: &str) -> bool {
    s.contains(['\r', '\n'])
}

/// Length of an ANSI sequence tabulate ignores at `s[i..]` (a CSI sequence, or an OSC 8
/// hyperlink), and the visible text it stands for.
fn ansi_at(chars: &[char], i: usize) -> Option<(usize, String)> {
    let at = |j: usize| chars.get(j).copied();
    if at(i) != Some('\x1b') {
        return None;
    }
    match at(i + 1) {
        Some('[') => {
            let mut j = i + 2;
            while at(j).is_some_and(|c| ('\x30'..='\x3f').contains(&c)) {
                j += 1;
            }
            while at(j).is_some_and(|c| ('\x20'..='\x2f').contains(&c)) {
                j += 1;
            }
            at(j)
                .is_some_and(|c| ('\x40'..='\x7e').contains(&c))
                .then(|| (j + 1 - i, String::new()))
        }
        Some(']') => {
            // \x1b]8;(\w+=\w+:?)*;([^\x1b]+)\x1b\\([^\x1b]+)\x1b]8;;\x1b\\  →  the link text
            let word = |c: char| c.is_alphanumeric() || c == '_';
            if at(i + 2) != Some('8') || at(i + 3) != Some(';') {
                return None;
            }
            let mut j = i + 4;
            loop {
                let k0 = j;
                let mut k = j;
                while at(k).is_some_and(word) {
                    k += 1;
                }
                if k == k0 || at(k) != Some('=') {
                    break;
                }
                let v0 = k + 1;
                k = v0;
                while at(k).is_some_and(word) {
                    k += 1;
                }
                if k == v0 {
                    break;
                }
                if at(k) == Some(':') {
                    k += 1;
                }
                j = k;
            }
            if at(j) != Some(';') {
                return None;
            }
            let uri = j + 1;
            let mut k = uri;
            while at(k).is_some_and(|c| c != '\x1b') {
                k += 1;
            }
            if k == uri || at(k) != Some('\x1b') || at(k + 1) != Some('\\') {
                return None;
            }
            let text0 = k + 2;
            let mut t = text0;
            while at(t).is_some_and(|c| c != '\x1b') {
                t += 1;
            }
            if t == text0 {
                return None;
            }
            let closing = ['\x1b', ']', '8', ';', ';', '\x1b', '\\'];
            if (0..closing.len()).all(|n| at(t + n) == Some(closing[n])) {
                return Some((t + closing.len() - i, chars[text0..t].iter().collect()));
            }
            None
        }
        _ => None,
    }
}

/// tabulate's `_strip_ansi`.
fn strip_ansi(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some((n, text)) = ansi_at(&chars, i) {
            out.push_str(&text);
            i += n;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn has_ansi(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    (0..chars.len()).any(|i| ansi_at(&chars, i).is_some())
}

/// How tabulate measures and pads cells for one table.
struct Measure {
    multiline: bool,
    invisible: bool,
}

impl Measure {
    /// Width of one physical line (`len`, or `len` without ANSI codes).
    fn line_width(&self, s: &str) -> usize {
        if self.invisible {
            len(&strip_ansi(s))
        } else {
            len(s)
        }
    }

    /// The widest of `cells`, at least `minwidth`.
    fn column_width(&self, cells: &[impl AsRef<str>], minwidth: usize) -> usize {
        cells
            .iter()
            .map(|s| self.width(s.as_ref()))
            .max()
            .unwrap_or(0)
            .max(minwidth)
    }

    /// tabulate's `width_fn`.
    fn width(&self, s: &str) -> usize {
        if self.multiline {
            split_cr_lf(s)
                .iter()
                .map(|l| self.line_width(l))
                .max()
                .unwrap_or(0)
        } else {
            self.line_width(s)
        }
    }

    /// `_align_column` for one (stripped) cell, left-aligned to `maxwidth`.
    fn pad_cell(&self, s: &str, maxwidth: usize) -> String {
        match (self.multiline, self.invisible) {
            (false, false) => pad_right(s, maxwidth),
            (false, true) => pad_right(s, maxwidth + len(s) - self.line_width(s)),
            (true, false) => split_lines(s)
                .iter()
                .map(|l| pad_right(l, maxwidth))
                .collect::<Vec<_>>()
                .join("\n"),
            (true, true) => {
                let pieces = split_cr_lf(s);
                let lines = split_lines(s);
                lines
                    .iter()
                    .zip(&pieces)
                    .map(|(l, p)| pad_right(l, maxwidth + len(p) - self.line_width(p)))
                    .collect::<Vec<_>>()
                    .join("\n")
            }
        }
    }

    /// `_align_header` (left).
    fn pad_header(&self, h: &str, width: usize) -> String {
        let one = |line: &str| pad_right(line, width + len(line) - self.line_width(line));
        if self.multiline {
            split_header(h)
                .iter()
                .map(|l| one(l))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            one(h)
        }
    }
}

/// `tabulate(rows, headers, tablefmt="simple", disable_numparse=True)` for left-aligned text.
fn tabulate(headers: &[String], rows: &[Vec<String>]) -> String {
    let all = || headers.iter().chain(rows.iter().flatten());
    let m = Measure {
        multiline: all().any(|c| is_multiline_text(c)),
        invisible: all().any(|c| has_ansi(c)),
    };
    let ncols = headers.len();
    // Align each column: strip the cells, pad every (physical) line to the column width.
    let mut cols: Vec<Vec<String>> = Vec::with_capacity(ncols);
    let mut widths: Vec<usize> = Vec::with_capacity(ncols);
    for (c, header) in headers.iter().enumerate() {
        let stripped: Vec<&str> = rows.iter().map(|r| py_strip(&r[c])).collect();
        let minwidth = m.width(header) + 2;
        let maxwidth = m.column_width(&stripped, minwidth);
        let padded: Vec<String> = stripped.iter().map(|s| m.pad_cell(s, maxwidth)).collect();
        let width = m.column_width(&padded, minwidth);
        cols.push(padded);
        widths.push(width);
    }
    let multiline = m.multiline;
    let headers: Vec<String> = headers
        .iter()
        .zip(&widths)
        .map(|(h, &w)| m.pad_header(h, w))
        .collect();
    let mut lines: Vec<String> = Vec::new();
    append_row(&mut lines, &headers, &widths, multiline);
    lines.push(
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end_matches(is_py_space)
            .to_owned(),
    );
    for r in 0..rows.len() {
        let row: Vec<String> = cols.iter().map(|c| c[r].clone()).collect();
        append_row(&mut lines, &row, &widths, multiline);
    }
    lines.join("\n")
}

/// `re.split(r"\r|\n|\r\n", header)`.
fn split_header(h: &str) -> Vec<&str> {
    h.split(['\r', '\n']).collect()
}

fn append_row(lines: &mut Vec<String>, cells: &[String], widths: &[usize], multiline: bool) {
    if !multiline {
        lines.push(cells.join("  ").trim_end_matches(is_py_space).to_owned());
        return;
    }
    let cell_lines: Vec<Vec<&str>> = cells.iter().map(|c| split_lines(c)).collect();
    let height = cell_lines.iter().map(Vec::len).max().unwrap_or(0);
    for i in 0..height {
        let line: Vec<String> = cell_lines
            .iter()
            .zip(widths)
            .map(|(cl, &w)| cl.get(i).map_or_else(|| " ".repeat(w), |s| (*s).to_owned()))
            .collect();
        lines.push(line.join("  ").trim_end_matches(is_py_space).to_owned());
    }
}
