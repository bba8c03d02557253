/* minutes-generate.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-core.h"

G_BEGIN_DECLS

/* A full council year at scale 1: 60 items, 3,000 key points, 200 people,
 * 300 actions, 40 motions with recorded votes, 10 exempt items. The same
 * seed always gives the same meeting. */
MinutesMeeting *minutes_generate_meeting (guint scale,
                                          guint seed);

G_END_DECLS
