# Regenerates tests/jmespath-differential/cases.json: --query cases evaluated by the real Python jmespath 1.1.0 as az runs it.
"""Differential JMESPath cases for azconn's `--query` engine.

Each case is an expression and a JSON document; Python jmespath 1.1.0 evaluates it exactly as az does
(`jmespath.compile(expr).search(doc, Options(dict_cls=OrderedDict))`, with the document loaded by
`json.loads`). The expected outcome is stored as:
  - {"repr": repr(result)}: Python's repr shows key order, dict vs OrderedDict and int vs float;
  - {"error": "syntax", "az_stderr": ...}: what az prints when compilation fails (exit 2);
  - {"error": "runtime", "message": str(e), "az_stderr": ...}: a JMESPathError during search (exit 1);
  - {"error": "unexpected", "exception": type name, "message": str(e)}: any other Python exception.

Usage (from the repo root):
  python3 -m venv .venv-query && .venv-query/bin/pip install jmespath==1.1.0
  .venv-query/bin/python scripts/jmespath_differential.py            # rewrite the cases file
  .venv-query/bin/python scripts/jmespath_differential.py --check-compliance  # Python vs the suite
"""
import collections
import glob
import json
import os
import sys
import warnings

import jmespath
from jmespath import Options
from jmespath.exceptions import JMESPathError

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'jmespath-differential', 'cases.json')
GRAMMAR_OUT = os.path.join(ROOT, 'tests', 'jmespath-differential', 'grammar.json')
QUERY_REFERENCE = "To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'"

CONN = {
    "authInfo": {"authType": "userAccount", "userName": "alice@contoso.com", "roles": []},
    "clientType": "none",
    "configurationInfo": None,
    "id": "/subscriptions/0000/resourceGroups/my-rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg1/providers/Microsoft.ServiceLinker/linkers/postgres_conn",
    "name": "postgres_conn",
    "provisioningState": "Succeeded",
    "targetService": {"id": "/subscriptions/0000/resourceGroups/my-rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg1/databases/db", "type": "AzureResource"},
    "resourceGroup": "my-rg",
}
MIXED = {
    "z": 1, "a": 2.0, "m": "ü✓", "neg": -3, "f": -2.5, "big": 12345678901234567890, "t": True, "fa": False,
    "n": None, "e": [], "o": {}, "s": "", "zero": 0, "fz": 0.0, "one": 1, "fone": 1.0,
    "nums": [3, 1.5, -2, 10, 0.25], "ints": [4, 1, 3], "floats": [0.1, 0.2, 0.3], "strs": ["b", "B", "a", "é", "aa"],
    "bools": [True, False], "mixed": [1, "a", None, True, [1], {"k": 1}],
    "nested": {"y": {"b": 1, "a": 2}, "x": [{"k": "v2", "n": 2}, {"k": "v1", "n": 1}, {"k": "v3", "n": 3}]},
    "people": [
        {"name": "b", "age": 30, "tags": ["x", "y"], "rg": "RG1"},
        {"name": "a", "age": 25.5, "tags": [], "rg": "rg2"},
        {"name": "c", "age": 30, "tags": ["z"], "rg": "RG1"},
        {"name": "d", "tags": ["q"]},
    ],
    "matrix": [[1, 2], [3, [4, 5]], 6, [], [[7]]],
    "text": "Hello, World",
}
LIST = [
    {"name": "conn1", "id": "/a", "type": "t", "authInfo": {"authType": "secret"}, "n": 2},
    {"name": "conn2", "id": "/b", "type": "t", "authInfo": {"authType": "userAccount"}, "n": 1.5},
]

UMLAUT = {"ü": 1}
DOCUMENTS = {"conn": CONN, "mixed": MIXED, "list": LIST, "umlaut": UMLAUT}

CASES = [
    # multi-select hash keeps its order; everything else keeps document order
    ("{name: name, rg: resourceGroup, auth: authInfo.authType, roles: authInfo.roles}", CONN),
    ("{z: name, a: id}", CONN),
    ("{b: name, a: name, b: clientType}", CONN),
    ("{\"quoted key\": name, plain: `1`}", CONN),
    ("{a: name b: id}", CONN),
    ("[].{n: name, a: authInfo.authType}", LIST),
    ("[].{n: name, nested: {z: n, a: authInfo}}", LIST),
    ("keys(@)", CONN),
    ("values(authInfo)", CONN),
    ("*", CONN),
    ("*.authType", CONN),
    ("authInfo.*", CONN),
    ("nested.y", MIXED),
    ("keys(nested.y)", MIXED),
    ("values({b: z, a: a})", MIXED),
    ("keys({b: z, a: a})", MIXED),
    ("[authInfo, targetService]", CONN),
    ("authInfo", CONN),
    ("[0]", LIST),
    ("[?authInfo.authType=='secret'] | [0]", LIST),
    ("merge(authInfo, `{\"zz\": 1, \"authType\": \"x\"}`)", CONN),
    ("merge({b: name}, {a: id})", CONN),
    ("merge({b: name})", CONN),
    ("merge(`{}`, nested.y, {c: z})", MIXED),
    ("`{\"b\": 1, \"a\": {\"d\": 2, \"c\": 3}}`", MIXED),
    ("`{\"b\": 1, \"b\": 2, \"a\": 3}`", MIXED),
    ("not_null(n, nested.y)", MIXED),
    ("to_array(nested.y)", MIXED),
    ("sort_by(nested.x, &k)", MIXED),
    ("max_by(nested.x, &n)", MIXED),
    ("min_by(nested.x, &k)", MIXED),
    ("map(&{k: k}, nested.x)", MIXED),
    ("[{a: z}][0]", MIXED),
    ("{a: z} | [@]", MIXED),
    ("{a: `{\"y\": 1, \"x\": 2}`}", MIXED),
    # numbers: ints vs floats, Python result types
    ("abs(neg)", MIXED), ("abs(f)", MIXED), ("abs(zero)", MIXED), ("abs(fz)", MIXED), ("abs(big)", MIXED),
    ("ceil(f)", MIXED), ("floor(f)", MIXED), ("ceil(a)", MIXED), ("floor(z)", MIXED), ("ceil(`1e20`)", MIXED),
    ("floor(`-0.5`)", MIXED), ("ceil(`-0.5`)", MIXED), ("floor(`2.9999`)", MIXED),
    ("sum(ints)", MIXED), ("sum(nums)", MIXED), ("sum(floats)", MIXED), ("sum(e)", MIXED), ("sum(`[1.0]`)", MIXED),
    ("avg(ints)", MIXED), ("avg(nums)", MIXED), ("avg(e)", MIXED), ("avg(`[2, 4]`)", MIXED), ("avg(floats)", MIXED),
    ("max(nums)", MIXED), ("min(nums)", MIXED), ("max(strs)", MIXED), ("min(strs)", MIXED), ("max(e)", MIXED),
    ("max(`[1, 1.0]`)", MIXED), ("max(`[1.0, 1]`)", MIXED), ("min(`[2, 2.0]`)", MIXED),
    ("sort(nums)", MIXED), ("sort(strs)", MIXED), ("sort(`[2, 1.0, 1, 2.0]`)", MIXED), ("sort(e)", MIXED),
    ("length(m)", MIXED), ("length(nested)", MIXED), ("length(mixed)", MIXED),
    ("to_number('12')", MIXED), ("to_number('-12.50')", MIXED), ("to_number(' 7 ')", MIXED),
    ("to_number('1e3')", MIXED), ("to_number('1_000')", MIXED), ("to_number('abc')", MIXED),
    ("to_number('')", MIXED), ("to_number(`true`)", MIXED), ("to_number(a)", MIXED), ("to_number(z)", MIXED),
    ("to_number('Infinity')", MIXED), ("to_number('99999999999999999999999')", MIXED), ("to_number(nums)", MIXED),
    ("big", MIXED), ("`1e400`", MIXED), ("`-0`", MIXED), ("`-0.0`", MIXED), ("`1.0`", MIXED), ("`1E2`", MIXED),
    ("[z, a, `2.50`, `100000000000000000.0`, `0.00001`]", MIXED),
    # comparisons: Python rules
    ("`1` == `1.0`", MIXED), ("one == fone", MIXED), ("`true` == `1`", MIXED), ("t == one", MIXED),
    ("fa == zero", MIXED), ("fa == fz", MIXED), ("`[true]` == `[1]`", MIXED), ("`[0]` == `[false]`", MIXED),
    ("`2` == `true`", MIXED), ("n == e", MIXED), ("e == o", MIXED), ("s == n", MIXED),
    ("{a: z} == {a: z}", MIXED), ("{a: z, b: a} == {b: a, a: z}", MIXED),
    ("`{\"a\": 1, \"b\": 2}` == `{\"b\": 2, \"a\": 1}`", MIXED), ("{a: z, b: a} == `{\"b\": 2.0, \"a\": 1}`", MIXED),
    ("'abc' < 'abd'", MIXED), ("'b' > 'B'", MIXED), ("'a' >= 'a'", MIXED), ("'é' > 'z'", MIXED), ("'' < 'a'", MIXED),
    ("z < a", MIXED), ("a <= `2`", MIXED), ("f > neg", MIXED), ("big > z", MIXED),
    ("t < fa", MIXED), ("e < o", MIXED), ("n < z", MIXED), ("z < t", MIXED),
    ("strs[?@ > 'a']", MIXED), ("people[?age > `26`].name", MIXED), ("people[?name >= 'b'].name", MIXED),
    ("people[?rg == 'RG1'].name", MIXED), ("people[?age == `30.0`].name", MIXED),
    ("'a' < z", MIXED), ("z >= 'a'", MIXED), ("people[?age > 'x']", MIXED), ("a > m", MIXED),
    # truthiness, and/or/not
    ("!zero", MIXED), ("!fz", MIXED), ("!e", MIXED), ("!o", MIXED), ("!s", MIXED), ("!n", MIXED), ("!t", MIXED),
    ("!m", MIXED), ("zero || 'x'", MIXED), ("e || 'x'", MIXED), ("s && 'x'", MIXED), ("o && 'x'", MIXED),
    ("zero && 'x'", MIXED), ("n || e || o || 'last'", MIXED), ("people[?tags].name", MIXED),
    ("people[?!tags].name", MIXED), ("people[?age && rg == 'RG1'].name", MIXED),
    # to_string: compact JSON, ensure_ascii, Python floats
    ("to_string(@)", CONN), ("to_string(m)", MIXED), ("to_string(nested)", MIXED), ("to_string(a)", MIXED),
    ("to_string(nums)", MIXED), ("to_string({b: m, a: `1e16`})", MIXED), ("to_string(`\"tab\\t\"`)", MIXED),
    ("to_string(`\"\\u0001\\u007f\"`)", MIXED), ("to_string(big)", MIXED), ("to_string(n)", MIXED),
    ("to_string(`1e400`)", MIXED), ("to_string(`\"😀\"`)", MIXED), ("to_string(`0.00001`)", MIXED),
    # other functions
    ("join(', ', strs)", MIXED), ("join('', `[]`)", MIXED), ("reverse(strs)", MIXED), ("reverse(m)", MIXED),
    ("reverse(text)", MIXED), ("starts_with(text, 'Hello')", MIXED), ("ends_with(text, 'World')", MIXED),
    ("contains(text, 'lo, W')", MIXED), ("contains(strs, 'a')", MIXED), ("contains(mixed, `[1]`)", MIXED),
    ("contains(mixed, `1.0`)", MIXED), ("contains(bools, `1`)", MIXED), ("contains(`[1]`, t)", MIXED),
    ("contains(text, `1`)", MIXED), ("contains(text, n)", MIXED), ("contains(text, {a: z})", MIXED),
    ("type(z)", MIXED), ("type(a)", MIXED), ("type(n)", MIXED), ("type(t)", MIXED), ("type(e)", MIXED),
    ("type(o)", MIXED), ("type(m)", MIXED), ("type(&z)", MIXED),
    ("to_array(z)", MIXED), ("to_array(e)", MIXED), ("to_array(n)", MIXED),
    ("not_null(n, s, z)", MIXED), ("not_null(n, n)", MIXED),
    ("map(&n, nested.x)", MIXED), ("map(&missing, nested.x)", MIXED), ("map(&[k, n], nested.x)", MIXED),
    ("sort_by(people, &name)[].name", MIXED), ("sort_by(people[:3], &age)[].name", MIXED),
    ("sort_by(e, &x)", MIXED), ("sort_by(people, &age)", MIXED), ("sort_by(people, &tags)", MIXED),
    ("sort_by(nums, &@)", MIXED), ("sort_by(`[\"b\", 1]`, &@)", MIXED),
    ("max_by(people[:3], &age).name", MIXED), ("min_by(people[:3], &age).name", MIXED),
    ("max_by(people, &age)", MIXED), ("min_by(e, &x)", MIXED), ("max_by(people, &name).name", MIXED),
    ("max_by(`[1, \"a\"]`, &@)", MIXED), ("min_by(`[\"a\", 1]`, &@)", MIXED), ("min_by(`[1, 2]`, &[@])", MIXED),
    ("merge(o)", MIXED), ("merge(nested.y, n)", MIXED), ("merge(nested.y, z)", MIXED),
    ("merge(nested.y, `\"\"`)", MIXED), ("merge(nested.y, e)", MIXED),
    # error messages, verbatim
    ("foo(z)", MIXED), ("foo()", MIXED), ("length(z, z)", MIXED), ("length()", MIXED), ("abs()", MIXED),
    ("not_null()", MIXED), ("merge()", MIXED), ("abs(m)", MIXED), ("abs(name)", CONN), ("abs(n)", MIXED),
    ("abs(t)", MIXED), ("abs(nested)", MIXED), ("abs({a: z})", MIXED), ("abs({})", MIXED), ("abs(nums)", MIXED),
    ("abs(`{\"q\": \"it's\"}`)", MIXED), ("abs(`[\"a\\nb\", null, true, 1.5]`)", MIXED),
    ("length(z)", MIXED), ("length(n)", MIXED), ("sum(strs)", MIXED), ("sum(mixed)", MIXED), ("avg(bools)", MIXED),
    ("max(mixed)", MIXED), ("max(bools)", MIXED), ("max(`[1, \"a\"]`)", MIXED), ("min(`[\"a\", 1]`)", MIXED),
    ("sort(mixed)", MIXED), ("sort(`[[1]]`)", MIXED), ("sort([{a: z}])", MIXED), ("join(',', nums)", MIXED),
    ("join(z, strs)", MIXED), ("keys(e)", MIXED), ("values(m)", MIXED), ("starts_with(z, 'a')", MIXED),
    ("map(z, e)", MIXED), ("map(&z, o)", MIXED), ("sort_by(o, &z)", MIXED), ("sort_by(e, z)", MIXED),
    ("reverse(z)", MIXED), ("ceil(m)", MIXED), ("floor(n)", MIXED), ("to_string(z, a)", MIXED),
    ("keys(n)", MIXED),  # (an &expr in a type error prints a memory address: not reproducible)
    ("length(name name)", CONN), ("abs(`1`,)", MIXED),
    ("nums[::0]", MIXED), ("ceil(`1e400`)", MIXED), ("floor(`NaN`)", MIXED),
    # slices, indices, flatten, projections, pipes
    ("nums[::-1]", MIXED), ("nums[::-2]", MIXED), ("nums[-2:]", MIXED), ("nums[:-2]", MIXED), ("nums[1:4:2]", MIXED),
    ("nums[10:]", MIXED), ("nums[-10:2]", MIXED), ("nums[3:1:-1]", MIXED), ("nums[:1 3]", MIXED),
    ("nums[-1]", MIXED), ("nums[-6]", MIXED), ("nums[99999999999999999999]", MIXED), ("nums[-0]", MIXED),
    ("nums[01]", MIXED), ("m[0]", MIXED), ("m[0:1]", MIXED), ("o[0]", MIXED),
    ("matrix[]", MIXED), ("matrix[][]", MIXED), ("matrix[0][1:2]", MIXED), ("people[0].tags[1:2].x", MIXED),
    ("people[1:3].name", MIXED), ("people[*].tags[0]", MIXED), ("people[].tags[]", MIXED), ("people[*].rg", MIXED),
    ("people | [0].name", MIXED), ("people[].name | [1]", MIXED), ("people[].name | sort(@)", MIXED),
    ("nested.x[?n > `1`].k | reverse(@)", MIXED), ("people[?tags[?@ == 'z']].name", MIXED),
    ("*.y", MIXED), ("nested.*.b", MIXED), ("nested.*[0]", MIXED), ("@", LIST), ("@.name", CONN),
    ("[name, authInfo.roles[0], id][?@]", CONN), ("n.x", MIXED), ("n[0]", MIXED), ("n[*]", MIXED),
    ("n.{a: z}", MIXED), ("n.[z]", MIXED), ("e[*].x", MIXED), ("people[?age]|length(@)", MIXED),
    ("\"m\"", MIXED), ("\"\\u00fc\"", UMLAUT), ("'raw'", MIXED), ("'it\\'s'", MIXED), ("'back\\\\slash'", MIXED),
    ("`foo`", MIXED), ("` bare with space`", MIXED), ("`\"json\"`", MIXED), ("`[1, {\"b\": 2, \"a\": 1}]`", MIXED),
    ("(z)", MIXED), ("(nested).y", MIXED), ("nested.\"y\".a", MIXED),
    # syntax errors (also what Python accepts that others reject)
    ("", MIXED), ("[?", MIXED), ("[?name=='x'", CONN), ("it's", MIXED), ("a.[0]", MIXED), ("foo[a]", MIXED),
    ("\"f\"(z)", MIXED), ("[1:2:3:4]", MIXED), ("a = b", MIXED), ("a.", MIXED), (".a", MIXED), ("a..b", MIXED),
    ("{a}", MIXED), ("{a: z,}", MIXED), ("[z,]", MIXED), ("[z z]", MIXED), ("f(", MIXED), ("`{`", MIXED),
    ("a.b()", MIXED), ("z !a", MIXED), ("z {a: b}", MIXED), ("*z", MIXED), ("[*] *", MIXED), ("@@", MIXED),
    ("ü", MIXED), ("--1", MIXED), ("-", MIXED), ("'unclosed", MIXED), ("\"unclosed", MIXED), ("`\"a`", MIXED),
    ("[ ]", MIXED), ("z[]]", MIXED), ("a || ", MIXED), ("x && ", MIXED), ("\"\\x\"", MIXED), ("$", MIXED),
    ("a[1 2]", MIXED), ("{\"a\": z}", MIXED), ("{'a': z}", MIXED), ("'x'(z)", MIXED), ("(z)(z)", MIXED),
    ("a[?b]c", MIXED), ("length(@", MIXED), ("\t z \n", MIXED),
]


def evaluate(expr, doc):
    """What az does with this expression and document, as a JSON-able dict."""
    try:
        compiled = jmespath.compile(expr)
    except Exception:  # argparse turns the ValueError into "invalid jmespath_type value"
        stderr = "ERROR: argument --query: invalid jmespath_type value: %r\n%s\n" % (expr, QUERY_REFERENCE)
        return {"error": "syntax", "az_stderr": stderr}
    try:
        result = compiled.search(doc, Options(dict_cls=collections.OrderedDict))
    except JMESPathError as ex:
        msg = getattr(ex, 'message', str(ex))
        stderr = "ERROR: Invalid jmespath query supplied for `--query`: %s\n%s\n" % (msg, QUERY_REFERENCE)
        return {"error": "runtime", "message": msg, "az_stderr": stderr}
    except Exception as ex:  # az: "The command failed with an unexpected error"
        return {"error": "unexpected", "exception": type(ex).__name__, "message": str(ex)}
    text = repr(result)
    if '_Expression object at 0x' in text:
        # The result holds an `&expr` object: az's output step then fails on it (json/yaml) or
        # prints its memory address (tsv/table), neither reproducible; azconn stops with the
        # json error, which this marker stands for.
        return {"error": "unexpected", "exception": "TypeError",
                "message": "Object of type _Expression is not JSON serializable"}
    return {"repr": text}


def generate():
    out = []
    seen = set()
    names = {id(doc): name for name, doc in DOCUMENTS.items()}
    for expr, doc in CASES:
        if (expr, id(doc)) in seen:
            raise SystemExit("duplicate case: %r" % expr)
        seen.add((expr, id(doc)))
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            expected = evaluate(expr, json.loads(json.dumps(doc)))
        out.append({"expression": expr, "document": names[id(doc)], "expected": expected})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump({"generator": "scripts/jmespath_differential.py", "jmespath": jmespath.__version__,
                   "python": sys.version.split()[0], "documents": DOCUMENTS, "cases": out}, f, indent=1,
                  ensure_ascii=False)
        f.write("\n")
    print("wrote %d cases to %s" % (len(out), OUT))


# Token soup for the grammar sweep: every sequence of up to three of these, plus seeded random
# longer ones, so that the parser accepts and rejects exactly what Python's parser does.
GRAMMAR_TOKENS = ['a', '.', '[', ']', '*', '[?', '[]', '@', '|', '||', '!', '(', ')',
                  '{', '}', ':', ',', '0', "'x'", '==', '&', 'f']
GRAMMAR_EXTRA = ['b', '-1', '`1`', '&&', '<', '"q"']
GRAMMAR_DOC = {"a": {"b": [1, {"a": 2}], "x": "y"}, "b": [{"a": 1, "b": [3, 4]}, {"a": "x"}, 5],
               "q": {"x": True}, "0": 0}


def random_expression(rng, depth=0):
    """A random expression from the JMESPath grammar (as a token list), over GRAMMAR_DOC's names."""
    leaf = [['a'], ['b'], ['q'], ['"0"'], ['@'], ["'x'"], ['`1`'], ['`"x"`'], ['`[1, 2]`'], ['x']]
    if depth > 3 or rng.random() < 0.3:
        return list(rng.choice(leaf))
    e = lambda: random_expression(rng, depth + 1)
    kind = rng.randrange(17)
    if kind == 0:
        return e() + ['.', rng.choice(['a', 'b', 'x', '*'])]
    if kind == 1:
        return e() + ['[', str(rng.randint(-3, 3)), ']']
    if kind == 2:
        parts = [rng.choice(['', str(rng.randint(-3, 3))]) for _ in range(3)]
        return e() + ['[', parts[0], ':', parts[1]] + ([':', parts[2]] if rng.random() < 0.5 else []) + [']']
    if kind == 3:
        return e() + ['[*]'] + (['.', rng.choice(['a', 'b'])] if rng.random() < 0.5 else [])
    if kind == 4:
        return e() + ['[]']
    if kind == 5:
        return e() + ['[?', *e(), rng.choice(['==', '!=', '<', '>=']), *e(), ']']
    if kind == 6:
        return e() + [rng.choice(['||', '&&', '|'])] + e()
    if kind == 7:
        return ['!'] + e()
    if kind == 8:
        return ['('] + e() + [')']
    if kind == 9:
        return ['['] + e() + [','] + e() + [']']
    if kind == 10:
        return ['{', 'k', ':'] + e() + [',', 'j', ':'] + e() + ['}']
    if kind == 11:
        return e() + ['.', '{', 'z', ':'] + e() + ['}']
    if kind == 12:
        fn = rng.choice(['length', 'keys', 'values', 'abs', 'sum', 'avg', 'max', 'min', 'sort', 'reverse',
                         'to_string', 'to_number', 'type', 'not_null', 'to_array', 'ceil', 'floor'])
        return [fn, '('] + e() + [')']
    if kind == 13:
        fn = rng.choice(['contains', 'starts_with', 'ends_with', 'join', 'merge'])
        return [fn, '('] + e() + [','] + e() + [')']
    if kind == 14:
        fn = rng.choice(['sort_by', 'max_by', 'min_by', 'map'])
        args = (['&'] + e() + [','] + e()) if fn == 'map' else (e() + [',', '&'] + e())
        return [fn, '('] + args + [')']
    if kind == 15:
        return e() + [rng.choice(['<', '<=', '>', '>=', '==', '!='])] + e()
    return ['*', '.'] + e()


def grammar_sweep():
    import itertools
    import random
    exprs = []
    for n in (1, 2, 3):
        for combo in itertools.product(GRAMMAR_TOKENS, repeat=n):
            exprs.append(''.join(combo))
    rng = random.Random(20240611)
    for _ in range(4000):
        exprs.append(''.join(rng.choice(GRAMMAR_TOKENS + GRAMMAR_EXTRA) for _ in range(rng.randint(3, 7))))
    for _ in range(3000):
        tokens = random_expression(rng)
        exprs.append(' '.join(tokens))
        # One-token mutation: drop, duplicate or swap in a token, to probe the parser's edges.
        i = rng.randrange(len(tokens))
        op = rng.randrange(3)
        if op == 0:
            mutated = tokens[:i] + tokens[i + 1:]
        elif op == 1:
            mutated = tokens[:i] + [tokens[i]] + tokens[i:]
        else:
            mutated = tokens[:i] + [rng.choice(GRAMMAR_TOKENS + GRAMMAR_EXTRA)] + tokens[i + 1:]
        exprs.append(''.join(mutated))
    seen, syntax, cases = set(), [], []
    for expr in exprs:
        if expr in seen:
            continue
        seen.add(expr)
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            got = evaluate(expr, json.loads(json.dumps(GRAMMAR_DOC)))
        if 'repr' in got:
            outcome = got['repr']
        elif got['error'] == 'unexpected':
            outcome = '!%s: %s' % (got['exception'], got['message'])
        elif got['error'] == 'runtime':
            outcome = '!runtime: ' + got['message']
        else:
            syntax.append(expr)
            continue
        cases.append([expr, outcome])
    with open(GRAMMAR_OUT, 'w', encoding='utf-8') as f:
        json.dump({"generator": "scripts/jmespath_differential.py", "jmespath": jmespath.__version__,
                   "document": GRAMMAR_DOC, "cases": cases, "syntax_errors": syntax}, f, indent=0,
                  ensure_ascii=False)
        f.write("\n")
    print("wrote %d + %d syntax-error grammar cases to %s" % (len(cases), len(syntax), GRAMMAR_OUT))


def check_compliance():
    """Reports every compliance case where Python jmespath disagrees with the suite."""
    total = bad = 0
    for path in sorted(glob.glob(os.path.join(ROOT, 'tests', 'jmespath-compliance', '*.json'))):
        with open(path, encoding='utf-8') as f:
            suites = json.load(f)
        for suite in suites:
            for case in suite['cases']:
                total += 1
                with warnings.catch_warnings():
                    warnings.simplefilter('ignore')
                    got = evaluate(case['expression'], suite['given'])
                if 'error' in case:
                    ok = 'error' in got
                else:
                    ok = 'repr' in got and jmespath.search(case['expression'], suite['given']) == case['result']
                if not ok:
                    bad += 1
                    print("%s: %r: suite %r, python %r" % (os.path.basename(path), case['expression'],
                                                           case.get('result', case.get('error')), got))
    print("%d cases, %d where Python jmespath %s deviates" % (total, bad, jmespath.__version__))


if __name__ == '__main__':
    if jmespath.__version__ != '1.1.0':
        raise SystemExit("needs jmespath 1.1.0, found %s" % jmespath.__version__)
    if '--check-compliance' in sys.argv[1:]:
        check_compliance()
    else:
        generate()
        grammar_sweep()
