/* minutes-next-meeting.c: the next meeting of a committee from this one
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "minutes-model.h"
#include "minutes-next-meeting.h"
#include "minutes-template.h"

/* The committee's members, expected again; the people who own actions
 * still open, so that the actions keep their owners. */
static MinutesPerson *
copy_person (MinutesPerson *person)
{
  MinutesPerson *copy = minutes_person_new ();

  minutes_person_set_id (copy, minutes_person_get_id (person));
  minutes_person_set_name (copy, minutes_person_get_name (person));
  minutes_person_set_honorific (copy, minutes_person_get_honorific (person));
  minutes_person_set_job_title (copy, minutes_person_get_job_title (person));
  minutes_person_set_organisation (copy, minutes_person_get_organisation (person));
  minutes_person_set_kind (copy, minutes_person_get_kind (person));
  minutes_person_set_role (copy, minutes_person_get_role (person));
  minutes_person_set_attendance (copy, MINUTES_ATTENDANCE_EXPECTED);

  return copy;
}

static gboolean
owns_open_action (MinutesMeeting *meeting,
                  MinutesPerson  *person)
{
  GListModel *items = minutes_meeting_get_items (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      GListModel *actions = minutes_agenda_item_get_actions (item);

      for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
        {
          g_autoptr(MinutesAction) action = g_list_model_get_item (actions, a);

          if (minutes_action_get_status (action) == MINUTES_ACTION_STATUS_OPEN &&
              minutes_action_get_owner (action) == person)
            return TRUE;
        }
    }

  return FALSE;
}

static MinutesAgendaItem *
standing_item (MinutesMeeting  *next,
               const char      *title,
               MinutesStanding  standing)
{
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  g_autofree char *id = g_strdup_printf ("item-%u", g_list_model_get_n_items (minutes_meeting_get_items (next)) + 1);

  minutes_agenda_item_set_id (item, id);
  minutes_agenda_item_set_title (item, title);
  minutes_agenda_item_set_standing (item, standing);
  minutes_meeting_append_item (next, item);

  return item;
}

static void
copy_action (MinutesAction     *action,
             MinutesMeeting    *next,
             MinutesAgendaItem *to)
{
  g_autoptr(MinutesAction) copy = minutes_action_new ();
  MinutesPerson *owner = minutes_action_get_owner (action);

  if (owner != NULL)
    minutes_action_set_owner (copy, minutes_meeting_find_person (next, minutes_person_get_id (owner)));
  minutes_action_set_owner_text (copy, minutes_action_get_owner_text (action));
  minutes_action_set_text (copy, minutes_action_get_text (action));
  minutes_action_set_due (copy, minutes_action_get_due (action));
  minutes_agenda_item_append_action (to, copy);
}

/* The open actions of an exempt item are as confidential as the item:
 * they go to an exempt item of their own, with the same ground, never to
 * the public matters arising. */
static void
add_exempt_actions (MinutesMeeting *previous,
                    MinutesMeeting *next)
{
  GListModel *items = minutes_meeting_get_items (previous);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      GListModel *actions = minutes_agenda_item_get_actions (item);
      MinutesAgendaItem *update = NULL;

      if (!minutes_agenda_item_get_exempt (item))
        continue;

      for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
        {
          g_autoptr(MinutesAction) action = g_list_model_get_item (actions, a);

          if (minutes_action_get_status (action) != MINUTES_ACTION_STATUS_OPEN)
            continue;

          if (update == NULL)
            {
              /* Translators: %s is the title of an exempt item of the
               * previous meeting (its title is public, its minutes not) */
              g_autofree char *title = g_strdup_printf (_("Actions update: %s"),
                                                        minutes_agenda_item_get_title (item));

              update = standing_item (next, title, MINUTES_STANDING_NONE);
              minutes_agenda_item_set_exempt (update, TRUE);
              minutes_agenda_item_set_exemption_ground (update, minutes_agenda_item_get_exemption_ground (item));
            }
          copy_action (action, next, update);
        }
    }
}

static void
add_matters_arising (MinutesMeeting *previous,
                     MinutesMeeting *next)
{
  GListModel *items = minutes_meeting_get_items (previous);
  MinutesAgendaItem *matters = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      GListModel *actions = minutes_agenda_item_get_actions (item);

      if (minutes_agenda_item_get_exempt (item))
        continue;

      for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
        {
          g_autoptr(MinutesAction) action = g_list_model_get_item (actions, a);

          if (minutes_action_get_status (action) != MINUTES_ACTION_STATUS_OPEN)
            continue;

          if (matters == NULL)
            matters = standing_item (next, _("Matters arising / actions update"), MINUTES_STANDING_MATTERS_ARISING);

          copy_action (action, next, matters);
        }
    }

  /* An empty matters-arising item when the committee always has one */
  if (matters == NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

          if (minutes_agenda_item_get_standing (item) == MINUTES_STANDING_MATTERS_ARISING)
            {
              standing_item (next, minutes_agenda_item_get_title (item), MINUTES_STANDING_MATTERS_ARISING);
              break;
            }
        }
    }
}

/* The agenda of the next meeting: same committee, venue, contact,
 * template and membership (attendance back to expected); item 1 the
 * minutes of this meeting, the declarations, matters arising with this
 * meeting's open actions and their owners (those of exempt items in an
 * exempt item of their own), then this meeting's other standing items
 * (work programme, public questions …) in their order. */
MinutesMeeting *
minutes_next_meeting_new (MinutesMeeting  *previous,
                          const GDate     *date,
                          int              start,
                          MinutesTemplate *template)
{
  MinutesMeeting *next;
  GListModel *people;
  GListModel *items;
  const GDate *previous_date;
  gboolean declarations = FALSE;

  g_return_val_if_fail (MINUTES_IS_MEETING (previous), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (template), NULL);

  next = minutes_meeting_new ();
  minutes_meeting_set_committee (next, minutes_meeting_get_committee (previous));
  minutes_meeting_set_body (next, minutes_meeting_get_body (previous));
  minutes_meeting_set_title (next, minutes_meeting_get_title (previous));
  minutes_meeting_set_venue (next, minutes_meeting_get_venue (previous));
  minutes_meeting_set_contact_name (next, minutes_meeting_get_contact_name (previous));
  minutes_meeting_set_contact_role (next, minutes_meeting_get_contact_role (previous));
  minutes_meeting_set_contact_email (next, minutes_meeting_get_contact_email (previous));
  minutes_meeting_set_contact_phone (next, minutes_meeting_get_contact_phone (previous));
  minutes_meeting_set_template_id (next, minutes_meeting_get_template_id (previous));
  minutes_meeting_set_language (next, minutes_meeting_get_language (previous));
  minutes_meeting_set_status (next, MINUTES_MEETING_STATUS_AGENDA);
  minutes_meeting_set_date (next, date);
  minutes_meeting_set_scheduled_start (next, start >= 0 ? start : minutes_meeting_get_scheduled_start (previous));

  people = minutes_meeting_get_people (previous);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);

      if (minutes_person_get_kind (person) == MINUTES_PERSON_KIND_MEMBER ||
          owns_open_action (previous, person))
        {
          g_autoptr(MinutesPerson) copy = copy_person (person);

          minutes_meeting_append_person (next, copy);
        }
    }

  previous_date = minutes_meeting_get_date (previous);
  if (previous_date != NULL && g_date_valid (previous_date))
    {
      g_autofree char *when = minutes_template_format_date (template, "date-short", previous_date);
      g_autofree char *title = g_strdup_printf (_("Minutes of the meeting held on %s"), when);

      standing_item (next, title, MINUTES_STANDING_PREVIOUS_MINUTES);
    }
  else
    standing_item (next, _("Minutes of the previous meeting"), MINUTES_STANDING_PREVIOUS_MINUTES);

  items = minutes_meeting_get_items (previous);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      if (minutes_agenda_item_get_standing (item) == MINUTES_STANDING_DECLARATIONS)
        {
          standing_item (next, minutes_agenda_item_get_title (item), MINUTES_STANDING_DECLARATIONS);
          declarations = TRUE;
          break;
        }
    }
  if (!declarations)
    standing_item (next, minutes_template_get_phrase (template, "declarations-heading"), MINUTES_STANDING_DECLARATIONS);

  add_matters_arising (previous, next);
  add_exempt_actions (previous, next);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      MinutesStanding standing = minutes_agenda_item_get_standing (item);

      if (standing == MINUTES_STANDING_NONE || standing == MINUTES_STANDING_PREVIOUS_MINUTES ||
          standing == MINUTES_STANDING_DECLARATIONS || standing == MINUTES_STANDING_MATTERS_ARISING)
        continue;

      standing_item (next, minutes_agenda_item_get_title (item), standing);
    }

  return next;
}
