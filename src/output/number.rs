//! Numbers as Python prints them: `repr(float)` (shortest round-trip digits, Python's choice
//! between positional and exponent notation) and `str(int)`. Rust's `{}` differs (`1e22` vs
//! Python's `1e+22`), so every formatter and the `--query` engine go through here.

use super::value::Number;

/// Python's `repr(float)`: `2.5`, `10.0`, `1e+22`, `1e-07`, `-0.0`, `inf`, `-inf`, `nan`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    // `{:e}` gives the shortest round-trip digits, e.g. `-1.2345e-7`.
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len();
    let mut out = String::from(sign);
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = usize::try_from(exp).unwrap_or(0) + 1;
            if n <= int_len {
                out.push_str(&digits);
                out.push_str(&"0".repeat(int_len - n));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        } else {
            out.push_str("0.");
            out.push_str(&"0".repeat(usize::try_from(-exp - 1).unwrap_or(0)));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}

/// Python's `str()` of a number (`str(int)`, `repr(float)`).
pub fn number_str(n: &Number) -> String {
    match n {
        Number::Int(i) => i.to_string(),
        Number::BigInt(s) => s.clone(),
        Number::Float(f) => float_repr(*f),
    }
}

/// The float as `json.dumps` writes it: like `repr`, but `Infinity`, `-Infinity`, `NaN`.
pub fn json_number(n: &Number) -> String {
    match n {
        Number::Float(f) if f.is_nan() => "NaN".to_owned(),
        Number::Float(f) if f.is_infinite() => {
            if *f > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
        }
        other => number_str(other),
    }
}

/// The number as PyYAML's SafeRepresenter writes it: ints as `str()`, floats as lower-cased
/// `repr` with `.0` inserted before a bare exponent (`1.0e+22`), `.inf`, `-.inf`, `.nan`.
pub fn yaml_number(n: &Number) -> String {
    match n {
        Number::Float(f) if f.is_nan() => ".nan".to_owned(),
        Number::Float(f) if f.is_infinite() => if *f > 0.0 { ".inf" } else { "-.inf" }.to_owned(),
        Number::Float(f) => {
            let r = float_repr(*f).to_lowercase();
            if !r.contains('.') && r.contains('e') {
                r.replacen('e', ".0e", 1)
            } else {
                r
            }
        }
        other => number_str(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: f64, expect: &str) {
        assert_eq!(float_repr(input), expect, "repr({input:?})");
    }

    #[test]
    fn float_repr_matches_python() {
        for (input, expect) in [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (2.5, "2.5"),
            (10.0, "10.0"),
            (1e22, "1e+22"),
            (1e-7, "1e-07"),
            (1.5e-10, "1.5e-10"),
            (123_456_789.123_456_79, "123456789.12345679"),
            (1e16, "1e+16"),
            (9_999_999_999_999_998.0, "9999999999999998.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (-1.25e100, "-1.25e+100"),
            (123.0, "123.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (1.0, "1.0"),
            (-2.5, "-2.5"),
            (0.1, "0.1"),
            (1.5e16, "1.5e+16"),
            (123_456_789_012_345.6, "123456789012345.6"),
            (1_234_567_890_123_456.0, "1234567890123456.0"),
            (1.5e-7, "1.5e-07"),
            (1e300, "1e+300"),
        ] {
            check(input, expect);
        }
    }

    #[test]
    fn yaml_and_json_variants() {
        assert_eq!(yaml_number(&Number::Float(1e22)), "1.0e+22");
        assert_eq!(yaml_number(&Number::Float(1.5e-10)), "1.5e-10");
        assert_eq!(yaml_number(&Number::Float(f64::NEG_INFINITY)), "-.inf");
        assert_eq!(yaml_number(&Number::Float(2.0)), "2.0");
        assert_eq!(json_number(&Number::Float(f64::NAN)), "NaN");
        assert_eq!(
            json_number(&Number::BigInt(
                "123456789012345678901234567890123456789012".into()
            )),
            "123456789012345678901234567890123456789012"
        );
    }
}
