/* test-words.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-words.h"

/* The words in order, folding white space; with strip_list_markers, without
 * the "- " list markers that text extraction put before some seed lines.
 * The fidelity tests of export and import both compare through this. */
GPtrArray *
test_words_of (const char *text,
               gboolean    strip_list_markers)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_auto(GStrv) parts = NULL;

      if (strip_list_markers && g_str_has_prefix (line, "- "))
        line += 2;

      parts = g_strsplit_set (line, " \t\r", -1);
      for (guint p = 0; parts[p] != NULL; p++)
        {
          if (parts[p][0] != '\0')
            g_ptr_array_add (words, g_strdup (parts[p]));
        }
    }

  return words;
}
