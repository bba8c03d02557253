/* minutes-attachment.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-node.h"
#include "minutes-types.h"
#include "minutes-enums.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_ATTACHMENT (minutes_attachment_get_type ())

G_DECLARE_FINAL_TYPE (MinutesAttachment, minutes_attachment, MINUTES, ATTACHMENT, MinutesNode)

MinutesAttachment * minutes_attachment_new            (void);
const char *        minutes_attachment_get_title      (MinutesAttachment *self);
void                minutes_attachment_set_title      (MinutesAttachment *self,
                                                       const char        *title);
const char *        minutes_attachment_get_file_type  (MinutesAttachment *self);
void                minutes_attachment_set_file_type  (MinutesAttachment *self,
                                                       const char        *file_type);
gint64              minutes_attachment_get_size       (MinutesAttachment *self);
void                minutes_attachment_set_size       (MinutesAttachment *self,
                                                       gint64             size);
const char *        minutes_attachment_get_url        (MinutesAttachment *self);
void                minutes_attachment_set_url        (MinutesAttachment *self,
                                                       const char        *url);
gboolean            minutes_attachment_get_additional (MinutesAttachment *self);
void                minutes_attachment_set_additional (MinutesAttachment *self,
                                                       gboolean           additional);

G_END_DECLS
