/* minutes-meeting.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-node.h"
#include "minutes-types.h"
#include "minutes-enums.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_MEETING (minutes_meeting_get_type ())

G_DECLARE_FINAL_TYPE (MinutesMeeting, minutes_meeting, MINUTES, MEETING, MinutesNode)

MinutesMeeting *      minutes_meeting_new                 (void);
const char *          minutes_meeting_get_committee       (MinutesMeeting *self);
void                  minutes_meeting_set_committee       (MinutesMeeting *self,
                                                           const char     *committee);
const char *          minutes_meeting_get_body            (MinutesMeeting *self);
void                  minutes_meeting_set_body            (MinutesMeeting *self,
                                                           const char     *body);
const char *          minutes_meeting_get_title           (MinutesMeeting *self);
void                  minutes_meeting_set_title           (MinutesMeeting *self,
                                                           const char     *title);
const GDate *         minutes_meeting_get_date            (MinutesMeeting *self);
void                  minutes_meeting_set_date            (MinutesMeeting *self,
                                                           const GDate    *date);
int                   minutes_meeting_get_scheduled_start (MinutesMeeting *self);
void                  minutes_meeting_set_scheduled_start (MinutesMeeting *self,
                                                           int             scheduled_start);
int                   minutes_meeting_get_actual_start    (MinutesMeeting *self);
void                  minutes_meeting_set_actual_start    (MinutesMeeting *self,
                                                           int             actual_start);
int                   minutes_meeting_get_end             (MinutesMeeting *self);
void                  minutes_meeting_set_end             (MinutesMeeting *self,
                                                           int             end);
const char *          minutes_meeting_get_venue           (MinutesMeeting *self);
void                  minutes_meeting_set_venue           (MinutesMeeting *self,
                                                           const char     *venue);
const char *          minutes_meeting_get_contact_name    (MinutesMeeting *self);
void                  minutes_meeting_set_contact_name    (MinutesMeeting *self,
                                                           const char     *contact_name);
const char *          minutes_meeting_get_contact_role    (MinutesMeeting *self);
void                  minutes_meeting_set_contact_role    (MinutesMeeting *self,
                                                           const char     *contact_role);
const char *          minutes_meeting_get_contact_email   (MinutesMeeting *self);
void                  minutes_meeting_set_contact_email   (MinutesMeeting *self,
                                                           const char     *contact_email);
const char *          minutes_meeting_get_contact_phone   (MinutesMeeting *self);
void                  minutes_meeting_set_contact_phone   (MinutesMeeting *self,
                                                           const char     *contact_phone);
MinutesMeetingStatus  minutes_meeting_get_status          (MinutesMeeting *self);
void                  minutes_meeting_set_status          (MinutesMeeting       *self,
                                                           MinutesMeetingStatus  status);
const char *          minutes_meeting_get_template_id     (MinutesMeeting *self);
void                  minutes_meeting_set_template_id     (MinutesMeeting *self,
                                                           const char     *template_id);
const char *          minutes_meeting_get_language        (MinutesMeeting *self);
void                  minutes_meeting_set_language        (MinutesMeeting *self,
                                                           const char     *language);
const char *          minutes_meeting_get_attendance_note (MinutesMeeting *self);
void                  minutes_meeting_set_attendance_note (MinutesMeeting *self,
                                                           const char     *attendance_note);
gboolean              minutes_meeting_get_no_declarations (MinutesMeeting *self);
void                  minutes_meeting_set_no_declarations (MinutesMeeting *self,
                                                           gboolean        no_declarations);
const char *          minutes_meeting_get_signed_by       (MinutesMeeting *self);
void                  minutes_meeting_set_signed_by       (MinutesMeeting *self,
                                                           const char     *signed_by);
const GDate *         minutes_meeting_get_signed_date     (MinutesMeeting *self);
void                  minutes_meeting_set_signed_date     (MinutesMeeting *self,
                                                           const GDate    *signed_date);
GListModel *          minutes_meeting_get_people          (MinutesMeeting *self);
void                  minutes_meeting_insert_person       (MinutesMeeting *self,
                                                           guint           position,
                                                           MinutesPerson  *person);
void                  minutes_meeting_append_person       (MinutesMeeting *self,
                                                           MinutesPerson  *person);
gboolean              minutes_meeting_move_person         (MinutesMeeting *self,
                                                           MinutesPerson  *person,
                                                           guint           position);
GListModel *          minutes_meeting_get_declarations    (MinutesMeeting *self);
void                  minutes_meeting_insert_declaration  (MinutesMeeting     *self,
                                                           guint               position,
                                                           MinutesDeclaration *declaration);
void                  minutes_meeting_append_declaration  (MinutesMeeting     *self,
                                                           MinutesDeclaration *declaration);
gboolean              minutes_meeting_remove_declaration  (MinutesMeeting     *self,
                                                           MinutesDeclaration *declaration);
gboolean              minutes_meeting_move_declaration    (MinutesMeeting     *self,
                                                           MinutesDeclaration *declaration,
                                                           guint               position);
GListModel *          minutes_meeting_get_items           (MinutesMeeting *self);
void                  minutes_meeting_insert_item         (MinutesMeeting    *self,
                                                           guint              position,
                                                           MinutesAgendaItem *item);
void                  minutes_meeting_append_item         (MinutesMeeting    *self,
                                                           MinutesAgendaItem *item);
gboolean              minutes_meeting_move_item           (MinutesMeeting    *self,
                                                           MinutesAgendaItem *item,
                                                           guint              position);
MinutesPerson *       minutes_meeting_find_person         (MinutesMeeting *self,
                                                           const char     *id);
MinutesAgendaItem *   minutes_meeting_find_item           (MinutesMeeting *self,
                                                           const char     *id);
gboolean              minutes_meeting_remove_person       (MinutesMeeting *self,
                                                           MinutesPerson  *person);
gboolean              minutes_meeting_remove_item         (MinutesMeeting    *self,
                                                           MinutesAgendaItem *item);
int                   minutes_meeting_get_start           (MinutesMeeting *self);
void                  minutes_meeting_ensure_ids          (MinutesMeeting *self);

G_END_DECLS
