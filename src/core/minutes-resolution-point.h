/* minutes-resolution-point.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-node.h"
#include "minutes-types.h"
#include "minutes-enums.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_RESOLUTION_POINT (minutes_resolution_point_get_type ())

G_DECLARE_FINAL_TYPE (MinutesResolutionPoint, minutes_resolution_point, MINUTES, RESOLUTION_POINT, MinutesNode)

MinutesResolutionPoint * minutes_resolution_point_new      (void);
const char *             minutes_resolution_point_get_text (MinutesResolutionPoint *self);
void                     minutes_resolution_point_set_text (MinutesResolutionPoint *self,
                                                            const char             *text);

G_END_DECLS
