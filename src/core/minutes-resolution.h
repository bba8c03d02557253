/* minutes-resolution.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-node.h"
#include "minutes-types.h"
#include "minutes-enums.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_RESOLUTION (minutes_resolution_get_type ())

G_DECLARE_FINAL_TYPE (MinutesResolution, minutes_resolution, MINUTES, RESOLUTION, MinutesNode)

MinutesResolution *    minutes_resolution_new          (void);
MinutesResolutionKind  minutes_resolution_get_kind     (MinutesResolution *self);
void                   minutes_resolution_set_kind     (MinutesResolution     *self,
                                                        MinutesResolutionKind  kind);
const char *           minutes_resolution_get_text     (MinutesResolution *self);
void                   minutes_resolution_set_text     (MinutesResolution *self,
                                                        const char        *text);
GListModel *           minutes_resolution_get_points   (MinutesResolution *self);
void                   minutes_resolution_insert_point (MinutesResolution      *self,
                                                        guint                   position,
                                                        MinutesResolutionPoint *point);
void                   minutes_resolution_append_point (MinutesResolution      *self,
                                                        MinutesResolutionPoint *point);
gboolean               minutes_resolution_remove_point (MinutesResolution      *self,
                                                        MinutesResolutionPoint *point);
gboolean               minutes_resolution_move_point   (MinutesResolution      *self,
                                                        MinutesResolutionPoint *point,
                                                        guint                   position);

G_END_DECLS
