/* minutes-agenda-item.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-node.h"
#include "minutes-types.h"
#include "minutes-enums.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_AGENDA_ITEM (minutes_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (MinutesAgendaItem, minutes_agenda_item, MINUTES, AGENDA_ITEM, MinutesNode)

MinutesAgendaItem * minutes_agenda_item_new                   (void);
const char *        minutes_agenda_item_get_id                (MinutesAgendaItem *self);
void                minutes_agenda_item_set_id                (MinutesAgendaItem *self,
                                                               const char        *id);
const char *        minutes_agenda_item_get_number_label      (MinutesAgendaItem *self);
void                minutes_agenda_item_set_number_label      (MinutesAgendaItem *self,
                                                               const char        *number_label);
gboolean            minutes_agenda_item_get_unnumbered        (MinutesAgendaItem *self);
void                minutes_agenda_item_set_unnumbered        (MinutesAgendaItem *self,
                                                               gboolean           unnumbered);
const char *        minutes_agenda_item_get_title             (MinutesAgendaItem *self);
void                minutes_agenda_item_set_title             (MinutesAgendaItem *self,
                                                               const char        *title);
MinutesStanding     minutes_agenda_item_get_standing          (MinutesAgendaItem *self);
void                minutes_agenda_item_set_standing          (MinutesAgendaItem *self,
                                                               MinutesStanding    standing);
gboolean            minutes_agenda_item_get_exempt            (MinutesAgendaItem *self);
void                minutes_agenda_item_set_exempt            (MinutesAgendaItem *self,
                                                               gboolean           exempt);
const char *        minutes_agenda_item_get_exemption_ground  (MinutesAgendaItem *self);
void                minutes_agenda_item_set_exemption_ground  (MinutesAgendaItem *self,
                                                               const char        *exemption_ground);
const char *        minutes_agenda_item_get_agenda_text       (MinutesAgendaItem *self);
void                minutes_agenda_item_set_agenda_text       (MinutesAgendaItem *self,
                                                               const char        *agenda_text);
const char *        minutes_agenda_item_get_publication_note  (MinutesAgendaItem *self);
void                minutes_agenda_item_set_publication_note  (MinutesAgendaItem *self,
                                                               const char        *publication_note);
MinutesPerson *     minutes_agenda_item_get_chair             (MinutesAgendaItem *self);
void                minutes_agenda_item_set_chair             (MinutesAgendaItem *self,
                                                               MinutesPerson     *chair);
const char *        minutes_agenda_item_get_introduction      (MinutesAgendaItem *self);
void                minutes_agenda_item_set_introduction      (MinutesAgendaItem *self,
                                                               const char        *introduction);
const char *        minutes_agenda_item_get_decision          (MinutesAgendaItem *self);
void                minutes_agenda_item_set_decision          (MinutesAgendaItem *self,
                                                               const char        *decision);
const char *        minutes_agenda_item_get_recommendation    (MinutesAgendaItem *self);
void                minutes_agenda_item_set_recommendation    (MinutesAgendaItem *self,
                                                               const char        *recommendation);
gboolean            minutes_agenda_item_get_minutes_truncated (MinutesAgendaItem *self);
void                minutes_agenda_item_set_minutes_truncated (MinutesAgendaItem *self,
                                                               gboolean           minutes_truncated);
GListModel *        minutes_agenda_item_get_attachments       (MinutesAgendaItem *self);
void                minutes_agenda_item_insert_attachment     (MinutesAgendaItem *self,
                                                               guint              position,
                                                               MinutesAttachment *attachment);
void                minutes_agenda_item_append_attachment     (MinutesAgendaItem *self,
                                                               MinutesAttachment *attachment);
gboolean            minutes_agenda_item_remove_attachment     (MinutesAgendaItem *self,
                                                               MinutesAttachment *attachment);
gboolean            minutes_agenda_item_move_attachment       (MinutesAgendaItem *self,
                                                               MinutesAttachment *attachment,
                                                               guint              position);
GListModel *        minutes_agenda_item_get_witnesses         (MinutesAgendaItem *self);
void                minutes_agenda_item_insert_witness        (MinutesAgendaItem *self,
                                                               guint              position,
                                                               MinutesPerson     *witness);
void                minutes_agenda_item_append_witness        (MinutesAgendaItem *self,
                                                               MinutesPerson     *witness);
gboolean            minutes_agenda_item_remove_witness        (MinutesAgendaItem *self,
                                                               MinutesPerson     *witness);
gboolean            minutes_agenda_item_move_witness          (MinutesAgendaItem *self,
                                                               MinutesPerson     *witness,
                                                               guint              position);
GListModel *        minutes_agenda_item_get_discussion        (MinutesAgendaItem *self);
void                minutes_agenda_item_insert_entry          (MinutesAgendaItem      *self,
                                                               guint                   position,
                                                               MinutesDiscussionEntry *entry);
void                minutes_agenda_item_append_entry          (MinutesAgendaItem      *self,
                                                               MinutesDiscussionEntry *entry);
gboolean            minutes_agenda_item_remove_entry          (MinutesAgendaItem      *self,
                                                               MinutesDiscussionEntry *entry);
gboolean            minutes_agenda_item_move_entry            (MinutesAgendaItem      *self,
                                                               MinutesDiscussionEntry *entry,
                                                               guint                   position);
GListModel *        minutes_agenda_item_get_actions           (MinutesAgendaItem *self);
void                minutes_agenda_item_insert_action         (MinutesAgendaItem *self,
                                                               guint              position,
                                                               MinutesAction     *action);
void                minutes_agenda_item_append_action         (MinutesAgendaItem *self,
                                                               MinutesAction     *action);
gboolean            minutes_agenda_item_remove_action         (MinutesAgendaItem *self,
                                                               MinutesAction     *action);
gboolean            minutes_agenda_item_move_action           (MinutesAgendaItem *self,
                                                               MinutesAction     *action,
                                                               guint              position);
GListModel *        minutes_agenda_item_get_motions           (MinutesAgendaItem *self);
void                minutes_agenda_item_insert_motion         (MinutesAgendaItem *self,
                                                               guint              position,
                                                               MinutesMotion     *motion);
void                minutes_agenda_item_append_motion         (MinutesAgendaItem *self,
                                                               MinutesMotion     *motion);
gboolean            minutes_agenda_item_remove_motion         (MinutesAgendaItem *self,
                                                               MinutesMotion     *motion);
gboolean            minutes_agenda_item_move_motion           (MinutesAgendaItem *self,
                                                               MinutesMotion     *motion,
                                                               guint              position);
GListModel *        minutes_agenda_item_get_resolutions       (MinutesAgendaItem *self);
void                minutes_agenda_item_insert_resolution     (MinutesAgendaItem *self,
                                                               guint              position,
                                                               MinutesResolution *resolution);
void                minutes_agenda_item_append_resolution     (MinutesAgendaItem *self,
                                                               MinutesResolution *resolution);
gboolean            minutes_agenda_item_remove_resolution     (MinutesAgendaItem *self,
                                                               MinutesResolution *resolution);
gboolean            minutes_agenda_item_move_resolution       (MinutesAgendaItem *self,
                                                               MinutesResolution *resolution,
                                                               guint              position);
char *              minutes_agenda_item_dup_number            (MinutesAgendaItem *self);
MinutesMeeting *    minutes_agenda_item_get_meeting           (MinutesAgendaItem *self);
guint               minutes_agenda_item_get_n_points          (MinutesAgendaItem *self);
char **             minutes_agenda_item_dup_translation_languages (MinutesAgendaItem *self);
MinutesDiscussionEntry *minutes_agenda_item_get_open_adjournment  (MinutesAgendaItem *self);

G_END_DECLS
