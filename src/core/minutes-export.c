/* minutes-export.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "minutes-enum-types.h"
#include "minutes-export.h"
#include "minutes-html-backend.h"
#include "minutes-pango-backend.h"
#include "minutes-text-backend.h"

/* Exporting a document to a file, for the CLI and the app alike: the one
 * table of formats, the rule that picks a format from a file name, and
 * the render-then-write path.
 *
 * Rendering walks the meeting, so it runs on the caller's thread (the
 * model belongs to the main thread); what comes after — laying out and
 * paginating the PDF, zipping the ODT, writing the file — works on the
 * back end's own copy and runs in a worker thread in the async variant. */

static const struct
{
  const char *nick;
  const char *extension;
  const char *mime_type;
  const char *name;
} formats[MINUTES_EXPORT_N_FORMATS] = {
  [MINUTES_EXPORT_FORMAT_TEXT] = { "text", "txt", "text/plain", N_("Plain Text") },
  [MINUTES_EXPORT_FORMAT_HTML] = { "html", "html", "text/html", N_("Web Page (HTML)") },
  [MINUTES_EXPORT_FORMAT_ODT] = { "odt", "odt", "application/vnd.oasis.opendocument.text", N_("OpenDocument Text (ODT)") },
  [MINUTES_EXPORT_FORMAT_PDF] = { "pdf", "pdf", "application/pdf", N_("PDF") },
};

const char *
minutes_export_format_get_nick (MinutesExportFormat format)
{
  g_return_val_if_fail (format < MINUTES_EXPORT_N_FORMATS, NULL);

  return formats[format].nick;
}

/* The file name extension, without the dot. */
const char *
minutes_export_format_get_extension (MinutesExportFormat format)
{
  g_return_val_if_fail (format < MINUTES_EXPORT_N_FORMATS, NULL);

  return formats[format].extension;
}

const char *
minutes_export_format_get_mime_type (MinutesExportFormat format)
{
  g_return_val_if_fail (format < MINUTES_EXPORT_N_FORMATS, NULL);

  return formats[format].mime_type;
}

/* The translated name shown to people. */
const char *
minutes_export_format_get_name (MinutesExportFormat format)
{
  g_return_val_if_fail (format < MINUTES_EXPORT_N_FORMATS, NULL);

  return _(formats[format].name);
}

gboolean
minutes_export_format_from_nick (const char          *nick,
                                 MinutesExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; nick != NULL && i < G_N_ELEMENTS (formats); i++)
    {
      if (g_str_equal (formats[i].nick, nick))
        {
          *format = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The format a file name asks for by its extension (any case; ".htm" is
 * HTML too), or FALSE when the extension names none. */
gboolean
minutes_export_format_for_filename (const char          *filename,
                                    MinutesExportFormat *format)
{
  g_autofree char *lower = NULL;
  const char *dot;

  g_return_val_if_fail (format != NULL, FALSE);

  if (filename == NULL)
    return FALSE;

  lower = g_ascii_strdown (filename, -1);
  dot = strrchr (lower, '.');
  if (dot == NULL || strchr (dot, '/') != NULL)
    return FALSE;
  dot++;

  if (g_str_equal (dot, "htm"))
    {
      *format = MINUTES_EXPORT_FORMAT_HTML;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_str_equal (formats[i].extension, dot))
        {
          *format = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Packages and pages are files, not something to pipe. */
gboolean
minutes_export_format_needs_file (MinutesExportFormat format)
{
  return format == MINUTES_EXPORT_FORMAT_ODT || format == MINUTES_EXPORT_FORMAT_PDF;
}

const char *
minutes_document_kind_get_nick (MinutesDocumentKind kind)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (MINUTES_TYPE_DOCUMENT_KIND);
  GEnumValue *value = g_enum_get_value (enum_class, kind);

  /* Enum value nicks are static strings. */
  return value != NULL ? value->value_nick : NULL;
}

gboolean
minutes_document_kind_from_nick (const char          *nick,
                                 MinutesDocumentKind *kind)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (MINUTES_TYPE_DOCUMENT_KIND);
  GEnumValue *value;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  value = g_enum_get_value_by_nick (enum_class, nick);
  if (value == NULL)
    return FALSE;

  *kind = value->value;
  return TRUE;
}

/* "2024-01-16 Safer Stronger Communities Select Committee - minutes.odt":
 * sorts by date in a folder, and says what it is. Characters that file
 * systems refuse (/ \ : * ? " < > |, controls) become spaces. */
char *
minutes_export_suggest_filename (MinutesMeeting      *meeting,
                                 MinutesDocumentKind  kind,
                                 MinutesExportFormat  format)
{
  const GDate *date;
  const char *committee;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *valid = NULL;
  g_autofree char *collapsed = NULL;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (format < MINUTES_EXPORT_N_FORMATS, NULL);

  date = minutes_meeting_get_date (meeting);
  if (date != NULL && g_date_valid (date))
    g_string_append_printf (name, "%04u-%02u-%02u ", g_date_get_year (date),
                            g_date_get_month (date), g_date_get_day (date));

  committee = minutes_meeting_get_committee (meeting);
  valid = g_utf8_make_valid (committee != NULL ? committee : "", -1);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || strchr ("/\\:*?\"<>|", (int) c) != NULL)
        g_string_append_c (name, ' ');
      else
        g_string_append_unichar (name, c);
    }

  /* Fold runs of spaces left by refused characters. */
  collapsed = g_strstrip (g_string_free (g_steal_pointer (&name), FALSE));
  name = g_string_new (NULL);
  for (const char *p = collapsed; *p != '\0'; p++)
    {
      if (*p == ' ' && name->len > 0 && name->str[name->len - 1] == ' ')
        continue;
      g_string_append_c (name, *p);
    }
  /* Nor does a trailing dot or space (Windows drops them). */
  while (name->len > 0 && (name->str[name->len - 1] == '.' || name->str[name->len - 1] == ' '))
    g_string_truncate (name, name->len - 1);

  if (name->len > 0)
    g_string_append (name, " - ");
  g_string_append_printf (name, "%s.%s", minutes_document_kind_get_nick (kind),
                          minutes_export_format_get_extension (format));

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* What rendering produced, ready to be written by any thread. */
typedef struct
{
  MinutesExportFormat  format;
  char                *text;    /* text and HTML */
  MinutesBackend      *backend; /* ODT and PDF */
  GFile               *out;
} Payload;

static void
payload_free (gpointer data)
{
  Payload *payload = data;

  g_free (payload->text);
  g_clear_object (&payload->backend);
  g_clear_object (&payload->out);
  g_free (payload);
}

static Payload *
render_payload (MinutesMeeting      *meeting,
                MinutesTemplate    **templates,
                guint                n_templates,
                MinutesDocumentKind  kind,
                MinutesExportFormat  format,
                MinutesRenderFlags   flags,
                GFile               *out)
{
  Payload *payload = g_new0 (Payload, 1);

  payload->format = format;
  payload->out = g_object_ref (out);

  switch (format)
    {
    case MINUTES_EXPORT_FORMAT_HTML:
      {
        g_autoptr(MinutesHtmlBackend) backend = minutes_html_backend_new ();

        minutes_render_languages (meeting, templates, n_templates, kind, flags, MINUTES_BACKEND (backend));
        payload->text = minutes_html_backend_dup_html (backend);
      }
      break;

    case MINUTES_EXPORT_FORMAT_ODT:
      payload->backend = MINUTES_BACKEND (minutes_odt_backend_new ());
      minutes_render_languages (meeting, templates, n_templates, kind, flags, payload->backend);
      break;

    case MINUTES_EXPORT_FORMAT_PDF:
      payload->backend = MINUTES_BACKEND (minutes_pango_backend_new ());
      minutes_render_languages (meeting, templates, n_templates, kind, flags, payload->backend);
      break;

    case MINUTES_EXPORT_FORMAT_TEXT:
    default:
      {
        g_autoptr(MinutesTextBackend) backend = minutes_text_backend_new ();

        minutes_render_languages (meeting, templates, n_templates, kind, flags, MINUTES_BACKEND (backend));
        payload->text = g_strdup (minutes_text_backend_get_text (backend));
      }
      break;
    }

  return payload;
}

static char *
dup_display_name (GFile *file)
{
  char *path = g_file_get_path (file);

  return path != NULL ? path : g_file_get_parse_name (file);
}

static gboolean
write_pdf (MinutesPangoBackend  *backend,
           GFile                *out,
           GCancellable         *cancellable,
           GError              **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;

  stream = g_file_replace (out, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (!minutes_pango_backend_write_pdf (backend, G_OUTPUT_STREAM (stream), cancellable, error))
    {
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      /* Closing with a cancelled cancellable drops the half-written copy
       * and leaves any earlier file as it was. */
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

static gboolean
write_payload (Payload       *payload,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *display_name = dup_display_name (payload->out);
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  switch (payload->format)
    {
    case MINUTES_EXPORT_FORMAT_ODT:
      {
        g_autofree char *path = g_file_get_path (payload->out);

        if (path == NULL)
          {
            g_set_error (error, MINUTES_EXPORT_ERROR, MINUTES_EXPORT_ERROR_WRITE,
                         _("%s: an ODT package can only be written to a local file"), display_name);
            return FALSE;
          }
        /* Its errors name the file already. */
        return minutes_odt_backend_save (MINUTES_ODT_BACKEND (payload->backend), path, error);
      }

    case MINUTES_EXPORT_FORMAT_PDF:
      ok = write_pdf (MINUTES_PANGO_BACKEND (payload->backend), payload->out, cancellable, &local_error);
      break;

    case MINUTES_EXPORT_FORMAT_TEXT:
    case MINUTES_EXPORT_FORMAT_HTML:
    default:
      ok = g_file_replace_contents (payload->out, payload->text, strlen (payload->text), NULL, FALSE,
                                    G_FILE_CREATE_NONE, NULL, cancellable, &local_error);
      break;
    }

  if (!ok)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, MINUTES_EXPORT_ERROR, MINUTES_EXPORT_ERROR_WRITE,
                     "%s: %s", display_name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Renders document KIND of MEETING in FORMAT, section by section in the
 * language of each of TEMPLATES (one template: a one-language document),
 * and writes it to OUT (replacing it). Errors are
 * MINUTES_EXPORT_ERROR_WRITE naming the file, or G_IO_ERROR_CANCELLED. */
gboolean
minutes_export_languages_to_file (MinutesMeeting       *meeting,
                                  MinutesTemplate     **templates,
                                  guint                 n_templates,
                                  MinutesDocumentKind   kind,
                                  MinutesExportFormat   format,
                                  MinutesRenderFlags    flags,
                                  GFile                *out,
                                  GCancellable         *cancellable,
                                  GError              **error)
{
  Payload *payload;
  gboolean ok;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (templates != NULL && n_templates > 0, FALSE);
  g_return_val_if_fail (format < MINUTES_EXPORT_N_FORMATS, FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);

  payload = render_payload (meeting, templates, n_templates, kind, format, flags, out);
  ok = write_payload (payload, cancellable, error);
  payload_free (payload);

  return ok;
}

gboolean
minutes_export_to_file (MinutesMeeting       *meeting,
                        MinutesTemplate      *template,
                        MinutesDocumentKind   kind,
                        MinutesExportFormat   format,
                        MinutesRenderFlags    flags,
                        GFile                *out,
                        GCancellable         *cancellable,
                        GError              **error)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (template), FALSE);

  return minutes_export_languages_to_file (meeting, &template, 1, kind, format, flags,
                                           out, cancellable, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_payload (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* As minutes_export_languages_to_file(), but only the rendering (a walk over the
 * model) happens now, on the calling thread; pagination, packaging and
 * writing run in a worker thread. */
void
minutes_export_to_file_async (MinutesMeeting      *meeting,
                              MinutesTemplate    **templates,
                              guint                n_templates,
                              MinutesDocumentKind  kind,
                              MinutesExportFormat  format,
                              MinutesRenderFlags   flags,
                              GFile               *out,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MINUTES_IS_MEETING (meeting));
  g_return_if_fail (templates != NULL && n_templates > 0);
  g_return_if_fail (format < MINUTES_EXPORT_N_FORMATS);
  g_return_if_fail (G_IS_FILE (out));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, minutes_export_to_file_async);
  g_task_set_task_data (task, render_payload (meeting, templates, n_templates, kind, format, flags, out),
                        payload_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
minutes_export_to_file_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
