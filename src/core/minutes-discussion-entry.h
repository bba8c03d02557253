/* minutes-discussion-entry.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-node.h"
#include "minutes-types.h"
#include "minutes-enums.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_DISCUSSION_ENTRY (minutes_discussion_entry_get_type ())

G_DECLARE_FINAL_TYPE (MinutesDiscussionEntry, minutes_discussion_entry, MINUTES, DISCUSSION_ENTRY, MinutesNode)

MinutesDiscussionEntry * minutes_discussion_entry_new            (void);
MinutesEntryType         minutes_discussion_entry_get_entry_type (MinutesDiscussionEntry *self);
void                     minutes_discussion_entry_set_entry_type (MinutesDiscussionEntry *self,
                                                                  MinutesEntryType        entry_type);
const char *             minutes_discussion_entry_get_text       (MinutesDiscussionEntry *self);
void                     minutes_discussion_entry_set_text       (MinutesDiscussionEntry *self,
                                                                  const char             *text);
MinutesProcedure         minutes_discussion_entry_get_procedure  (MinutesDiscussionEntry *self);
void                     minutes_discussion_entry_set_procedure  (MinutesDiscussionEntry *self,
                                                                  MinutesProcedure        procedure);
int                      minutes_discussion_entry_get_from       (MinutesDiscussionEntry *self);
void                     minutes_discussion_entry_set_from       (MinutesDiscussionEntry *self,
                                                                  int                     from);
int                      minutes_discussion_entry_get_to         (MinutesDiscussionEntry *self);
void                     minutes_discussion_entry_set_to         (MinutesDiscussionEntry *self,
                                                                  int                     to);
MinutesPerson *          minutes_discussion_entry_get_person     (MinutesDiscussionEntry *self);
void                     minutes_discussion_entry_set_person     (MinutesDiscussionEntry *self,
                                                                  MinutesPerson          *person);
char *                   minutes_discussion_entry_dup_number     (MinutesDiscussionEntry *self);
MinutesAgendaItem *      minutes_discussion_entry_get_item       (MinutesDiscussionEntry *self);

G_END_DECLS
