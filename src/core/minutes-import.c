/* minutes-import.c: reading text of unknown origin safely
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "minutes-import-private.h"
#include "minutes-node-private.h"

/* Larger than the minutes of any real meeting, small enough to refuse
 * a disk image given by mistake before reading it all. */
#define IMPORT_MAX_SIZE (16 * 1024 * 1024)

G_DEFINE_QUARK (minutes-import-error-quark, minutes_import_error)

/* Text saved by Windows tools without a byte order mark: ASCII
 * characters with a zero byte beside each of them. */
static const char *
guess_bomless_utf16 (const guchar *data,
                     gsize         size)
{
  gsize zero_even = 0, zero_odd = 0;

  if (size < 4 || size % 2 != 0)
    return NULL;

  for (gsize i = 0; i < size; i += 2)
    {
      zero_even += data[i] == 0;
      zero_odd += data[i + 1] == 0;
    }

  if (zero_odd * 10 > size / 2 * 8 && zero_even == 0)
    return "UTF-16LE";
  if (zero_even * 10 > size / 2 * 8 && zero_odd == 0)
    return "UTF-16BE";

  return NULL;
}

/* Returns the text as UTF-8 with "\n" line ends. UTF-8 (with or without
 * a byte order mark), UTF-16 (with a byte order mark, or plain ASCII text
 * saved as UTF-16) and Windows-1252 are recognised; anything else is
 * refused with an error naming the file rather than guessed at. */
char *
minutes_import_decode_text (GBytes      *bytes,
                            const char  *display_name,
                            GError     **error)
{
  gsize size = 0;
  const guchar *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = NULL;
  const char *from = NULL;
  GString *out;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (size > IMPORT_MAX_SIZE)
    {
      g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_TOO_LARGE,
                   _("%s is %u MB, far larger than the minutes of any meeting; "
                     "check that this is the right file"),
                   display_name, (guint) (size / (1024 * 1024)));
      return NULL;
    }

  if (size == 0)
    {
      g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_EMPTY,
                   _("%s is empty; there is nothing to import"), display_name);
      return NULL;
    }

  if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    from = "UTF-16LE", data += 2, size -= 2;
  else if (size >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    from = "UTF-16BE", data += 2, size -= 2;
  else if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    data += 3, size -= 3;
  else if (memchr (data, '\0', size) != NULL)
    {
      from = guess_bomless_utf16 (data, size);
      if (from == NULL)
        {
          g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_BINARY,
                       _("%s is not a text file (it contains binary data); "
                         "save the minutes as plain text and import that"),
                       display_name);
          return NULL;
        }
    }

  if (from != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      text = g_convert ((const char *) data, size, "UTF-8", from, NULL, NULL, &local_error);
      if (text == NULL)
        {
          g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_ENCODING,
                       _("%s looks like %s text but cannot be read as such (%s); "
                         "save it again as UTF-8 text"),
                       display_name, from, local_error->message);
          return NULL;
        }
    }
  else if (g_utf8_validate ((const char *) data, size, NULL))
    {
      text = g_strndup ((const char *) data, size);
    }
  else
    {
      /* Windows-1252 leaves five bytes undefined; iconv refuses them, and
       * then the file is in some other encoding we do not guess at. */
      text = g_convert ((const char *) data, size, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
      if (text == NULL)
        {
          g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_ENCODING,
                       _("%s is neither UTF-8, UTF-16 nor Windows-1252 text; "
                         "save it again as UTF-8 text"),
                       display_name);
          return NULL;
        }
    }

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else if (c == '\f' || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, '\n');
      else if (c == 0x00A0 || c == '\v')
        g_string_append_c (out, ' ');
      else if (c == 0xFEFF)
        continue;
      else if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0))
        {
          g_string_free (out, TRUE);
          g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_BINARY,
                       _("%s is not a text file (it contains control codes); "
                         "save the minutes as plain text and import that"),
                       display_name);
          return NULL;
        }
      else
        g_string_append_unichar (out, c);
    }

  if (_minutes_text_is_blank (out->str))
    {
      g_string_free (out, TRUE);
      g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_EMPTY,
                   _("%s is empty; there is nothing to import"), display_name);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

void
_minutes_import_report_reset (MinutesImportReport *report)
{
  GPtrArray *unplaced = report->unplaced;

  *report = (MinutesImportReport) { 0 };
  if (unplaced != NULL)
    g_ptr_array_set_size (unplaced, 0);
  report->unplaced = unplaced;
}

void
_minutes_import_report_unplaced (MinutesImportReport *report,
                                 const char          *line)
{
  report->n_unplaced++;
  if (report->unplaced != NULL)
    g_ptr_array_add (report->unplaced, g_strdup (line));
}
