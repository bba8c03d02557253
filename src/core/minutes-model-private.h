/* minutes-model-private.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-model.h"

G_BEGIN_DECLS

void _minutes_meeting_emit_changed   (MinutesMeeting    *self);
void _minutes_meeting_set_shared_revision (MinutesMeeting *self,
                                           gsize           stamp);
gsize _minutes_meeting_get_shared_revision (MinutesMeeting *self);
void _minutes_agenda_item_renumber   (MinutesAgendaItem *self);
guint _minutes_agenda_item_count     (MinutesAgendaItem *self,
                                      guint              before);
guint _minutes_agenda_item_get_ordinal (MinutesAgendaItem *self);
void _minutes_meeting_renumber_from  (MinutesMeeting    *self,
                                      MinutesAgendaItem *item);
void _minutes_motion_forget_person   (MinutesMotion     *self,
                                      MinutesPerson     *person);

G_END_DECLS
