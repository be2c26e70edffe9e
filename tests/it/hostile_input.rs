//! Hostile input: property tests that the parsers and formatters never panic and never let
//! a name address something other than what it names — resource ids and names, `--id`, `KEY=VALUE` auth
//! options, `--customized-keys`, `--query` expressions and the output formatters on arbitrary documents.
//! (SQL quoting is checked against a real PostgreSQL in `pg`.) Bounded smoke mode: `PROPTEST_CASES` cases
//! per property (256 by default), no failure persistence, so CI time is fixed.

use azconn::arm::{ResourceId, check_name};
use azconn::commands::connection::auth_flags::{self, AuthFlag};
use azconn::commands::connection::connector_ref::{
    ConnectorRef, ConnectorTarget, Named, name_target, parse_connector_id,
};
use azconn::output::query::Query;
use azconn::output::value::{Number, Object, Value};
use azconn::output::{OutputFormat, RenderOptions, render};
use proptest::prelude::*;

/// Proptest's defaults (256 cases, `PROPTEST_CASES` overrides it) without failure persistence.
fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Path segments as a URL parser sees them (after `.`/`..` resolution and `\` → `/`).
fn url_segments(path: &str) -> Vec<String> {
    let url = reqwest::Url::parse(&format!("https://management.azure.com{path}")).unwrap();
    url.path_segments()
        .map(|s| s.map(str::to_owned).collect())
        .unwrap_or_default()
}

/// A name segment from an alphabet rich in the characters that break paths.
fn hostile_segment() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9._-]{1,6}",
        Just(".".to_owned()),
        Just("..".to_owned()),
        Just("%2e%2E".to_owned()),
        "[a-z./\\\\?#% \u{0}\u{7}\n\u{e9}\u{8868}]{0,6}",
    ]
}

/// Ids shaped like resource/connector ids, with hostile segments and keyword casing.
fn id_like() -> impl Strategy<Value = String> {
    // The words of resource and connector ids, in the casings az accepts.
    let words = "subscriptions SUBSCRIPTIONS resourceGroups resourcegroups providers Microsoft.ServiceLinker locations connectors";
    let keyword =
        prop::sample::select(words.split(' ').collect::<Vec<_>>()).prop_map(str::to_owned);
    prop::collection::vec(prop_oneof![keyword, hostile_segment()], 0..12).prop_map(|parts| {
        let mut s = String::from("/");
        s.push_str(&parts.join("/"));
        s
    })
}

/// The real connector layout with one hostile segment per slot.
fn connector_id_like() -> impl Strategy<Value = String> {
    (hostile_segment(), hostile_segment(), hostile_segment(), hostile_segment()).prop_map(|(s, g, l, n)| {
        format!("/subscriptions/{s}/resourceGroups/{g}/providers/Microsoft.ServiceLinker/locations/{l}/connectors/{n}")
    })
}

proptest! {
    #![proptest_config(config())]

    /// A parsed id formats to an id that parses to the same value, and the URL built from it has exactly the
    /// segments the id names (no `..` resolution, no `\` splitting, nothing moved into the query).
    #[test]
    fn resource_ids_round_trip_or_are_rejected(s in prop_oneof![any::<String>(), id_like()]) {
        if let Ok(id) = ResourceId::parse(&s) {
            let text = id.to_string();
            prop_assert_eq!(ResourceId::parse(&text).unwrap(), id.clone());
            let mut expected = vec![id.subscription.clone()];
            expected.extend(id.resource_group.clone());
            expected.extend(id.namespace.clone());
            for (t, n) in &id.types {
                expected.push(t.clone());
                expected.push(n.clone());
            }
            for seg in &expected {
                prop_assert!(check_name("segment", seg).is_ok(), "{seg:?}");
            }
            let segs = url_segments(&text);
            prop_assert_eq!(segs.len(), text.split('/').count() - 1, "{}", text);
            let _ = (id.name(), id.resource_type(), id.parent());
        }
    }

    /// `--id`: a connector id either parses into names that address exactly that connector, or fails with
    /// az's texts.
    #[test]
    fn connector_ids_address_exactly_one_connector(s in prop_oneof![any::<String>(), id_like(), connector_id_like()]) {
        match parse_connector_id(&s) {
            Ok(p) => {
                let r = ConnectorRef {
                    subscription: p.subscription.clone(),
                    resource_group: p.resource_group.clone(),
                    location: p.location.clone(),
                    name: p.name.clone(),
                };
                let segs = url_segments(&r.path());
                prop_assert_eq!(segs.len(), 10, "{}", r.path());
                let decoded: Vec<String> = segs
                    .iter()
                    .map(|s| percent_decode(s))
                    .collect();
                prop_assert_eq!(&decoded[1], &p.subscription);
                prop_assert_eq!(&decoded[3], &p.resource_group);
                prop_assert_eq!(&decoded[7], &p.location);
                prop_assert_eq!(&decoded[9], &p.name);
            }
            Err(e) => {
                let text = e.to_string();
                prop_assert!(
                    text.starts_with("Resource id is invalid: ") || text.starts_with("Unsupported resource id: "),
                    "{}", text
                );
            }
        }
    }

    /// `--connection`/`-g`/`-l`: accepted names land in exactly their own path segment.
    #[test]
    fn connector_names_address_exactly_one_connector(
        g in hostile_segment().prop_filter("-g is required", |g| !g.is_empty()),
        l in hostile_segment(),
        n in hostile_segment(),
    ) {
        let t = ConnectorTarget {
            id: None,
            connection: Some(n.clone()),
            resource_group: Some(g.clone()),
            location: Some(l.clone()),
        };
        match name_target(&t) {
            Ok(Named::Names { resource_group, location, name }) => {
                let (location, name) = (location.unwrap_or_default(), name.unwrap_or_default());
                prop_assume!(!location.is_empty() && !name.is_empty());
                let r = ConnectorRef { subscription: "s".into(), resource_group, location, name };
                let segs: Vec<String> = url_segments(&r.path()).iter().map(|s| percent_decode(s)).collect();
                prop_assert_eq!(segs.len(), 10, "{}", r.path());
                prop_assert_eq!(&segs[3], &g);
                prop_assert_eq!(&segs[7], &l);
                prop_assert_eq!(&segs[9], &n);
            }
            Ok(other) => prop_assert!(false, "unexpected {:?}", other),
            Err(e) => prop_assert!(e.to_string().contains("cannot be used in an Azure resource id"), "{}", e),
        }
    }

    /// `KEY=VALUE` auth options: never panic, and a secret value is never echoed in an error or in `Debug`.
    #[test]
    fn auth_options_never_echo_secrets(
        words in prop::collection::vec(auth_word(), 0..6),
        flag in 0..3u8,
    ) {
        let flag = match flag {
            0 => AuthFlag::Secret(words.clone()),
            1 => AuthFlag::UserAccount(words.clone()),
            _ => AuthFlag::ServicePrincipal(words.clone()),
        };
        let shown = format!("{flag:?}");
        prop_assert!(!shown.contains(SECRET_MARK), "{}", shown);
        let shown = match auth_flags::parse(&flag) {
            Ok(parsed) => format!("{parsed:?}"),
            Err(e) => format!("{e} {e:?}"),
        };
        prop_assert!(!shown.contains(SECRET_MARK), "{}", shown);
    }

    /// `--customized-keys`: later values win; a word without `=` is az's usage error.
    #[test]
    fn customized_keys_parse_like_az(words in prop::collection::vec(prop_oneof!["[a-z=]{0,6}", any::<String>()], 0..6)) {
        match auth_flags::customized_keys(&words) {
            Ok(map) => {
                for w in &words {
                    let (k, _) = w.split_once('=').unwrap();
                    let last = words.iter().rev().find_map(|w2| w2.split_once('=').filter(|(k2, _)| k2 == &k).map(|(_, v)| v)).unwrap();
                    prop_assert_eq!(map.get(k).and_then(|v| v.as_str()), Some(last));
                }
            }
            Err(e) => {
                prop_assert!(words.iter().any(|w| !w.contains('=')));
                prop_assert_eq!(e.to_string(), "Usage error: --customized-keys [KEY=VALUE ...]");
            }
        }
    }

    /// `--query`: any text compiles or fails with az's syntax error; a compiled query evaluates on any
    /// document without panicking.
    #[test]
    fn queries_never_panic(expr in prop_oneof![any::<String>(), jmespath_soup()], doc in value()) {
        match Query::compile(&expr) {
            Ok(q) => {
                let _ = q.search(&doc);
            }
            Err(e) => {
                prop_assert!(!e.az_message().is_empty());
            }
        }
    }

    /// Every formatter renders any document (NaN, huge ints, control characters, deep nesting, ordered and
    /// plain objects) without panicking; json output is valid JSON whenever the document has no NaN/inf.
    #[test]
    fn formatters_never_panic(doc in value(), color in any::<bool>(), query_given in any::<bool>()) {
        let opts = RenderOptions { color, query_given };
        for format in OutputFormat::ALL {
            let _ = render(&doc, format, &opts);
        }
    }
}

const SECRET_MARK: &str = "Sup3rS3cretVal";

/// Auth option words: known and unknown keys (any casing), values that are secrets, words without `=`.
fn auth_word() -> impl Strategy<Value = String> {
    // Known and unknown keys, in several casings, and none.
    let keys =
        "secret SECRET name client-id object-id secret-uri secret-name mysql-identity-id bogus";
    let key = prop::sample::select(keys.split(' ').chain([""]).collect::<Vec<_>>());
    let secret_key = prop::sample::select(&["secret", "SECRET", "Secret"][..]);
    prop_oneof![
        (secret_key, "[a-z=' \"]{0,4}").prop_map(|(k, v)| format!("{k}={SECRET_MARK}{v}")),
        (key, "[a-z0-9-]{0,8}").prop_map(|(k, v)| format!("{k}={v}")),
        Just(SECRET_MARK.to_owned()),
        "[a-z ]{0,8}",
    ]
}

/// Token soup from JMESPath's alphabet, so that most inputs get deep into the parser.
fn jmespath_soup() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("a"),
        Just("b"),
        Just("."),
        Just("["),
        Just("]"),
        Just("[?"),
        Just("[*]"),
        Just("[]"),
        Just("{"),
        Just("}"),
        Just(":"),
        Just(","),
        Just("|"),
        Just("||"),
        Just("&&"),
        Just("!"),
        Just("("),
        Just(")"),
        Just("@"),
        Just("&"),
        Just("=="),
        Just("<"),
        Just(">="),
        Just("`1`"),
        Just("`\"x\"`"),
        Just("`[1,{\"a\":2}]`"),
        Just("'raw'"),
        Just("\"q\""),
        Just("-1"),
        Just("0:2:-1"),
        Just("length(@)"),
        Just("sort_by(@, &a)"),
        Just("max_by("),
        Just("to_number("),
        Just("join(',', "),
        Just("merge("),
        Just(" "),
    ];
    prop::collection::vec(token, 0..24).prop_map(|t| t.concat())
}

/// Arbitrary documents, including what JSON cannot carry (NaN, infinities, integers beyond i64).
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|i| Value::Number(Number::Int(i128::from(i)))),
        any::<i128>().prop_map(|i| Value::Number(Number::Int(i))),
        "[1-9][0-9]{39,45}".prop_map(|d| Value::Number(Number::BigInt(d))),
        any::<f64>().prop_map(|f| Value::Number(Number::Float(f))),
        any::<String>().prop_map(Value::String),
        "[a-z\t\n\r\"\\\\ |:#-]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            (
                prop::collection::vec(
                    (prop_oneof!["[a-zA-Z _.-]{0,6}", any::<String>()], inner),
                    0..6
                ),
                any::<bool>()
            )
                .prop_map(|(pairs, ordered)| {
                    let mut o = Object::new();
                    o.ordered = ordered;
                    for (k, v) in pairs {
                        o.map.insert(k, v);
                    }
                    Value::Object(o)
                }),
        ]
    })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Deeply nested expressions and literals, and long flat chains (which nest the AST just as deeply), end in
/// az's syntax error instead of a stack overflow; chains within the bound evaluate.
#[test]
fn deep_queries_are_bounded() {
    let depth = 50_000;
    let nested = [
        ("(", ")"),
        ("[", "]"),
        ("{a:", "}"),
        ("`[", "]`"),
        ("!", ""),
        ("-", ""),
    ];
    let chains = [".a", "[0]", "|a", "[]", "[*].a", " && a", " || a", " == a"];
    let mut exprs: Vec<String> = nested
        .iter()
        .map(|(open, close)| format!("{}a{}", open.repeat(depth), close.repeat(depth)))
        .collect();
    exprs.extend(chains.iter().map(|c| format!("a{}", c.repeat(depth / 4))));
    for expr in &exprs {
        let e = Query::compile(expr).expect_err("too deep");
        assert!(
            e.az_message()
                .starts_with("ERROR: argument --query: invalid jmespath_type value"),
            "{}",
            &expr[..20]
        );
    }
    let doc = Value::Array(vec![Value::Null]);
    for chain in chains {
        let q = Query::compile(&format!("a{}", chain.repeat(40))).expect("40 links compile");
        let _ = q.search(&doc);
    }
}

/// A document nested far deeper than any ARM answer renders in every format without a stack overflow.
#[test]
fn deep_documents_render() {
    let mut doc = Value::String("leaf".into());
    for i in 0..100 {
        doc = if i % 2 == 0 {
            Value::Array(vec![doc])
        } else {
            let mut o = Object::new();
            o.map.insert("k".into(), doc);
            Value::Object(o)
        };
    }
    let opts = RenderOptions::default();
    for format in [
        OutputFormat::Json,
        OutputFormat::Yaml,
        OutputFormat::Table,
        OutputFormat::Tsv,
    ] {
        let _ = render(&doc, format, &opts);
    }
    let out = render(&doc, OutputFormat::Json, &opts);
    assert!(
        out.contains("\"leaf\""),
        "{format:?}",
        format = OutputFormat::Json
    );
}
