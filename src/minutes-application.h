/* minutes-application.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MINUTES_TYPE_APPLICATION (minutes_application_get_type ())

G_DECLARE_FINAL_TYPE (MinutesApplication, minutes_application, MINUTES, APPLICATION, AdwApplication)

MinutesApplication *minutes_application_new (const char        *application_id,
                                             GApplicationFlags  flags);

G_END_DECLS
