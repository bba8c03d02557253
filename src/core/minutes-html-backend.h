/* minutes-html-backend.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-backend.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_HTML_BACKEND (minutes_html_backend_get_type ())

G_DECLARE_FINAL_TYPE (MinutesHtmlBackend, minutes_html_backend, MINUTES, HTML_BACKEND, MinutesBackend)

MinutesHtmlBackend *minutes_html_backend_new      (void);
char               *minutes_html_backend_dup_html (MinutesHtmlBackend *self);

G_END_DECLS
