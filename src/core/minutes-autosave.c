/* minutes-autosave.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "minutes-autosave.h"
#include "minutes-document.h"
#include "minutes-document-private.h"
#include "minutes-model.h"

/* Autosave keeps a recovery copy of a meeting in the user's cache dir:
 *
 *   <dir>/<id>.minutes   the meeting, in the ordinary file format
 *   <dir>/<id>.json      its index: the file it belongs to (or none), when it
 *                        was written, and a title to show the clerk
 *
 * A change starts a timer; when it fires the meeting is turned into a JSON
 * tree on the main thread (the model is not thread-safe) and a thread
 * writes the tree out as text, frees it and writes both files, each
 * atomically (temporary file, fsync, rename) and readable by the user
 * only. Changes made while a write runs are written when it ends. Saving the
 * real file, or closing without saving, discards the recovery copy. */

#define RECOVERY_FORMAT  "minutes-recovery"
#define RECOVERY_VERSION 1

struct _MinutesAutosave
{
  GObject parent_instance;

  MinutesMeeting *meeting;
  GFile *file;
  char *dir;
  char *id;
  char *data_path;
  char *index_path;
  guint timer;
  guint delay_ms;    /* from a change to the write; the preference */
  guint generation;  /* bumped by discard (), so a late write is undone */
  gboolean dirty;    /* changed since the last snapshot */
  gboolean writing;
};

G_DEFINE_FINAL_TYPE (MinutesAutosave, minutes_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  WRITTEN,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

struct _MinutesRecoveryEntry
{
  GObject parent_instance;

  char *id;
  char *path;
  char *index_path;
  GFile *original;
  GDateTime *autosaved;
  char *title;
};

G_DEFINE_FINAL_TYPE (MinutesRecoveryEntry, minutes_recovery_entry, G_TYPE_OBJECT)

typedef struct
{
  char *dir;
  char *data_path;
  char *index_path;
  JsonNode *tree;   /* the meeting, until written out in the thread */
  GBytes *data;
  GBytes *index;
  guint generation;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_free (job->dir);
  g_free (job->data_path);
  g_free (job->index_path);
  g_clear_pointer (&job->tree, json_node_unref);
  g_clear_pointer (&job->data, g_bytes_unref);
  g_bytes_unref (job->index);
  g_free (job);
}

static void start_write (MinutesAutosave *self);

static void
delete_files (MinutesAutosave *self)
{
  g_unlink (self->data_path);
  g_unlink (self->index_path);
}

static char *
dup_title (MinutesMeeting *meeting)
{
  const char *committee = minutes_meeting_get_committee (meeting);
  const GDate *date = minutes_meeting_get_date (meeting);
  char text[64];

  if (date == NULL)
    return g_strdup (committee);

  g_date_strftime (text, sizeof text, "%d %B %Y", date);
  if (committee == NULL)
    return g_strdup (text);

  return g_strdup_printf ("%s, %s", committee, text);
}

static GBytes *
build_index (MinutesAutosave *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *when = g_date_time_format_iso8601 (now);
  g_autofree char *title = dup_title (self->meeting);
  gsize length;
  char *text;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, RECOVERY_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, RECOVERY_VERSION);
  json_builder_set_member_name (builder, "original");
  if (self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      json_builder_add_string_value (builder, uri);
    }
  else
    {
      json_builder_add_null_value (builder);
    }
  json_builder_set_member_name (builder, "autosaved");
  json_builder_add_string_value (builder, when);
  json_builder_set_member_name (builder, "title");
  if (title != NULL)
    json_builder_add_string_value (builder, title);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

static gboolean
write_bytes (const char  *path,
             GBytes      *bytes,
             GError     **error)
{
  return g_file_set_contents_full (path,
                                   g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes),
                                   G_FILE_SET_CONTENTS_CONSISTENT,
                                   0600,
                                   error);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  if (g_mkdir_with_parents (job->dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               "Could not create the recovery folder %s: %s",
                               job->dir, g_strerror (saved_errno));
      return;
    }

  /* Written out and freed here, not on the main thread where the clerk
   * types: in a long meeting that is most of the work */
  job->data = _minutes_document_generate (job->tree);
  g_clear_pointer (&job->tree, json_node_unref);

  /* The data first: an index never names a copy that is not there. */
  if (!write_bytes (job->data_path, job->data, &error) ||
      !write_bytes (job->index_path, job->index, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
notify_busy (MinutesAutosave *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static gboolean
timer_cb (gpointer user_data)
{
  MinutesAutosave *self = user_data;

  self->timer = 0;
  start_write (self);

  return G_SOURCE_REMOVE;
}

static void
schedule (MinutesAutosave *self)
{
  if (self->timer == 0 && !self->writing)
    self->timer = g_timeout_add (self->delay_ms, timer_cb, self);
}

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  MinutesAutosave *self = MINUTES_AUTOSAVE (object);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->writing = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_signal_emit (self, signals[FAILED], 0, error);
    }
  else if (job->generation != self->generation)
    {
      /* Discarded while it was being written. */
      delete_files (self);
    }
  else
    {
      g_signal_emit (self, signals[WRITTEN], 0);
    }

  if (self->dirty)
    schedule (self);
  notify_busy (self);
}

static void
start_write (MinutesAutosave *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) tree = NULL;
  WriteJob *job;

  g_assert (!self->writing);

  self->dirty = FALSE;

  /* Serializing may give new objects their ids: not a change to save. */
  g_signal_handlers_block_matched (self->meeting, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  tree = _minutes_document_build (self->meeting, &error);
  g_signal_handlers_unblock_matched (self->meeting, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  if (tree == NULL)
    {
      g_signal_emit (self, signals[FAILED], 0, error);
      notify_busy (self);
      return;
    }

  job = g_new0 (WriteJob, 1);
  job->dir = g_strdup (self->dir);
  job->data_path = g_strdup (self->data_path);
  job->index_path = g_strdup (self->index_path);
  job->tree = g_steal_pointer (&tree);
  job->index = build_index (self);
  job->generation = self->generation;

  self->writing = TRUE;
  task = g_task_new (self, NULL, write_done_cb, NULL);
  g_task_set_source_tag (task, start_write);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_thread);
}

static void
meeting_changed_cb (MinutesAutosave *self)
{
  gboolean was_busy = minutes_autosave_get_busy (self);

  self->dirty = TRUE;
  schedule (self);

  if (!was_busy)
    notify_busy (self);
}

static void
minutes_autosave_dispose (GObject *object)
{
  MinutesAutosave *self = (MinutesAutosave *) object;

  g_clear_handle_id (&self->timer, g_source_remove);
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_clear_object (&self->meeting);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (minutes_autosave_parent_class)->dispose (object);
}

static void
minutes_autosave_finalize (GObject *object)
{
  MinutesAutosave *self = (MinutesAutosave *) object;

  g_clear_pointer (&self->dir, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->data_path, g_free);
  g_clear_pointer (&self->index_path, g_free);

  G_OBJECT_CLASS (minutes_autosave_parent_class)->finalize (object);
}

static void
minutes_autosave_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MinutesAutosave *self = MINUTES_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, minutes_autosave_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_autosave_class_init (MinutesAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = minutes_autosave_dispose;
  object_class->finalize = minutes_autosave_finalize;
  object_class->get_property = minutes_autosave_get_property;

  /* TRUE while a change is not yet in the recovery file. */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[WRITTEN] =
    g_signal_new ("written",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /* The recovery file could not be written (disk full, no permission). */
  signals[FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
minutes_autosave_init (MinutesAutosave *self)
{
  self->delay_ms = MINUTES_AUTOSAVE_DELAY_MS;
}

/* The folder recovery files go to: $XDG_CACHE_HOME/com.example.Minutes/recovery. */
char *
minutes_recovery_dup_default_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), APP_ID, "recovery", NULL);
}

/* Keeps a recovery copy of meeting in dir (NULL for the default) from its
 * next change on. file is the file the meeting was opened from or saved to,
 * if any. id names the recovery copy: NULL for a new one, or the id of the
 * entry a restored meeting came from, so that its copy is kept up to date
 * instead of doubled. */
MinutesAutosave *
minutes_autosave_new (MinutesMeeting *meeting,
                      const char     *dir,
                      GFile          *file,
                      const char     *id)
{
  MinutesAutosave *self;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (MINUTES_TYPE_AUTOSAVE, NULL);
  self->meeting = g_object_ref (meeting);
  self->dir = dir != NULL ? g_strdup (dir) : minutes_recovery_dup_default_dir ();
  self->id = id != NULL ? g_strdup (id) : g_uuid_string_random ();
  self->data_path = g_strdup_printf ("%s/%s.minutes", self->dir, self->id);
  self->index_path = g_strdup_printf ("%s/%s.json", self->dir, self->id);
  g_set_object (&self->file, file);

  g_signal_connect_swapped (meeting, "changed", G_CALLBACK (meeting_changed_cb), self);

  return self;
}

MinutesMeeting *
minutes_autosave_get_meeting (MinutesAutosave *self)
{
  g_return_val_if_fail (MINUTES_IS_AUTOSAVE (self), NULL);

  return self->meeting;
}

const char *
minutes_autosave_get_id (MinutesAutosave *self)
{
  g_return_val_if_fail (MINUTES_IS_AUTOSAVE (self), NULL);

  return self->id;
}

/* The recovery copy of the meeting (which exists only while it has changes
 * that are not saved). */
const char *
minutes_autosave_get_path (MinutesAutosave *self)
{
  g_return_val_if_fail (MINUTES_IS_AUTOSAVE (self), NULL);

  return self->data_path;
}

GFile *
minutes_autosave_get_file (MinutesAutosave *self)
{
  g_return_val_if_fail (MINUTES_IS_AUTOSAVE (self), NULL);

  return self->file;
}

/* After "Save As": the index names the new file from the next write on. */
void
minutes_autosave_set_file (MinutesAutosave *self,
                           GFile           *file)
{
  g_return_if_fail (MINUTES_IS_AUTOSAVE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_set_object (&self->file, file);
}

/* How long after a change the recovery copy is written (the preference
 * "autosave-interval"); a write already waiting keeps its time. */
void
minutes_autosave_set_delay (MinutesAutosave *self,
                            guint            delay_ms)
{
  g_return_if_fail (MINUTES_IS_AUTOSAVE (self));
  g_return_if_fail (delay_ms > 0);

  self->delay_ms = delay_ms;
}

guint
minutes_autosave_get_delay (MinutesAutosave *self)
{
  g_return_val_if_fail (MINUTES_IS_AUTOSAVE (self), 0);

  return self->delay_ms;
}

gboolean
minutes_autosave_get_busy (MinutesAutosave *self)
{
  g_return_val_if_fail (MINUTES_IS_AUTOSAVE (self), FALSE);

  return self->dirty || self->writing || self->timer != 0;
}

/* Writes the recovery copy without waiting for the timer (as when the app
 * is asked to quit with unsaved changes it keeps). */
void
minutes_autosave_save_now (MinutesAutosave *self)
{
  g_return_if_fail (MINUTES_IS_AUTOSAVE (self));

  self->dirty = TRUE;
  g_clear_handle_id (&self->timer, g_source_remove);
  if (!self->writing)
    start_write (self);
  notify_busy (self);
}

/* The meeting was saved to its file, or the clerk chose to throw its changes
 * away: the recovery copy goes. A later change makes a new one. */
void
minutes_autosave_discard (MinutesAutosave *self)
{
  g_return_if_fail (MINUTES_IS_AUTOSAVE (self));

  g_clear_handle_id (&self->timer, g_source_remove);
  self->dirty = FALSE;
  self->generation++;

  /* A write under way removes what it wrote when it ends. */
  if (!self->writing)
    delete_files (self);

  notify_busy (self);
}

static void
minutes_recovery_entry_finalize (GObject *object)
{
  MinutesRecoveryEntry *self = (MinutesRecoveryEntry *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->index_path, g_free);
  g_clear_object (&self->original);
  g_clear_pointer (&self->autosaved, g_date_time_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (minutes_recovery_entry_parent_class)->finalize (object);
}

static void
minutes_recovery_entry_class_init (MinutesRecoveryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_recovery_entry_finalize;
}

static void
minutes_recovery_entry_init (MinutesRecoveryEntry *self)
{
}

/* Reads the index beside a recovery copy. An index that is missing (a crash
 * between the first two writes) or unreadable costs only the details: the
 * copy itself is what matters, and its time is then the file's. */
static void
read_index (MinutesRecoveryEntry *entry)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  const char *original;
  const char *when;
  const char *title;

  if (!json_parser_load_from_mapped_file (parser, entry->index_path, NULL))
    return;

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;

  object = json_node_get_object (json_parser_get_root (parser));
  if (g_strcmp0 (json_object_get_string_member_with_default (object, "format", NULL),
                 RECOVERY_FORMAT) != 0)
    return;

  original = json_object_get_string_member_with_default (object, "original", NULL);
  if (original != NULL)
    entry->original = g_file_new_for_uri (original);

  when = json_object_get_string_member_with_default (object, "autosaved", NULL);
  if (when != NULL)
    entry->autosaved = g_date_time_new_from_iso8601 (when, NULL);

  title = json_object_get_string_member_with_default (object, "title", NULL);
  entry->title = g_strdup (title);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  MinutesRecoveryEntry *ea = *(MinutesRecoveryEntry **) a;
  MinutesRecoveryEntry *eb = *(MinutesRecoveryEntry **) b;

  return g_date_time_compare (eb->autosaved, ea->autosaved);
}

/* The recovery copies in dir (NULL for the default), newest first. A folder
 * that does not exist holds none. */
GPtrArray *
minutes_recovery_list (const char  *dir,
                       GError     **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *default_dir = NULL;
  g_autoptr(GDir) folder = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;

  if (dir == NULL)
    dir = default_dir = minutes_recovery_dup_default_dir ();

  folder = g_dir_open (dir, 0, &local_error);
  if (folder == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&entries);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  "Could not read the recovery folder %s: ", dir);
      return NULL;
    }

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      MinutesRecoveryEntry *entry;
      GStatBuf st;

      if (!g_str_has_suffix (name, MINUTES_FILE_EXTENSION))
        continue;

      entry = g_object_new (MINUTES_TYPE_RECOVERY_ENTRY, NULL);
      entry->id = g_strndup (name, strlen (name) - strlen (MINUTES_FILE_EXTENSION));
      entry->path = g_build_filename (dir, name, NULL);
      entry->index_path = g_strdup_printf ("%s/%s.json", dir, entry->id);
      read_index (entry);

      if (entry->autosaved == NULL)
        {
          if (g_stat (entry->path, &st) == 0)
            entry->autosaved = g_date_time_new_from_unix_utc (st.st_mtime);
          else
            entry->autosaved = g_date_time_new_now_utc ();
        }

      g_ptr_array_add (entries, entry);
    }

  g_ptr_array_sort (entries, compare_newest_first);

  return g_steal_pointer (&entries);
}

const char *
minutes_recovery_entry_get_id (MinutesRecoveryEntry *self)
{
  g_return_val_if_fail (MINUTES_IS_RECOVERY_ENTRY (self), NULL);

  return self->id;
}

const char *
minutes_recovery_entry_get_path (MinutesRecoveryEntry *self)
{
  g_return_val_if_fail (MINUTES_IS_RECOVERY_ENTRY (self), NULL);

  return self->path;
}

/* The file the unsaved meeting belonged to, or NULL for a new meeting. */
GFile *
minutes_recovery_entry_get_original (MinutesRecoveryEntry *self)
{
  g_return_val_if_fail (MINUTES_IS_RECOVERY_ENTRY (self), NULL);

  return self->original;
}

GDateTime *
minutes_recovery_entry_get_autosaved (MinutesRecoveryEntry *self)
{
  g_return_val_if_fail (MINUTES_IS_RECOVERY_ENTRY (self), NULL);

  return self->autosaved;
}

/* Committee and date of the meeting when it was autosaved, or NULL. */
const char *
minutes_recovery_entry_get_title (MinutesRecoveryEntry *self)
{
  g_return_val_if_fail (MINUTES_IS_RECOVERY_ENTRY (self), NULL);

  return self->title;
}

MinutesMeeting *
minutes_recovery_entry_load (MinutesRecoveryEntry  *self,
                             GError               **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (MINUTES_IS_RECOVERY_ENTRY (self), NULL);

  file = g_file_new_for_path (self->path);

  return minutes_document_load (file, NULL, error);
}

gboolean
minutes_recovery_entry_discard (MinutesRecoveryEntry  *self,
                                GError               **error)
{
  g_return_val_if_fail (MINUTES_IS_RECOVERY_ENTRY (self), FALSE);

  if (g_unlink (self->path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "Could not remove the recovery file %s: %s",
                   self->path, g_strerror (saved_errno));
      return FALSE;
    }

  g_unlink (self->index_path);

  return TRUE;
}
