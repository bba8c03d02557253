/* minutes-undo-stack.h: undo and redo of every edit of a meeting
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "minutes-types.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_UNDO_STACK (minutes_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (MinutesUndoStack, minutes_undo_stack, MINUTES, UNDO_STACK, GObject)

/* Consecutive changes of one text property within this many milliseconds of
 * each other are one undo step (a typing burst). */
#define MINUTES_UNDO_MERGE_INTERVAL_DEFAULT 1000

MinutesUndoStack *minutes_undo_stack_new                (MinutesMeeting   *meeting);
MinutesMeeting   *minutes_undo_stack_get_meeting        (MinutesUndoStack *self);
gboolean          minutes_undo_stack_get_can_undo       (MinutesUndoStack *self);
gboolean          minutes_undo_stack_get_can_redo       (MinutesUndoStack *self);
const char       *minutes_undo_stack_get_undo_label     (MinutesUndoStack *self);
const char       *minutes_undo_stack_get_redo_label     (MinutesUndoStack *self);
void              minutes_undo_stack_begin_group        (MinutesUndoStack *self,
                                                         const char       *label);
void              minutes_undo_stack_end_group          (MinutesUndoStack *self);
void              minutes_undo_stack_close_step         (MinutesUndoStack *self);
void              minutes_undo_stack_set_merge_interval (MinutesUndoStack *self,
                                                         guint             msec);
gboolean          minutes_undo_stack_undo               (MinutesUndoStack *self);
gboolean          minutes_undo_stack_redo               (MinutesUndoStack *self);
void              minutes_undo_stack_clear              (MinutesUndoStack *self);

G_END_DECLS
