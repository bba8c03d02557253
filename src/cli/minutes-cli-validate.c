/* minutes-cli-validate.c: minutes-cli validate
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "minutes-cli.h"

static const char *
severity_name (MinutesSeverity severity)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (MINUTES_TYPE_SEVERITY);

  return g_enum_get_value (enum_class, severity)->value_nick;
}

static MinutesValidator *
validate_meeting (MinutesMeeting  *meeting,
                  MinutesTemplate *template)
{
  MinutesValidator *validator = minutes_validator_new (template);

  minutes_validator_set_meeting (validator, meeting);

  return validator;
}

/* "FILE:LOCATION: severity: message [rule-id]", one line per problem, the
 * way compilers report, so editors and scripts can read it. Returns the
 * number of errors. */
guint
minutes_cli_print_problems (FILE            *stream,
                            const char      *file_name,
                            MinutesMeeting  *meeting,
                            MinutesTemplate *template)
{
  g_autoptr(MinutesValidator) validator = validate_meeting (meeting, template);
  GListModel *problems = G_LIST_MODEL (validator);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(MinutesProblem) problem = g_list_model_get_item (problems, i);

      fprintf (stream, "%s:%s: %s: %s [%s]\n",
               file_name,
               minutes_problem_get_location (problem),
               severity_name (minutes_problem_get_severity (problem)),
               minutes_problem_get_message (problem),
               minutes_problem_get_rule_id (problem));
    }

  return minutes_validator_get_n_errors (validator);
}

static guint
add_json_problems (JsonBuilder     *builder,
                   const char      *file_name,
                   MinutesMeeting  *meeting,
                   MinutesTemplate *template)
{
  g_autoptr(MinutesValidator) validator = validate_meeting (meeting, template);
  GListModel *problems = G_LIST_MODEL (validator);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(MinutesProblem) problem = g_list_model_get_item (problems, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, file_name);
      json_builder_set_member_name (builder, "location");
      json_builder_add_string_value (builder, minutes_problem_get_location (problem));
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, severity_name (minutes_problem_get_severity (problem)));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, minutes_problem_get_message (problem));
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, minutes_problem_get_rule_id (problem));
      json_builder_set_member_name (builder, "property");
      if (minutes_problem_get_property_name (problem) != NULL)
        json_builder_add_string_value (builder, minutes_problem_get_property_name (problem));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "fix");
      if (minutes_problem_has_fix (problem))
        json_builder_add_string_value (builder, minutes_problem_get_fix_label (problem));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }

  return minutes_validator_get_n_errors (validator);
}

int
minutes_cli_validate (int    argc,
                      char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *template_name = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_name,
      N_("Check against this template (a name or a file) instead of each meeting's own"), N_("TEMPLATE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (the default; one line per problem) or json (one array)"), N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — check meetings against their template"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesTemplate) given_template = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  gboolean json;
  gboolean unreadable = FALSE;
  guint n_errors = 0;

  g_set_prgname ("minutes-cli validate");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Checks .minutes files against their council's template and prints "
                                  "each problem as FILE:LOCATION: severity: message [rule-id].\n\n"
                                  "Exit status: 0 when there are no errors (warnings and hints are "
                                  "allowed), 1 when there are errors, 2 when a file cannot be read."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return minutes_cli_fail ("%s", error->message);

  if (files == NULL || files[0] == NULL)
    return minutes_cli_fail (_("validate needs at least one .minutes file (see minutes-cli validate --help)"));

  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return minutes_cli_fail (_("unknown format “%s”: use text or json"), format);
  json = g_strcmp0 (format, "json") == 0;

  if (template_name != NULL)
    {
      given_template = minutes_template_lookup (template_name, &error);
      if (given_template == NULL)
        return minutes_cli_fail ("%s", error->message);
    }

  if (json)
    {
      builder = json_builder_new ();
      json_builder_begin_array (builder);
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(MinutesMeeting) meeting = NULL;
      g_autoptr(MinutesTemplate) template = NULL;
      g_autoptr(GError) local_error = NULL;

      meeting = minutes_document_load (file, NULL, &local_error);
      if (meeting == NULL)
        {
          minutes_cli_fail ("%s", local_error->message);
          unreadable = TRUE;
          continue;
        }

      if (given_template != NULL)
        template = g_object_ref (given_template);
      else
        template = minutes_template_lookup_for_meeting (meeting, &local_error);
      if (template == NULL)
        {
          minutes_cli_fail ("%s: %s", files[i], local_error->message);
          unreadable = TRUE;
          continue;
        }

      if (json)
        n_errors += add_json_problems (builder, files[i], meeting, template);
      else
        n_errors += minutes_cli_print_problems (stdout, files[i], meeting, template);
    }

  if (json)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      if (fputs (text, stdout) == EOF || fputc ('\n', stdout) == EOF)
        return minutes_cli_fail (_("cannot write to standard output"));
    }

  if (fflush (stdout) != 0)
    return minutes_cli_fail (_("cannot write to standard output"));

  if (unreadable)
    return MINUTES_CLI_EXIT_FAILURE;

  return n_errors > 0 ? MINUTES_CLI_EXIT_PROBLEMS : MINUTES_CLI_EXIT_OK;
}
