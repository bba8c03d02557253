/* minutes-next-meeting.h: the next meeting of a committee from this one
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "minutes-types.h"

G_BEGIN_DECLS

MinutesMeeting *minutes_next_meeting_new (MinutesMeeting  *previous,
                                          const GDate     *date,
                                          int              start,
                                          MinutesTemplate *template);

G_END_DECLS
