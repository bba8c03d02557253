/* minutes-cli-export.c: minutes-cli export
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "minutes-cli.h"

static gboolean
parse_document_kind (const char           *name,
                     MinutesDocumentKind  *kind)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (MINUTES_TYPE_DOCUMENT_KIND);
  GEnumValue *value = g_enum_get_value_by_nick (enum_class, name);

  if (value == NULL)
    return FALSE;

  *kind = value->value;
  return TRUE;
}

/* The formats this build can write, and how -o's extension picks one. */
static const struct
{
  const char *name;
  const char *extension;
} formats[] = {
  { "text", ".txt" },
  { "html", ".html" },
  { "html", ".htm" },
  { "odt", ".odt" },
};

static const char *
format_for_output (const char *output)
{
  for (guint i = 0; output != NULL && i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *lower = g_ascii_strdown (output, -1);

      if (g_str_has_suffix (lower, formats[i].extension))
        return formats[i].name;
    }

  return "text";
}

static gboolean
is_known_format (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_str_equal (formats[i].name, name))
        return TRUE;
    }

  return FALSE;
}

static int
write_output (const char *output,
              const char *text)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (output == NULL || g_str_equal (output, "-"))
    {
      if (fputs (text, stdout) == EOF || fflush (stdout) != 0)
        return minutes_cli_fail (_("cannot write to standard output"));
      return MINUTES_CLI_EXIT_OK;
    }

  file = g_file_new_for_commandline_arg (output);
  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                G_FILE_CREATE_NONE, NULL, NULL, &error))
    return minutes_cli_fail ("%s: %s", output, error->message);

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
      N_("Output format: text, html or odt (by default from the output file's extension, else text)"), N_("FORMAT") },
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
  MinutesRenderFlags flags;
  int status;

  g_set_prgname ("minutes-cli export");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Writes the minutes, agenda or decisions of a .minutes file "
                                           "in the wording of its template."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return minutes_cli_fail ("%s", error->message);

  if (files == NULL || g_strv_length (files) != 1)
    return minutes_cli_fail (_("export needs exactly one .minutes file (see minutes-cli export --help)"));

  if (document != NULL && !parse_document_kind (document, &kind))
    return minutes_cli_fail (_("unknown document “%s”: use minutes, agenda or decisions"), document);

  if (format == NULL)
    format = g_strdup (format_for_output (output));
  if (!is_known_format (format))
    return minutes_cli_fail (_("unknown format “%s”: use text, html or odt"), format);

  /* A package is not something to pipe: it needs a file. */
  if (g_str_equal (format, "odt") && (output == NULL || g_str_equal (output, "-")))
    return minutes_cli_fail (_("odt needs an output file: add -o NAME.odt"));

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
  if (g_str_equal (format, "html"))
    {
      g_autoptr(MinutesHtmlBackend) backend = minutes_html_backend_new ();

      minutes_render_languages (meeting, templates, n_templates, kind, flags, MINUTES_BACKEND (backend));
      text = minutes_html_backend_dup_html (backend);
    }
  else if (g_str_equal (format, "odt"))
    {
      g_autoptr(MinutesOdtBackend) backend = minutes_odt_backend_new ();
      g_autoptr(GFile) output_file = g_file_new_for_commandline_arg (output);
      g_autofree char *output_path = g_file_get_path (output_file);

      if (output_path == NULL)
        return minutes_cli_fail (_("%s: odt can only be written to a local file"), output);

      minutes_render_languages (meeting, templates, n_templates, kind, flags, MINUTES_BACKEND (backend));
      if (!minutes_odt_backend_save (backend, output_path, &error))
        return minutes_cli_fail ("%s", error->message);
    }
  else
    {
      g_autoptr(MinutesTextBackend) backend = minutes_text_backend_new ();

      minutes_render_languages (meeting, templates, n_templates, kind, flags, MINUTES_BACKEND (backend));
      text = g_strdup (minutes_text_backend_get_text (backend));
    }

  status = text != NULL ? write_output (output, text) : MINUTES_CLI_EXIT_OK;

  /* Clerks publish drafts: the export is written whatever the checks find,
   * and what they find is told afterwards on stderr. */
  if (status == MINUTES_CLI_EXIT_OK)
    minutes_cli_print_problems (stderr, files[0], meeting, template);

  return status;
}

