/* minutes-document-private.h: a meeting's file in two steps
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "minutes-model.h"

G_BEGIN_DECLS

/* What minutes_document_serialize() writes, as a JSON tree that no longer
 * refers to the meeting: made where the meeting lives (the main thread),
 * it can be written out and freed in another, which is most of the work. */
JsonNode *_minutes_document_build    (MinutesMeeting  *meeting,
                                      GError         **error);
GBytes   *_minutes_document_generate (JsonNode        *root);

G_END_DECLS
