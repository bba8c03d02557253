/* minutes-cli-import.c: minutes-cli import
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "minutes-cli.h"

static int
write_meeting (MinutesMeeting *meeting,
               const char     *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;

  if (output == NULL || g_str_equal (output, "-"))
    {
      gsize size = 0;
      const char *data;

      bytes = minutes_document_serialize (meeting, &error);
      if (bytes == NULL)
        return minutes_cli_fail ("%s", error->message);
      data = g_bytes_get_data (bytes, &size);
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        return minutes_cli_fail (_("cannot write to standard output"));
      return MINUTES_CLI_EXIT_OK;
    }

  file = g_file_new_for_commandline_arg (output);
  if (!minutes_document_save (meeting, file, NULL, &error))
    return minutes_cli_fail ("%s: %s", output, error->message);

  return MINUTES_CLI_EXIT_OK;
}

int
minutes_cli_import (int    argc,
                    char **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *output = NULL;
  g_autofree char *template_name = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("What the file is: text (minutes as plain text, or a meeting page copied from "
         "the committee web site; the default) or moderngov-html (the web site's "
         "“Agenda, decisions and minutes” page saved as HTML) or moderngov-xml (its web "
         "service's GetMeeting response)"), N_("KIND") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the .minutes file to FILE instead of standard output"), N_("FILE") },
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_name,
      N_("Read the text with this template's words (a name or a file)"), N_("TEMPLATE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — make a .minutes file from existing minutes"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(MinutesTemplate) template = NULL;
  g_autoptr(MinutesMeeting) meeting = NULL;
  MinutesImportReport report = { 0 };
  int status;

  g_set_prgname ("minutes-cli import");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Reads minutes written as plain text in the standard template's "
                                           "layout (or a close variant) and writes them as a .minutes file. "
                                           "Lines that fit no part of the minutes are kept as narrative "
                                           "text where they appeared and counted on standard error."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return minutes_cli_fail ("%s", error->message);

  if (files == NULL || g_strv_length (files) != 1)
    return minutes_cli_fail (_("import needs exactly one file (see minutes-cli import --help)"));

  if (from != NULL && !g_str_equal (from, "text") && !g_str_equal (from, "moderngov-html") &&
      !g_str_equal (from, "moderngov-xml"))
    return minutes_cli_fail (_("unknown kind of file “%s”: use text, moderngov-html or moderngov-xml"), from);

  template = minutes_template_lookup (template_name != NULL ? template_name : MINUTES_DEFAULT_TEMPLATE, &error);
  if (template == NULL)
    return minutes_cli_fail ("%s", error->message);

  file = g_file_new_for_commandline_arg (files[0]);
  if (from != NULL && g_str_has_prefix (from, "moderngov-"))
    {
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);

      if (bytes == NULL)
        return minutes_cli_fail ("%s: %s", files[0], error->message);
      if (g_str_equal (from, "moderngov-xml"))
        meeting = minutes_import_web_service (bytes, files[0], template, &report, &error);
      else
        meeting = minutes_import_web_page (bytes, files[0], template, &report, &error);
    }
  else
    meeting = minutes_import_text_file (file, template, &report, NULL, &error);
  if (meeting == NULL)
    return minutes_cli_fail ("%s", error->message);

  status = write_meeting (meeting, output);
  if (status != MINUTES_CLI_EXIT_OK)
    return status;

  if (report.n_unplaced > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "minutes-cli: %s: %u line could not be placed and was kept as narrative text\n",
                             "minutes-cli: %s: %u lines could not be placed and were kept as narrative text\n",
                             report.n_unplaced),
                files[0], report.n_unplaced);
  if (report.n_noise > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "minutes-cli: %s: %u page number left out\n",
                             "minutes-cli: %s: %u page numbers left out\n",
                             report.n_noise),
                files[0], report.n_noise);

  return MINUTES_CLI_EXIT_OK;
}
