/* minutes-autosave.h: recovery files for unsaved meetings
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "minutes-types.h"

G_BEGIN_DECLS

/* A change is on disk at most this long after it was made, plus the time
 * the write takes. */
#define MINUTES_AUTOSAVE_DELAY_MS 1000

#define MINUTES_TYPE_AUTOSAVE (minutes_autosave_get_type ())

G_DECLARE_FINAL_TYPE (MinutesAutosave, minutes_autosave, MINUTES, AUTOSAVE, GObject)

#define MINUTES_TYPE_RECOVERY_ENTRY (minutes_recovery_entry_get_type ())

G_DECLARE_FINAL_TYPE (MinutesRecoveryEntry, minutes_recovery_entry, MINUTES, RECOVERY_ENTRY, GObject)

char            *minutes_recovery_dup_default_dir   (void);

MinutesAutosave *minutes_autosave_new               (MinutesMeeting  *meeting,
                                                     const char      *dir,
                                                     GFile           *file,
                                                     const char      *id);
MinutesMeeting  *minutes_autosave_get_meeting       (MinutesAutosave *self);
const char      *minutes_autosave_get_id            (MinutesAutosave *self);
const char      *minutes_autosave_get_path          (MinutesAutosave *self);
GFile           *minutes_autosave_get_file          (MinutesAutosave *self);
void             minutes_autosave_set_file          (MinutesAutosave *self,
                                                     GFile           *file);
void             minutes_autosave_set_delay         (MinutesAutosave *self,
                                                     guint            delay_ms);
guint            minutes_autosave_get_delay         (MinutesAutosave *self);
gboolean         minutes_autosave_get_busy          (MinutesAutosave *self);
void             minutes_autosave_save_now          (MinutesAutosave *self);
void             minutes_autosave_discard           (MinutesAutosave *self);

GPtrArray       *minutes_recovery_list              (const char      *dir,
                                                     GError         **error);
const char      *minutes_recovery_entry_get_id      (MinutesRecoveryEntry *self);
const char      *minutes_recovery_entry_get_path    (MinutesRecoveryEntry *self);
GFile           *minutes_recovery_entry_get_original (MinutesRecoveryEntry *self);
GDateTime       *minutes_recovery_entry_get_autosaved (MinutesRecoveryEntry *self);
const char      *minutes_recovery_entry_get_title   (MinutesRecoveryEntry *self);
MinutesMeeting  *minutes_recovery_entry_load        (MinutesRecoveryEntry *self,
                                                     GError              **error);
gboolean         minutes_recovery_entry_discard     (MinutesRecoveryEntry *self,
                                                     GError              **error);

G_END_DECLS
