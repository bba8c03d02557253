/* fuzz-document.c: libFuzzer target for the .minutes loader
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* Any input either loads (and then must serialize, load again and give the
 * same bytes) or fails with a MinutesDocumentError: never a crash, a leak
 * or a half-loaded meeting. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(MinutesMeeting) meeting = NULL;
  g_autoptr(MinutesMeeting) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;

  meeting = minutes_document_load_bytes (bytes, "fuzz.minutes", &error);
  if (meeting == NULL)
    {
      g_assert_true (error != NULL && error->domain == MINUTES_DOCUMENT_ERROR);
      return 0;
    }

  first = minutes_document_serialize (meeting, &error);
  g_assert_no_error (error);
  again = minutes_document_load_bytes (first, "fuzz.minutes", &error);
  g_assert_no_error (error);
  second = minutes_document_serialize (again, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (first, second));

  /* Whatever loads must also render. */
  {
    g_autoptr(MinutesTemplate) template = minutes_template_lookup (MINUTES_DEFAULT_TEMPLATE, &error);
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    text = minutes_render_text (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_CONFIDENTIAL);
    g_assert_nonnull (text);
  }

  return 0;
}
