/* minutes-cli.c: Minutes from the command line
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "minutes-cli.h"

/* The commands. Each parses its own options from argv[0] on. */
static const struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
} commands[] = {
  { "export", minutes_cli_export },
  { "validate", minutes_cli_validate },
  { "import", minutes_cli_import },
  { "new", minutes_cli_new },
};

int
minutes_cli_fail (const char *format,
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

  return MINUTES_CLI_EXIT_FAILURE;
}

static const char *
summary (void)
{
  return _("Commands:\n"
           "  export     Write the minutes, agenda or decisions of a meeting\n"
           "  validate   Check meetings against their council's template\n"
           "  import     Turn existing minutes (text, web page, web service XML) into a .minutes file\n"
           "  new        Make the next meeting of a committee from this one\n"
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
      return MINUTES_CLI_EXIT_FAILURE;
    }

  g_print ("%s", text);
  return MINUTES_CLI_EXIT_OK;
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
      return MINUTES_CLI_EXIT_OK;
    }

  /* Shift the command away so each command parses its own options. */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (command, commands[i].name))
        return commands[i].run (argc - 1, argv + 1);
    }

  minutes_cli_fail (_("unknown command “%s”"), command);
  print_usage (TRUE);

  return MINUTES_CLI_EXIT_FAILURE;
}
