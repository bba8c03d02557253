/* fuzz-import.c: libFuzzer target for the importers
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* Whatever an importer makes of any input is a valid .minutes file (it
 * serializes, loads back and renders), or the importer refuses the input
 * with a MinutesImportError: never a crash, a leak or a file the loader
 * would reject. */
static void
check (MinutesMeeting  *meeting,
       GError          *error,
       MinutesTemplate *template)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MinutesMeeting) again = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  if (meeting == NULL)
    {
      g_assert_true (error != NULL && error->domain == MINUTES_IMPORT_ERROR);
      return;
    }

  bytes = minutes_document_serialize (meeting, &local_error);
  g_assert_no_error (local_error);
  again = minutes_document_load_bytes (bytes, "fuzz.minutes", &local_error);
  g_assert_no_error (local_error);
  text = minutes_render_text (again, template, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_CONFIDENTIAL);
  g_assert_nonnull (text);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesTemplate) template = minutes_template_lookup (MINUTES_DEFAULT_TEMPLATE, &error);
  MinutesImportReport report = { 0 };

  g_assert_no_error (error);

  {
    g_autoptr(GError) text_error = NULL;
    g_autoptr(MinutesMeeting) meeting = minutes_import_text (bytes, "fuzz.txt", template, &report, &text_error);

    check (meeting, text_error, template);
  }
  {
    g_autoptr(GError) page_error = NULL;
    g_autoptr(MinutesMeeting) meeting = minutes_import_web_page (bytes, "fuzz.html", template, &report, &page_error);

    check (meeting, page_error, template);
  }
  {
    g_autoptr(GError) service_error = NULL;
    g_autoptr(MinutesMeeting) meeting = minutes_import_web_service (bytes, "fuzz.xml", template, &report, &service_error);

    check (meeting, service_error, template);
  }

  return 0;
}
