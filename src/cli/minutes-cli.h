/* minutes-cli.h: what the commands of minutes-cli share
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>

#include "minutes-core.h"

G_BEGIN_DECLS

/* Exit codes, documented in the README and in --help. */
#define MINUTES_CLI_EXIT_OK      0
#define MINUTES_CLI_EXIT_PROBLEMS 1  /* validate: the meeting has errors */
#define MINUTES_CLI_EXIT_FAILURE 2   /* unreadable input, unwritable output, bad usage */

/* Prints "minutes-cli: MESSAGE" as one line on stderr; returns the failure code. */
int minutes_cli_fail   (const char  *format,
                        ...) G_GNUC_PRINTF (1, 2);

int minutes_cli_export (int          argc,
                        char       **argv);
int minutes_cli_import (int          argc,
                        char       **argv);
int minutes_cli_new    (int          argc,
                        char       **argv);

int minutes_cli_validate (int          argc,
                          char       **argv);

guint minutes_cli_print_problems (FILE            *stream,
                                  const char      *file_name,
                                  MinutesMeeting  *meeting,
                                  MinutesTemplate *template);

G_END_DECLS
