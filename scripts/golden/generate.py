#!/usr/bin/env python3
# Regenerates the golden output corpus (tests/golden/) by running az's own formatter code (the oracle).
"""Regenerate tests/golden/ from the az output oracle.

Every document in tests/golden/inputs/ is rendered in all seven formats (jsonc and yamlc both with
colour forced on and off) and under a set of --query expressions; the oracle's stdout, stderr and
exit code are written to tests/golden/out/ and listed in tests/golden/manifest.json (same schema as
the oracle's own samples manifest). The oracle's samples are copied to tests/golden/shared-samples/.

Usage (from the repo root):
    python3 -m venv .venv-oracle
    .venv-oracle/bin/pip install -r ../shared/oracle/requirements.txt
    .venv-oracle/bin/python scripts/golden/generate.py [--oracle PATH] [--samples DIR] [--only DOC ...]

`--only DOC` regenerates just those documents' cases and keeps every other case of the manifest.

The oracle path defaults to $AZ_FORMAT_ORACLE, else ../shared/oracle/az_format_oracle.py (else
/work/shared/oracle/az_format_oracle.py, for git worktrees).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
GOLDEN = os.path.join(ROOT, 'tests', 'golden')
_CANDIDATES = [os.path.join(ROOT, '..', 'shared', 'oracle', 'az_format_oracle.py'), '/work/shared/oracle/az_format_oracle.py']
DEFAULT_ORACLE = os.environ.get('AZ_FORMAT_ORACLE') or next((c for c in _CANDIDATES if os.path.exists(c)), _CANDIDATES[0])

# (format, colour) variants every document is rendered in.
PLAIN_VARIANTS = [('json', False), ('jsonc', True), ('jsonc', False), ('yaml', False), ('yamlc', True), ('yamlc', False),
                  ('table', False), ('tsv', False), ('none', False)]
# Variants used for each successful query.
QUERY_VARIANTS = [('json', False), ('yaml', False), ('table', False), ('tsv', False)]
# Extra colour variants for every third query.
QUERY_COLOR_VARIANTS = [('jsonc', True), ('yamlc', True)]

GENERIC_QUERIES = ['@', 'keys(@)', 'values(@)', 'length(@)', 'to_string(@)', 'type(@)', 'nonexistent']

QUERIES = {
    'connector': ['name', 'authInfo', '{name:name, rg:resourceGroup, auth:authInfo.authType, roles:authInfo.roles}',
                  '[name, clientType]', "provisioningState=='Succeeded'", 'targetService.resourceGroup', 'systemData',
                  '{a: authInfo, b: systemData}', '[authInfo, systemData]', 'publicNetworkSolution.firewallRules',
                  '*', 'authInfo.*', "contains(id, 'my-rg')", 'join(`/`, [name, resourceGroup])', 'merge(authInfo, `{"extra": 1}`)',
                  '{n: name, nested: {t: targetService.type, id: targetService.id}}', 'not_null(vNetSolution, scope, name)'],
    'connector_list': ['[].name', '[].{Name:name, State:provisioningState, Auth:authInfo}', "[?provisioningState=='Failed']",
                       '[0]', '[-1]', '[].authInfo', '[].[name, clientType]', '[?name==`nope`]', 'sort_by(@, &name)[].name',
                       "[?name > 'm'].name", 'reverse([].name)', '[].{id: id, rg: resourceGroup}', 'max_by(@, &name).name',
                       '[*].authInfo.authType | [0]', 'length([?clientType==`none`])', '[::2].name'],
    'connector_az_show': ['configurations', 'configurations[0].value', '{user: authInfo.userName, server: targetService.id}',
                          'configurationInfo', 'authInfo.roles', 'publicNetworkSolution.firewallRules.ipRanges'],
    'numbers': ['[int, float, bool, none]', 'large_float', 'sum([int, float, neg])', 'avg([int, float])', 'abs(neg)',
                'floor(float)', 'ceil(small)', 'max([int, float])', 'list', 'list[?@ > `1`]', '{big: big, bigger: bigger}',
                'to_number(`"1e3"`)', 'avg(`[]`)', 'sum(`[]`)', 'abs(`-0.0`)', 'to_string(list)', '[overflow, neg_overflow]',
                'tiny', 'min(list[:2])', 'sort([int, float, neg])'],
    'nested': ['level1', 'level1.level2.level3', 'matrix', 'matrix[]', 'listOfObjects', 'listOfObjects[].k',
               '{zeta: level1.zeta, a: level1.alpha}', 'level1.level2.level3.list[1]', 'tags', 'listOfObjects[].nested'],
    'unicode': ['name', 'ctrl', '[name, zh, emoji]', '{n: name, e: emoji, k: "日本"}', 'to_string(name)', 'keys(@)', 'wide_row',
                'esc'],
    'unicode_list': ['[].name', '[].{city: city, name: name}', "[?city > 'S'].city", 'sort_by(@, &city)'],
    'list_mixed_keys': ['[].name', '[].{name: name, location: location}', '[?location]', '[*].location', '[].sku', '[?enabled]',
                        '[].[name, count]', '[1]', '[2].tags'],
    'list_scalars': ['[0]', '[?@ == `1`]', '[-1]', '[9]', '[10]', '[2:5]'],
    'list_of_lists': ['[]', '[0]', '[][0]', '[*][1]'],
    'multiline': ['simple', 'crlf', '[simple, tabs]', '{s: simple, t: tabs}', 'long_multiline'],
    'multiline_table': ['[].{name: name, desc: desc}', '[].desc', '[].[name, note]'],
    'yaml_ambiguous': ['bools', 'nulls', 'numbers', 'dates', 'indicators', 'spaces', '""', '"true"'],
    'long_strings': ['folding', 'very_long', '{f: folding, q: quoted_long}', 'nested.deeper', 'double_long'],
    'arm_ids': ['[].resourceGroup', '[].{name: name, rg: resourceGroup}', '[12].sourceVault', '[12].nested.inner',
                '[13].certs', '[?resourceGroup].name'],
    'empties': ['emptyString', 'emptyList', 'emptyDict', 'nullValue', 'listOfEmpties', 'nested', '[emptyList, emptyDict]',
                '{a: emptyList, b: emptyDict, c: emptyString}'],
    'duplicate_keys': ['b', 'c'],
    'floats': ['list', 'sort(list)', 'max(list)', 'sum(list)', 'to_string(list)', '[precise, e23, subnormal]',
               'list[?@ > `1`]', 'money', 'abs(neg_precise)', 'to_string(precise)'],
}

# Queries that fail: syntax errors (exit 2) and runtime errors (exit 1).
ERROR_QUERIES = {
    'connector': ['[?', '', "[?name=='x'", "it's", 'foo(@)', 'length(`1`, `2`)', 'abs(name)', 'not_null()', 'sum(name)',
                  '"unterminated', 'a.', '[?name=="x"]|', 'back\\slash', 'to_number(name, name)', 'keys(name)',
                  'sort_by(@, &name)', 'max_by([authInfo], &roles)', 'ends_with(name)', "[?name > `1`]"],
    'connector_list': ['[].name.', 'sort_by(@, &authInfo)', "[?name > `1`]", 'length()', 'join(`,`, @)', 'avg([].name)'],
    'numbers': ['ceil(`"a"`)', 'sum([int, bool])', 'abs(none)'],
}

# A Python exception outside jmespath's own errors (e.g. `'>' not supported between 'str' and 'int'`)
# reaches the oracle's fallback, which re-raises it: Python prints a raw traceback with the oracle's
# own file paths. Real az prints its unexpected-error text instead, so only stdout and the exit code
# of such cases are compared.
TRACEBACK = b'Traceback (most recent call last):'
TRACEBACK_NOTE = ('the oracle printed a raw Python traceback (azure-cli handle_exception not installed); '
                  'az prints its own unexpected-error text, so only stdout and the exit code are compared')

# Documents also rendered without az's global transforms (what `az rest` prints).
NO_TRANSFORM = ['arm_ids', 'connector']


def run_oracle(python, oracle, input_path, args, color):
    argv = [python, oracle, '--input', input_path, '--color', 'always' if color else 'never'] + args
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return proc.stdout, proc.stderr, proc.returncode


def main():
    p = argparse.ArgumentParser(description='Regenerate tests/golden/ from the az output oracle.')
    p.add_argument('--oracle', default=DEFAULT_ORACLE, help='path of az_format_oracle.py')
    p.add_argument('--python', default=sys.executable, help='interpreter with the oracle requirements installed')
    p.add_argument('--samples', default=None, help="the oracle's samples folder (default: next to the oracle)")
    p.add_argument('--jobs', type=int, default=2)
    p.add_argument('--only', nargs='+', metavar='DOC', help='regenerate only these documents (names in inputs/)')
    opts = p.parse_args()
    oracle = os.path.abspath(opts.oracle)
    if not os.path.exists(oracle):
        sys.exit('oracle not found: %s (pass --oracle or set AZ_FORMAT_ORACLE)' % oracle)

    inputs_dir = os.path.join(GOLDEN, 'inputs')
    out_dir = os.path.join(GOLDEN, 'out')
    all_docs = docs = sorted(f[:-5] for f in os.listdir(inputs_dir) if f.endswith('.json'))
    kept = []
    if opts.only:
        unknown = sorted(set(opts.only) - set(docs))
        if unknown:
            sys.exit('no such document in %s: %s' % (inputs_dir, ', '.join(unknown)))
        docs = sorted(opts.only)
        with open(os.path.join(GOLDEN, 'manifest.json'), encoding='utf-8') as f:
            old_samples = json.load(f)['samples']
        inputs = set('inputs/%s.json' % d for d in docs)
        kept = [s for s in old_samples if s['input'] not in inputs]
        for s in old_samples:
            if s['input'] in inputs:
                for key in ('stdout', 'stderr'):
                    if key in s and os.path.exists(os.path.join(GOLDEN, s[key])):
                        os.remove(os.path.join(GOLDEN, s[key]))
    else:
        shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir, exist_ok=True)

    plan = []  # (id, doc, args, color)
    for doc in docs:
        for fmt, color in PLAIN_VARIANTS:
            plan.append(('%s.%s%s' % (doc, fmt, '.color' if color else ''), doc, ['-o', fmt], color))
        if doc in NO_TRANSFORM:
            for fmt, color in PLAIN_VARIANTS:
                plan.append(('%s.%s%s.no-transforms' % (doc, fmt, '.color' if color else ''), doc,
                             ['-o', fmt, '--no-global-transforms'], color))
        queries = QUERIES.get(doc, []) + (GENERIC_QUERIES if doc in QUERIES else [])
        for n, query in enumerate(queries, 1):
            variants = QUERY_VARIANTS + (QUERY_COLOR_VARIANTS if n % 3 == 1 else [])
            for fmt, color in variants:
                plan.append(('%s__q%02d.%s%s' % (doc, n, fmt, '.color' if color else ''), doc, ['-o', fmt, '--query', query], color))
            if n % 5 == 0:
                plan.append(('%s__q%02d.none' % (doc, n), doc, ['-o', 'none', '--query', query], False))
        for n, query in enumerate(ERROR_QUERIES.get(doc, []), 1):
            plan.append(('%s__err%02d' % (doc, n), doc, ['--query', query], False))

    def work(item):
        case_id, doc, args, color = item
        return item, run_oracle(opts.python, oracle, os.path.join(inputs_dir, doc + '.json'), args, color)

    samples = []
    with ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        for (case_id, doc, args, color), (stdout, stderr, code) in pool.map(work, plan):
            with open(os.path.join(out_dir, case_id + '.stdout'), 'wb') as f:
                f.write(stdout)
            entry = {'id': case_id, 'input': 'inputs/%s.json' % doc, 'args': args, 'stdout_and_stderr_are_tty': color,
                     'stdout': 'out/%s.stdout' % case_id, 'exit_code': code}
            if stderr:
                with open(os.path.join(out_dir, case_id + '.stderr'), 'wb') as f:
                    f.write(stderr)
                entry['stderr'] = 'out/%s.stderr' % case_id
                if stderr.startswith(TRACEBACK):
                    entry['stderr_not_comparable'] = TRACEBACK_NOTE
            samples.append(entry)
    if opts.only:
        # Document order, as a full run writes them.
        fresh = samples
        samples = []
        for doc in all_docs:
            source = fresh if doc in docs else kept
            samples.extend(s for s in source if s['input'] == 'inputs/%s.json' % doc)

    manifest = {
        'generated_by': 'scripts/golden/generate.py with az_format_oracle.py (knack engine)',
        'notes': 'stdout/stderr files are raw bytes; stdout_and_stderr_are_tty=true means --color always. '
                 'Invalid --output values are not covered here: rejecting them is the CLI\'s job (clap), tested with the CLI.',
        'samples': samples,
    }
    with open(os.path.join(GOLDEN, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.write('\n')

    samples_dir = opts.samples or os.path.join(os.path.dirname(oracle), 'samples')
    dest = os.path.join(GOLDEN, 'shared-samples')
    if os.path.isdir(samples_dir):
        shutil.rmtree(dest, ignore_errors=True)
        shutil.copytree(samples_dir, dest)
    print('%d cases written to %s' % (len(samples), os.path.relpath(GOLDEN, ROOT)))


if __name__ == '__main__':
    main()
