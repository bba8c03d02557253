/* test-words.h: the word sequence the fidelity tests compare
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *test_words_of (const char *text,
                          gboolean    strip_list_markers);

G_END_DECLS
