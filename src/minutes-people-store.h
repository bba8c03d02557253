/* minutes-people-store.h: the people the clerk has recently minuted
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "minutes-core.h"

G_BEGIN_DECLS

/* At most this many people are kept; the least recently used go first. */
#define MINUTES_PEOPLE_STORE_MAX 200

#define MINUTES_TYPE_PEOPLE_STORE (minutes_people_store_get_type ())

G_DECLARE_FINAL_TYPE (MinutesPeopleStore, minutes_people_store, MINUTES, PEOPLE_STORE, GObject)

MinutesPeopleStore *minutes_people_store_get_default     (void);
MinutesPeopleStore *minutes_people_store_new             (const char         *path);
const char         *minutes_people_store_get_path        (MinutesPeopleStore *self);
GListModel         *minutes_people_store_get_people      (MinutesPeopleStore *self);
void                minutes_people_store_remember        (MinutesPeopleStore *self,
                                                          MinutesPerson      *person);
void                minutes_people_store_remember_meeting (MinutesPeopleStore *self,
                                                          MinutesMeeting     *meeting);

G_END_DECLS
