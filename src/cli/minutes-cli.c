/* minutes-cli.c: Minutes from the command line
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "minutes-core.h"

/* Exit codes, documented in the README and --help. */
enum
{
  EXIT_OK = 0,
  EXIT_FAILURE_INPUT = 2,
};

static int G_GNUC_PRINTF (1, 2)
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* One line, so that scripts checking many files can grep it. */
  g_strdelimit (message, "\n", ' ');
  g_printerr ("minutes-cli: %s\n", message);

  return EXIT_FAILURE_INPUT;
}

static const char *
summary (void)
{
  return _("Commands:\n"
           "  export     Write the minutes, agenda or decisions of a meeting\n"
           "\n"
           "Exit status: 0 on success, 2 when a file cannot be read or written\n"
           "or the command line is wrong.\n"
           "\n"
           "Run “minutes-cli COMMAND --help” for the options of a command.");
}

static int
print_usage (gboolean to_stderr)
{
  g_autofree char *text = g_strdup_printf ("%s\n  minutes-cli COMMAND [OPTION…] FILE\n\n%s\n",
                                           _("Usage:"), summary ());

  if (to_stderr)
    {
      g_printerr ("%s", text);
      return EXIT_FAILURE_INPUT;
    }

  g_print ("%s", text);
  return EXIT_OK;
}

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
};

static const char *
format_for_output (const char *output)
{
  for (guint i = 0; output != NULL && i < G_N_ELEMENTS (formats); i++)
    {
      if (g_str_has_suffix (output, formats[i].extension))
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
        return fail (_("cannot write to standard output"));
      return EXIT_OK;
    }

  file = g_file_new_for_commandline_arg (output);
  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                G_FILE_CREATE_NONE, NULL, NULL, &error))
    return fail ("%s: %s", output, error->message);

  return EXIT_OK;
}

static int
run_export (int    argc,
            char **argv)
{
  g_autofree char *document = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *template_name = NULL;
  g_auto(GStrv) files = NULL;
  gboolean confidential = FALSE;
  const GOptionEntry entries[] = {
    { "document", 'd', 0, G_OPTION_ARG_STRING, &document,
      N_("Which document: minutes (the default), agenda or decisions"), N_("DOCUMENT") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (the default, or from the output file's extension)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_name,
      N_("Use this template (a name or a file) instead of the meeting's own"), N_("TEMPLATE") },
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
  g_autofree char *text = NULL;
  MinutesDocumentKind kind = MINUTES_DOCUMENT_KIND_MINUTES;

  g_set_prgname ("minutes-cli export");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Writes the minutes, agenda or decisions of a .minutes file "
                                           "in the wording of its template."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail ("%s", error->message);

  if (files == NULL || g_strv_length (files) != 1)
    return fail (_("export needs exactly one .minutes file (see minutes-cli export --help)"));

  if (document != NULL && !parse_document_kind (document, &kind))
    return fail (_("unknown document “%s”: use minutes, agenda or decisions"), document);

  if (format == NULL)
    format = g_strdup (format_for_output (output));
  if (!is_known_format (format))
    return fail (_("unknown format “%s”: this version writes text"), format);

  file = g_file_new_for_commandline_arg (files[0]);
  meeting = minutes_document_load (file, NULL, &error);
  if (meeting == NULL)
    return fail ("%s", error->message);

  if (template_name != NULL)
    template = minutes_template_lookup (template_name, &error);
  else
    template = minutes_template_lookup_for_meeting (meeting, &error);
  if (template == NULL)
    return fail ("%s: %s", files[0], error->message);

  text = minutes_render_text (meeting, template, kind,
                              confidential ? MINUTES_RENDER_CONFIDENTIAL : MINUTES_RENDER_DEFAULT);

  return write_output (output, text);
}

int
main (int    argc,
      char **argv)
{
  const char *command;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("minutes-cli");

  if (argc < 2)
    return print_usage (TRUE);

  command = argv[1];
  if (g_str_equal (command, "--help") || g_str_equal (command, "-h") || g_str_equal (command, "help"))
    return print_usage (FALSE);

  if (g_str_equal (command, "--version"))
    {
      g_print ("minutes-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  /* Shift the command away so each command parses its own options. */
  if (g_str_equal (command, "export"))
    return run_export (argc - 1, argv + 1);

  fail (_("unknown command “%s”"), command);
  print_usage (TRUE);

  return EXIT_FAILURE_INPUT;
}
