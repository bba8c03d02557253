/* minutes-text-backend.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-backend.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_TEXT_BACKEND (minutes_text_backend_get_type ())

G_DECLARE_FINAL_TYPE (MinutesTextBackend, minutes_text_backend, MINUTES, TEXT_BACKEND, MinutesBackend)

MinutesTextBackend *minutes_text_backend_new      (void);
const char         *minutes_text_backend_get_text (MinutesTextBackend *self);

G_END_DECLS
