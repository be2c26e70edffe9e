//! A small port of the parts of Python's `difflib` az uses for "Did you mean …?" suggestions:
//! `SequenceMatcher.ratio()` (no junk; az's inputs are far below the 200-item autojunk size) and
//! `get_close_matches`.

/// `difflib.SequenceMatcher(None, a, b).ratio()`: 2·M / (len(a) + len(b)).
pub fn ratio(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    let matches = matching_chars(&a, &b);
    2.0 * matches as f64 / total as f64
}

/// The number of characters in Python's matching blocks of `a` and `b`.
fn matching_chars(a: &[char], b: &[char]) -> usize {
    // Python's iterative queue over (alo, ahi, blo, bhi); the order does not change the sum.
    let mut queue = vec![(0, a.len(), 0, b.len())];
    let mut total = 0;
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, b, alo, ahi, blo, bhi);
        if k == 0 {
            continue;
        }
        total += k;
        if alo < i && blo < j {
            queue.push((alo, i, blo, j));
        }
        if i + k < ahi && j + k < bhi {
            queue.push((i + k, ahi, j + k, bhi));
        }
    }
    total
}

/// `find_longest_match` without junk: the longest common block, earliest in `a`, then in `b`.
fn longest_match(
    a: &[char],
    b: &[char],
    alo: usize,
    ahi: usize,
    blo: usize,
    bhi: usize,
) -> (usize, usize, usize) {
    let (mut best_i, mut best_j, mut best_k) = (alo, blo, 0);
    // len_at[j] = length of the match ending at a[i-1], b[j] (Python's j2len).
    let mut prev = vec![0usize; b.len() + 1];
    for (i, ca) in a.iter().enumerate().take(ahi).skip(alo) {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, cb) in b.iter().enumerate().take(bhi).skip(blo) {
            if ca == cb {
                let k = if j > blo { prev[j - 1] } else { 0 } + 1;
                cur[j] = k;
                if k > best_k {
                    best_i = i + 1 - k;
                    best_j = j + 1 - k;
                    best_k = k;
                }
            }
        }
        prev = cur;
    }
    (best_i, best_j, best_k)
}

/// `difflib.get_close_matches(word, possibilities, n, cutoff)`: best first; ties by the larger
/// string, as Python's `heapq.nlargest` over `(score, x)` does.
pub fn close_matches<'a>(
    word: &str,
    possibilities: &[&'a str],
    n: usize,
    cutoff: f64,
) -> Vec<&'a str> {
    let mut scored: Vec<(f64, &'a str)> = possibilities
        .iter()
        .map(|p| (ratio(p, word), *p))
        .filter(|(score, _)| *score >= cutoff)
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| y.1.cmp(x.1)));
    scored.into_iter().take(n).map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values computed with CPython 3.11's difflib.
    fn check(a: &str, b: &str, expect: f64) {
        let got = ratio(a, b);
        assert!(
            (got - expect).abs() < 1e-12,
            "ratio({a:?}, {b:?}) = {got}, want {expect}"
        );
    }

    #[test]
    fn ratios_match_python() {
        check("json", "jsn", 6.0 / 7.0);
        check("jsonc", "jsn", 0.75);
        check("json", "foo", 2.0 / 7.0);
        check("abcd", "bcde", 0.75);
        check("", "", 1.0);
        check("table", "tabel", 0.8);
        check("tsv", "json", 2.0 / 7.0);
    }

    #[test]
    fn close_matches_like_python() {
        let formats = ["json", "jsonc", "yaml", "yamlc", "table", "tsv", "none"];
        assert_eq!(
            close_matches("jsn", &formats, 3, 0.7),
            vec!["json", "jsonc"]
        );
        assert_eq!(close_matches("foo", &formats, 3, 0.7), Vec::<&str>::new());
        assert_eq!(
            close_matches("yml", &formats, 3, 0.7),
            vec!["yaml", "yamlc"]
        );
    }
}
