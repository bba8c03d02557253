/* minutes-cli-export.c: minutes-cli export
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "minutes-cli.h"

static int
write_to_stdout (const char *text)
{
  if (fputs (text, stdout) == EOF || fflush (stdout) != 0)
    return minutes_cli_fail (_("cannot write to standard output"));

  return MINUTES_CLI_EXIT_OK;
}

int
minutes_cli_export (int    argc,
                    char **argv)
{
  g_autofree char *document = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *template_name = NULL;
  g_autofree char *bilingual_name = NULL;
  g_auto(GStrv) files = NULL;
  gboolean confidential = FALSE;
  const GOptionEntry entries[] = {
    { "document", 'd', 0, G_OPTION_ARG_STRING, &document,
      N_("Which document: minutes (the default), agenda or decisions"), N_("DOCUMENT") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text, html, odt or pdf (by default from the output file's extension, else text)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_name,
      N_("Use this template (a name or a file) instead of the meeting's own"), N_("TEMPLATE") },
    { "bilingual", 'b', 0, G_OPTION_ARG_STRING, &bilingual_name,
      N_("Print every section a second time in the language of this template (a name or a file), "
         "after the first: e.g. -t select-committee-cy -b select-committee"), N_("TEMPLATE") },
    { "confidential", 0, 0, G_OPTION_ARG_NONE, &confidential,
      N_("Include exempt items in full (the private version)"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — write a meeting's document"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(MinutesMeeting) meeting = NULL;
  g_autoptr(MinutesTemplate) template = NULL;
  g_autoptr(MinutesTemplate) second = NULL;
  MinutesTemplate *templates[2];
  guint n_templates = 1;
  g_autofree char *text = NULL;
  MinutesDocumentKind kind = MINUTES_DOCUMENT_KIND_MINUTES;
  MinutesExportFormat export_format = MINUTES_EXPORT_FORMAT_TEXT;
  MinutesRenderFlags flags;
  gboolean to_stdout;
  int status;

  g_set_prgname ("minutes-cli export");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Writes the minutes, agenda or decisions of a .minutes file "
                                           "in the wording of its template."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return minutes_cli_fail ("%s", error->message);

  if (files == NULL || g_strv_length (files) != 1)
    return minutes_cli_fail (_("export needs exactly one .minutes file (see minutes-cli export --help)"));

  if (document != NULL && !minutes_document_kind_from_nick (document, &kind))
    return minutes_cli_fail (_("unknown document “%s”: use minutes, agenda or decisions"), document);

  /* The format from -o's extension when not given; text otherwise. */
  if (format != NULL)
    {
      if (!minutes_export_format_from_nick (format, &export_format))
        return minutes_cli_fail (_("unknown format “%s”: use text, html, odt or pdf"), format);
    }
  else if (!minutes_export_format_for_filename (output, &export_format))
    export_format = MINUTES_EXPORT_FORMAT_TEXT;

  to_stdout = output == NULL || g_str_equal (output, "-");

  /* A package or a paged document is not something to pipe: it needs a
   * file. */
  if (minutes_export_format_needs_file (export_format) && to_stdout)
    return minutes_cli_fail (_("%s needs an output file: add -o NAME.%s"),
                             minutes_export_format_get_nick (export_format),
                             minutes_export_format_get_extension (export_format));

  file = g_file_new_for_commandline_arg (files[0]);
  meeting = minutes_document_load (file, NULL, &error);
  if (meeting == NULL)
    return minutes_cli_fail ("%s", error->message);

  if (template_name != NULL)
    template = minutes_template_lookup (template_name, &error);
  else
    template = minutes_template_lookup_for_meeting (meeting, &error);
  if (template == NULL)
    return minutes_cli_fail ("%s: %s", files[0], error->message);
  templates[0] = template;

  if (bilingual_name != NULL)
    {
      second = minutes_template_lookup (bilingual_name, &error);
      if (second == NULL)
        return minutes_cli_fail ("%s: %s", bilingual_name, error->message);
      if (g_ascii_strcasecmp (minutes_template_get_language (template),
                              minutes_template_get_language (second)) == 0)
        return minutes_cli_fail (_("--bilingual needs a template in another language: "
                                   "“%s” and “%s” are both in “%s”"),
                                 minutes_template_get_id (template), minutes_template_get_id (second),
                                 minutes_template_get_language (template));
      templates[n_templates++] = second;
    }

  flags = confidential ? MINUTES_RENDER_CONFIDENTIAL : MINUTES_RENDER_DEFAULT;
  if (to_stdout)
    {
      /* Text and HTML to standard output. */
      if (export_format == MINUTES_EXPORT_FORMAT_HTML)
        {
          g_autoptr(MinutesHtmlBackend) backend = minutes_html_backend_new ();

          minutes_render_languages (meeting, templates, n_templates, kind, flags, MINUTES_BACKEND (backend));
          text = minutes_html_backend_dup_html (backend);
        }
      else
        {
          g_autoptr(MinutesTextBackend) backend = minutes_text_backend_new ();

          minutes_render_languages (meeting, templates, n_templates, kind, flags, MINUTES_BACKEND (backend));
          text = g_strdup (minutes_text_backend_get_text (backend));
        }

      status = write_to_stdout (text);
    }
  else
    {
      g_autoptr(GFile) output_file = g_file_new_for_commandline_arg (output);


      status = MINUTES_CLI_EXIT_OK;
      if (!minutes_export_languages_to_file (meeting, templates, n_templates, kind, export_format,
                                             flags, output_file, NULL, &error))
        status = minutes_cli_fail ("%s", error->message);
    }

  /* Clerks publish drafts: the export is written whatever the checks find,
   * and what they find is told afterwards on stderr. */
  if (status == MINUTES_CLI_EXIT_OK)
    minutes_cli_print_problems (stderr, files[0], meeting, template);

  return status;
}

