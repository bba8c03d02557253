/* minutes-cli-new.c: minutes-cli new
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "minutes-cli.h"

static gboolean
parse_iso_date (const char *text,
                GDate      *date)
{
  int year, month, day;
  char end;

  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static int
parse_time (const char *text)
{
  int hour, minute;
  char end;

  if (sscanf (text, "%2d:%2d%c", &hour, &minute, &end) != 2 ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return -1;

  return hour * 60 + minute;
}

int
minutes_cli_new (int    argc,
                 char **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) rest = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from,
      N_("The .minutes file of this meeting"), N_("PREVIOUS") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_("Date of the next meeting"), N_("YYYY-MM-DD") },
    { "time", 0, 0, G_OPTION_ARG_STRING, &time_text,
      N_("Start time (default: the same as this meeting)"), N_("HH:MM") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the new .minutes file to FILE instead of standard output"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— the next meeting of a committee from this one"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(MinutesMeeting) previous = NULL;
  g_autoptr(MinutesMeeting) next = NULL;
  g_autoptr(MinutesTemplate) template = NULL;
  GDate date;
  int start = -1;

  g_set_prgname ("minutes-cli new");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Makes the agenda of the next meeting: same committee, venue, "
                                           "contact, template and membership (attendance reset to "
                                           "expected), item 1 the minutes of this meeting, and this "
                                           "meeting's open actions under matters arising."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return minutes_cli_fail ("%s", error->message);

  if (from == NULL || date_text == NULL || rest != NULL)
    return minutes_cli_fail (_("new needs --from PREVIOUS.minutes and --date YYYY-MM-DD (see minutes-cli new --help)"));

  g_date_clear (&date, 1);
  if (!parse_iso_date (date_text, &date))
    return minutes_cli_fail (_("“%s” is not a date: write it as YYYY-MM-DD"), date_text);

  if (time_text != NULL && (start = parse_time (time_text)) < 0)
    return minutes_cli_fail (_("“%s” is not a time: write it as HH:MM (24-hour)"), time_text);

  file = g_file_new_for_commandline_arg (from);
  previous = minutes_document_load (file, NULL, &error);
  if (previous == NULL)
    return minutes_cli_fail ("%s", error->message);

  template = minutes_template_lookup_for_meeting (previous, &error);
  if (template == NULL)
    return minutes_cli_fail ("%s: %s", from, error->message);

  next = minutes_next_meeting_new (previous, &date, start, template);

  if (output == NULL || g_str_equal (output, "-"))
    {
      g_autoptr(GBytes) bytes = minutes_document_serialize (next, &error);
      gsize size = 0;
      const char *data;

      if (bytes == NULL)
        return minutes_cli_fail ("%s", error->message);
      data = g_bytes_get_data (bytes, &size);
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        return minutes_cli_fail (_("cannot write to standard output"));
      return MINUTES_CLI_EXIT_OK;
    }

  g_clear_object (&file);
  file = g_file_new_for_commandline_arg (output);
  if (!minutes_document_save (next, file, NULL, &error))
    return minutes_cli_fail ("%s: %s", output, error->message);

  return MINUTES_CLI_EXIT_OK;
}
