/* replay.c: runs a fuzz target over files, without libFuzzer
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

/* The normal test suite replays the seed corpus and every input a fuzzer
 * ever found through the same target code, so a fixed crash stays fixed. */

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv) __attribute__ ((weak));
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

static guint
replay_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  guint count = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          count += replay_path (child);
        }

      return count;
    }

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_print ("# %s\n", path);
  LLVMFuzzerTestOneInput ((const guint8 *) contents, length);

  return 1;
}

int
main (int   argc,
      char *argv[])
{
  guint count = 0;

  if (LLVMFuzzerInitialize != NULL)
    LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    count += replay_path (argv[i]);

  g_print ("replayed %u inputs\n", count);

  return count > 0 ? 0 : 1;
}
