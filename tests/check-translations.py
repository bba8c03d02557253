#!/usr/bin/env python3
# check-translations.py: every string of the program is translated.
#
# Copyright 2026 The Minutes authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-translations.py SOURCE_ROOT
#
# Extracts the strings afresh from the files in po/POTFILES.in (xgettext,
# with the keywords of Meson's 'glib' preset, as the minutes-pot target
# does), then for each language in po/LINGUAS: checks the .po with
# msgfmt --check (format strings, plural forms, header), and fails naming
# every string of the program that the .po leaves untranslated or fuzzy.
# Nothing is written to the source tree.

import ast
import os
import re
import subprocess
import sys
import tempfile

# Meson's i18n.gettext(preset: 'glib') arguments (mesonbuild/modules/i18n.py).
GLIB_PRESET = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format', '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]


def read_list(path):
    with open(path, encoding='utf-8') as f:
        return [line.strip() for line in f
                if line.strip() and not line.lstrip().startswith('#')]


def entries(path):
    """(msgctxt, msgid, flags, references) of each entry of a .po file."""
    result = []
    current = None
    field = None

    def flush():
        if current is not None and 'msgid' in current and current['msgid'] != '':
            result.append(current)

    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                flush()
                current, field = None, None
                continue
            if current is None:
                current = {'flags': '', 'refs': []}
            if line.startswith('#,'):
                current['flags'] += line[2:]
            elif line.startswith('#:'):
                current['refs'] += line[2:].split()
            elif line.startswith('#'):
                pass
            else:
                m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (".*")$', line)
                if m:
                    field = m.group(1)
                    current[field] = ast.literal_eval(m.group(2))
                elif line.startswith('"') and field is not None:
                    current[field] += ast.literal_eval(line)
        flush()
    return result


def run(argv):
    done = subprocess.run(argv, capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def main():
    root = sys.argv[1]
    po_dir = os.path.join(root, 'po')
    sources = read_list(os.path.join(po_dir, 'POTFILES.in'))
    languages = read_list(os.path.join(po_dir, 'LINGUAS'))
    failed = False

    if not languages:
        print('po/LINGUAS lists no language')
        return 1

    with tempfile.TemporaryDirectory(prefix='minutes-po-') as tmp:
        pot = os.path.join(tmp, 'minutes.pot')
        status, output = run(['xgettext', '--package-name=minutes', '-D', root,
                              '-o', pot] + GLIB_PRESET + sources)
        if status != 0:
            print('xgettext failed:\n' + output)
            return 1
        wanted = entries(pot)
        print('%d strings in the program (po/POTFILES.in)' % len(wanted))

        for lang in languages:
            po = os.path.join(po_dir, lang + '.po')
            if not os.path.exists(po):
                print('po/%s.po is missing (po/LINGUAS lists %s)' % (lang, lang))
                failed = True
                continue

            status, output = run(['msgfmt', '--check', '--check-format', '-o', os.devnull, po])
            if status != 0:
                print('msgfmt --check fails on po/%s.po:\n%s' % (lang, output))
                failed = True

            merged = os.path.join(tmp, lang + '.po')
            status, output = run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot])
            if status != 0:
                print('msgmerge failed on po/%s.po:\n%s' % (lang, output))
                failed = True
                continue

            missing = []
            for e in entries(merged):
                translations = [v for k, v in e.items() if k.startswith('msgstr')]
                key = ('%s|' % e['msgctxt'] if 'msgctxt' in e else '') + e['msgid']
                where = e['refs'][0] if e['refs'] else '?'
                if 'fuzzy' in e['flags']:
                    missing.append(('fuzzy', key, where))
                elif not translations or any(t == '' for t in translations):
                    missing.append(('untranslated', key, where))

            if missing:
                failed = True
                print('po/%s.po: %d of %d strings are not translated; translate these '
                      '(then run msgfmt --check po/%s.po):' % (lang, len(missing), len(wanted), lang))
                for state, key, where in missing:
                    print('  %-12s %-40s msgid %r' % (state, where, key))
            else:
                print('po/%s.po: all %d strings translated' % (lang, len(wanted)))

    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
