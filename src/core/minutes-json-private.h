/* minutes-json-private.h: a fast path for reading .minutes files
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *_minutes_json_parse (const char *data,
                               gsize       size);

G_END_DECLS
