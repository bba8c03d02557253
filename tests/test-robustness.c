/* test-robustness.c: big inputs, full and read-only disks
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "minutes-core.h"

#define HEAD "{\"format\":\"minutes\",\"version\":1,"

static MinutesMeeting *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "2024-01-16-safer-stronger-communities.minutes", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MinutesMeeting *meeting = minutes_document_load (file, NULL, &error);

  g_assert_no_error (error);

  return meeting;
}

/* A 50 MB field is absurd but legal: it loads, whole. */
static void
test_huge_string (void)
{
  const gsize length = 50 * 1024 * 1024;
  GString *json = g_string_sized_new (length + 128);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = NULL;

  g_string_append (json, HEAD "\"meeting\":{\"committee\":\"");
  for (gsize i = 0; i < length; i++)
    g_string_append_c (json, 'a' + (i % 26));
  g_string_append (json, "\"}}");
  bytes = g_string_free_to_bytes (json);

  meeting = minutes_document_load_bytes (bytes, "huge.minutes", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (minutes_meeting_get_committee (meeting)), ==, length);
}

/* Past the size limit the file is refused before it is parsed. */
static void
test_too_large (void)
{
  gsize length = MINUTES_FILE_MAX_SIZE + 1;
  char *data = g_malloc (length);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = NULL;

  memset (data, ' ', length);
  bytes = g_bytes_new_take (data, length);
  meeting = minutes_document_load_bytes (bytes, "big.minutes", &error);
  g_assert_null (meeting);
  g_assert_error (error, MINUTES_DOCUMENT_ERROR, MINUTES_DOCUMENT_ERROR_TOO_LARGE);
}

static void
test_many_items (void)
{
  const guint n_items = 100000;
  GString *json = g_string_new (HEAD "\"meeting\":{\"committee\":\"C\"},\"items\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = NULL;
  g_autoptr(MinutesAgendaItem) last = NULL;
  g_autofree char *number = NULL;

  for (guint i = 0; i < n_items; i++)
    g_string_append_printf (json, "%s{\"id\":\"i%u\",\"title\":\"Item %u\"}", i > 0 ? "," : "", i, i);
  g_string_append (json, "]}");
  bytes = g_string_free_to_bytes (json);

  meeting = minutes_document_load_bytes (bytes, "many.minutes", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (meeting)), ==, n_items);
  last = g_list_model_get_item (minutes_meeting_get_items (meeting), n_items - 1);
  number = minutes_agenda_item_dup_number (last);
  g_assert_cmpstr (number, ==, "100000");
}

/* Runs a command; FALSE when it cannot run or fails (no rights, no tool). */
static gboolean
run (const char *command)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  int status = 0;

  if (!g_shell_parse_argv (command, NULL, &argv, &error) ||
      !g_spawn_sync (NULL, argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error))
    return FALSE;

  return g_spawn_check_wait_status (status, NULL);
}

typedef struct
{
  char *dir;
  char *path;
  char *saved;
} SmallDisk;

/* A few KB of tmpfs holding one saved meeting, where this process may mount. */
static gboolean
small_disk_setup (SmallDisk      *disk,
                  MinutesMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mount = NULL;
  g_autoptr(GFile) file = NULL;

  disk->dir = g_dir_make_tmp ("minutes-disk-XXXXXX", &error);
  g_assert_no_error (error);

  mount = g_strdup_printf ("mount -t tmpfs -o size=64k tmpfs %s", disk->dir);
  if (getuid () != 0 || !run (mount))
    {
      g_rmdir (disk->dir);
      g_clear_pointer (&disk->dir, g_free);
      g_test_skip ("needs the right to mount a small tmpfs (root)");
      return FALSE;
    }

  disk->path = g_build_filename (disk->dir, "meeting.minutes", NULL);
  file = g_file_new_for_path (disk->path);
  g_assert_true (minutes_document_save (meeting, file, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (disk->path, &disk->saved, NULL, &error);
  g_assert_no_error (error);

  return TRUE;
}

static void
small_disk_teardown (SmallDisk *disk)
{
  g_autofree char *umount = g_strdup_printf ("umount %s", disk->dir);

  g_assert_true (run (umount));
  g_rmdir (disk->dir);
  g_free (disk->dir);
  g_free (disk->path);
  g_free (disk->saved);
}

static void
assert_unchanged (SmallDisk *disk)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *now = NULL;

  g_file_get_contents (disk->path, &now, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (now, ==, disk->saved);
}

/* Saving onto a full disk fails in plain words and leaves the file exactly
 * as it was; the meeting in memory keeps the edit. */
static void
test_disk_full (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *filler = NULL;
  g_autofree char *fill = NULL;
  SmallDisk disk = { 0 };

  if (!small_disk_setup (&disk, meeting))
    return;

  filler = g_build_filename (disk.dir, "filler", NULL);
  fill = g_strdup_printf ("dd if=/dev/zero of=%s bs=1k count=1024", filler);
  run (fill);   /* fails when the disk is full, which is the point */

  minutes_meeting_set_venue (meeting, "Civic Suite, edited while the disk was full");
  file = g_file_new_for_path (disk.path);
  g_assert_false (minutes_document_save (meeting, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, disk.path));
  assert_unchanged (&disk);
  g_assert_cmpstr (minutes_meeting_get_venue (meeting), ==, "Civic Suite, edited while the disk was full");

  g_unlink (filler);
  small_disk_teardown (&disk);
}

static void
test_read_only_disk (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *remount = NULL;
  SmallDisk disk = { 0 };

  if (!small_disk_setup (&disk, meeting))
    return;

  remount = g_strdup_printf ("mount -o remount,ro %s", disk.dir);
  g_assert_true (run (remount));

  minutes_meeting_set_venue (meeting, "Edited on a read-only disk");
  file = g_file_new_for_path (disk.path);
  g_assert_false (minutes_document_save (meeting, file, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, disk.path));
  assert_unchanged (&disk);

  small_disk_teardown (&disk);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/robustness/huge-string", test_huge_string);
  g_test_add_func ("/robustness/too-large", test_too_large);
  g_test_add_func ("/robustness/many-items", test_many_items);
  g_test_add_func ("/robustness/disk-full", test_disk_full);
  g_test_add_func ("/robustness/read-only-disk", test_read_only_disk);

  return g_test_run ();
}
