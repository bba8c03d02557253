/* cli-run.h: running minutes-cli from the CLI tests
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What one run of minutes-cli gave. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

void run_clear (Run *run);
void run_cli   (Run *run,
                ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

G_END_DECLS
