/* minutes-person.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-node.h"
#include "minutes-types.h"
#include "minutes-enums.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_PERSON (minutes_person_get_type ())

G_DECLARE_FINAL_TYPE (MinutesPerson, minutes_person, MINUTES, PERSON, MinutesNode)

MinutesPerson *    minutes_person_new                (void);
const char *       minutes_person_get_id             (MinutesPerson *self);
void               minutes_person_set_id             (MinutesPerson *self,
                                                      const char    *id);
const char *       minutes_person_get_name           (MinutesPerson *self);
void               minutes_person_set_name           (MinutesPerson *self,
                                                      const char    *name);
const char *       minutes_person_get_honorific      (MinutesPerson *self);
void               minutes_person_set_honorific      (MinutesPerson *self,
                                                      const char    *honorific);
const char *       minutes_person_get_job_title      (MinutesPerson *self);
void               minutes_person_set_job_title      (MinutesPerson *self,
                                                      const char    *job_title);
const char *       minutes_person_get_organisation   (MinutesPerson *self);
void               minutes_person_set_organisation   (MinutesPerson *self,
                                                      const char    *organisation);
MinutesPersonKind  minutes_person_get_kind           (MinutesPerson *self);
void               minutes_person_set_kind           (MinutesPerson     *self,
                                                      MinutesPersonKind  kind);
MinutesAttendance  minutes_person_get_attendance     (MinutesPerson *self);
void               minutes_person_set_attendance     (MinutesPerson     *self,
                                                      MinutesAttendance  attendance);
MinutesRole        minutes_person_get_role           (MinutesPerson *self);
void               minutes_person_set_role           (MinutesPerson *self,
                                                      MinutesRole    role);
MinutesPerson *    minutes_person_get_substitute_for (MinutesPerson *self);
void               minutes_person_set_substitute_for (MinutesPerson *self,
                                                      MinutesPerson *substitute_for);
int                minutes_person_get_arrived_at     (MinutesPerson *self);
void               minutes_person_set_arrived_at     (MinutesPerson *self,
                                                      int            arrived_at);
int                minutes_person_get_left_at        (MinutesPerson *self);
void               minutes_person_set_left_at        (MinutesPerson *self,
                                                      int            left_at);
gboolean           minutes_person_is_member          (MinutesPerson *self);
gboolean           minutes_person_is_attending       (MinutesPerson *self);
char *             minutes_person_dup_full_name      (MinutesPerson *self);
char *             minutes_person_dup_description    (MinutesPerson *self);

G_END_DECLS
