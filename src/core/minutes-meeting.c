/* minutes-meeting.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-meeting.h"
#include "minutes-enum-types.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

/* A committee meeting: the root of a .minutes document. */
struct _MinutesMeeting
{
  MinutesNode parent_instance;

  gsize shared_revision;  /* see _minutes_meeting_get_shared_revision() */

  char *committee;
  char *body;
  char *title;
  GDate *date;
  int scheduled_start;
  int actual_start;
  int end;
  char *venue;
  char *contact_name;
  char *contact_role;
  char *contact_email;
  char *contact_phone;
  MinutesMeetingStatus status;
  char *template_id;
  char *language;
  char *attendance_note;
  gboolean no_declarations;
  char *signed_by;
  GDate *signed_date;
  GListStore *people;
  GListStore *declarations;
  GListStore *items;
};

G_DEFINE_FINAL_TYPE (MinutesMeeting, minutes_meeting, MINUTES_TYPE_NODE)

enum {
  PROP_0,
  PROP_COMMITTEE,
  PROP_BODY,
  PROP_TITLE,
  PROP_DATE,
  PROP_SCHEDULED_START,
  PROP_ACTUAL_START,
  PROP_END,
  PROP_VENUE,
  PROP_CONTACT_NAME,
  PROP_CONTACT_ROLE,
  PROP_CONTACT_EMAIL,
  PROP_CONTACT_PHONE,
  PROP_STATUS,
  PROP_TEMPLATE_ID,
  PROP_LANGUAGE,
  PROP_ATTENDANCE_NOTE,
  PROP_NO_DECLARATIONS,
  PROP_SIGNED_BY,
  PROP_SIGNED_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Counts the numbered items from @position on, each item keeping its
 * count, before anyone else hears of the change */
static void
count_items (MinutesMeeting *self,
             guint           position)
{
  GListModel *items = G_LIST_MODEL (self->items);
  guint n = g_list_model_get_n_items (items);
  guint before = 0;

  if (position > 0 && position <= n)
    {
      g_autoptr(MinutesAgendaItem) previous = g_list_model_get_item (items, position - 1);

      before = _minutes_agenda_item_get_ordinal (previous);
    }

  for (guint i = position; i < n; i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      before = _minutes_agenda_item_count (item, before);
    }
}

static void
count_items_cb (GListModel     *model,
                guint           position,
                guint           removed,
                guint           added,
                MinutesMeeting *self)
{
  count_items (self, position);
}

static void
renumber_from (MinutesMeeting *self,
               guint           position)
{
  GListModel *items = G_LIST_MODEL (self->items);

  for (guint i = position; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      _minutes_agenda_item_renumber (item);
    }
}

static void
items_changed_cb (GListModel     *model,
                  guint           position,
                  guint           removed,
                  guint           added,
                  MinutesMeeting *self)
{
  /* Every item from the change on may have a new number. */
  renumber_from (self, position);
}

/* @item became numbered or unnumbered: so the numbers after it changed */
void
_minutes_meeting_renumber_from (MinutesMeeting    *self,
                                MinutesAgendaItem *item)
{
  guint position;

  if (!g_list_store_find (self->items, item, &position))
    return;

  count_items (self, position);
  renumber_from (self, position);
}

static void
minutes_meeting_dispose (GObject *object)
{
  MinutesMeeting *self = (MinutesMeeting *) object;
  GListModel *people = G_LIST_MODEL (self->people);

  /* People refer to people (substitute-for); break those links so that a
   * cycle cannot keep the meeting's people alive. */
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);

      minutes_person_set_substitute_for (person, NULL);
    }

  G_OBJECT_CLASS (minutes_meeting_parent_class)->dispose (object);
}

static void
minutes_meeting_finalize (GObject *object)
{
  MinutesMeeting *self = (MinutesMeeting *) object;

  g_clear_pointer (&self->committee, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_date_free);
  g_clear_pointer (&self->venue, g_free);
  g_clear_pointer (&self->contact_name, g_free);
  g_clear_pointer (&self->contact_role, g_free);
  g_clear_pointer (&self->contact_email, g_free);
  g_clear_pointer (&self->contact_phone, g_free);
  g_clear_pointer (&self->template_id, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->attendance_note, g_free);
  g_clear_pointer (&self->signed_by, g_free);
  g_clear_pointer (&self->signed_date, g_date_free);
  g_clear_object (&self->people);
  g_clear_object (&self->declarations);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (minutes_meeting_parent_class)->finalize (object);
}

static void
minutes_meeting_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MinutesMeeting *self = MINUTES_MEETING (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      g_value_set_string (value, self->committee);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_SCHEDULED_START:
      g_value_set_int (value, self->scheduled_start);
      break;

    case PROP_ACTUAL_START:
      g_value_set_int (value, self->actual_start);
      break;

    case PROP_END:
      g_value_set_int (value, self->end);
      break;

    case PROP_VENUE:
      g_value_set_string (value, self->venue);
      break;

    case PROP_CONTACT_NAME:
      g_value_set_string (value, self->contact_name);
      break;

    case PROP_CONTACT_ROLE:
      g_value_set_string (value, self->contact_role);
      break;

    case PROP_CONTACT_EMAIL:
      g_value_set_string (value, self->contact_email);
      break;

    case PROP_CONTACT_PHONE:
      g_value_set_string (value, self->contact_phone);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_TEMPLATE_ID:
      g_value_set_string (value, self->template_id);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_ATTENDANCE_NOTE:
      g_value_set_string (value, self->attendance_note);
      break;

    case PROP_NO_DECLARATIONS:
      g_value_set_boolean (value, self->no_declarations);
      break;

    case PROP_SIGNED_BY:
      g_value_set_string (value, self->signed_by);
      break;

    case PROP_SIGNED_DATE:
      g_value_set_boxed (value, self->signed_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_meeting_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MinutesMeeting *self = MINUTES_MEETING (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      minutes_meeting_set_committee (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      minutes_meeting_set_body (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      minutes_meeting_set_title (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      minutes_meeting_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_SCHEDULED_START:
      minutes_meeting_set_scheduled_start (self, g_value_get_int (value));
      break;

    case PROP_ACTUAL_START:
      minutes_meeting_set_actual_start (self, g_value_get_int (value));
      break;

    case PROP_END:
      minutes_meeting_set_end (self, g_value_get_int (value));
      break;

    case PROP_VENUE:
      minutes_meeting_set_venue (self, g_value_get_string (value));
      break;

    case PROP_CONTACT_NAME:
      minutes_meeting_set_contact_name (self, g_value_get_string (value));
      break;

    case PROP_CONTACT_ROLE:
      minutes_meeting_set_contact_role (self, g_value_get_string (value));
      break;

    case PROP_CONTACT_EMAIL:
      minutes_meeting_set_contact_email (self, g_value_get_string (value));
      break;

    case PROP_CONTACT_PHONE:
      minutes_meeting_set_contact_phone (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      minutes_meeting_set_status (self, g_value_get_enum (value));
      break;

    case PROP_TEMPLATE_ID:
      minutes_meeting_set_template_id (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      minutes_meeting_set_language (self, g_value_get_string (value));
      break;

    case PROP_ATTENDANCE_NOTE:
      minutes_meeting_set_attendance_note (self, g_value_get_string (value));
      break;

    case PROP_NO_DECLARATIONS:
      minutes_meeting_set_no_declarations (self, g_value_get_boolean (value));
      break;

    case PROP_SIGNED_BY:
      minutes_meeting_set_signed_by (self, g_value_get_string (value));
      break;

    case PROP_SIGNED_DATE:
      minutes_meeting_set_signed_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_meeting_class_init (MinutesMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_meeting_finalize;
  object_class->get_property = minutes_meeting_get_property;
  object_class->set_property = minutes_meeting_set_property;

  properties[PROP_COMMITTEE] =
    g_param_spec_string ("committee", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The council the committee belongs to. */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Overrides the title the template prints. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                            G_TYPE_DATE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCHEDULED_START] =
    g_param_spec_int ("scheduled-start", NULL, NULL,
                          MINUTES_TIME_UNSET, MINUTES_TIME_MAX, MINUTES_TIME_UNSET,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACTUAL_START] =
    g_param_spec_int ("actual-start", NULL, NULL,
                          MINUTES_TIME_UNSET, MINUTES_TIME_MAX, MINUTES_TIME_UNSET,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_END] =
    g_param_spec_int ("end", NULL, NULL,
                          MINUTES_TIME_UNSET, MINUTES_TIME_MAX, MINUTES_TIME_UNSET,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VENUE] =
    g_param_spec_string ("venue", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONTACT_NAME] =
    g_param_spec_string ("contact-name", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONTACT_ROLE] =
    g_param_spec_string ("contact-role", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONTACT_EMAIL] =
    g_param_spec_string ("contact-email", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONTACT_PHONE] =
    g_param_spec_string ("contact-phone", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                           MINUTES_TYPE_MEETING_STATUS,
                           MINUTES_MEETING_STATUS_DRAFT,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEMPLATE_ID] =
    g_param_spec_string ("template-id", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The "NB:" note after the attendance lists. */
  properties[PROP_ATTENDANCE_NOTE] =
    g_param_spec_string ("attendance-note", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The clerk recorded "There were none." */
  properties[PROP_NO_DECLARATIONS] =
    g_param_spec_boolean ("no-declarations", NULL, NULL,
                              FALSE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SIGNED_BY] =
    g_param_spec_string ("signed-by", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SIGNED_DATE] =
    g_param_spec_boxed ("signed-date", NULL, NULL,
                            G_TYPE_DATE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  object_class->dispose = minutes_meeting_dispose;

  /*
   * MinutesMeeting::changed:
   *
   * Emitted after any change anywhere in the meeting: a property of any
   * object in it, or any list in it.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
minutes_meeting_init (MinutesMeeting *self)
{
  self->scheduled_start = MINUTES_TIME_UNSET;
  self->actual_start = MINUTES_TIME_UNSET;
  self->end = MINUTES_TIME_UNSET;
  self->status = MINUTES_MEETING_STATUS_DRAFT;
  self->people = g_list_store_new (MINUTES_TYPE_PERSON);
  _minutes_node_adopt_list (MINUTES_NODE (self), self->people);
  self->declarations = g_list_store_new (MINUTES_TYPE_DECLARATION);
  _minutes_node_adopt_list (MINUTES_NODE (self), self->declarations);
  self->items = g_list_store_new (MINUTES_TYPE_AGENDA_ITEM);
  _minutes_node_adopt_list (MINUTES_NODE (self), self->items);
  g_signal_connect_object (self->items, "items-changed",
                           G_CALLBACK (count_items_cb), self, 0);
  g_signal_connect_object (self->items, "items-changed",
                           G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_AFTER);
}

MinutesMeeting *
minutes_meeting_new (void)
{
  return g_object_new (MINUTES_TYPE_MEETING, NULL);
}

const char *
minutes_meeting_get_committee (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->committee;
}

void
minutes_meeting_set_committee (MinutesMeeting *self,
                              const char     *committee)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->committee, committee, properties[PROP_COMMITTEE]);
}

const char *
minutes_meeting_get_body (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->body;
}

void
minutes_meeting_set_body (MinutesMeeting *self,
                         const char     *body)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->body, body, properties[PROP_BODY]);
}

const char *
minutes_meeting_get_title (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->title;
}

void
minutes_meeting_set_title (MinutesMeeting *self,
                          const char     *title)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->title, title, properties[PROP_TITLE]);
}

const GDate *
minutes_meeting_get_date (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->date;
}

void
minutes_meeting_set_date (MinutesMeeting *self,
                         const GDate    *date)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_date (G_OBJECT (self), &self->date, date, properties[PROP_DATE]);
}

int
minutes_meeting_get_scheduled_start (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), MINUTES_TIME_UNSET);

  return self->scheduled_start;
}

void
minutes_meeting_set_scheduled_start (MinutesMeeting *self,
                                    int             scheduled_start)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));
  g_return_if_fail (scheduled_start >= MINUTES_TIME_UNSET && scheduled_start <= MINUTES_TIME_MAX);

  if (self->scheduled_start == scheduled_start)
    return;

  self->scheduled_start = scheduled_start;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULED_START]);
}

int
minutes_meeting_get_actual_start (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), MINUTES_TIME_UNSET);

  return self->actual_start;
}

void
minutes_meeting_set_actual_start (MinutesMeeting *self,
                                 int             actual_start)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));
  g_return_if_fail (actual_start >= MINUTES_TIME_UNSET && actual_start <= MINUTES_TIME_MAX);

  if (self->actual_start == actual_start)
    return;

  self->actual_start = actual_start;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTUAL_START]);
}

int
minutes_meeting_get_end (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), MINUTES_TIME_UNSET);

  return self->end;
}

void
minutes_meeting_set_end (MinutesMeeting *self,
                        int             end)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));
  g_return_if_fail (end >= MINUTES_TIME_UNSET && end <= MINUTES_TIME_MAX);

  if (self->end == end)
    return;

  self->end = end;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

const char *
minutes_meeting_get_venue (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->venue;
}

void
minutes_meeting_set_venue (MinutesMeeting *self,
                          const char     *venue)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->venue, venue, properties[PROP_VENUE]);
}

const char *
minutes_meeting_get_contact_name (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->contact_name;
}

void
minutes_meeting_set_contact_name (MinutesMeeting *self,
                                 const char     *contact_name)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->contact_name, contact_name, properties[PROP_CONTACT_NAME]);
}

const char *
minutes_meeting_get_contact_role (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->contact_role;
}

void
minutes_meeting_set_contact_role (MinutesMeeting *self,
                                 const char     *contact_role)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->contact_role, contact_role, properties[PROP_CONTACT_ROLE]);
}

const char *
minutes_meeting_get_contact_email (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->contact_email;
}

void
minutes_meeting_set_contact_email (MinutesMeeting *self,
                                  const char     *contact_email)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->contact_email, contact_email, properties[PROP_CONTACT_EMAIL]);
}

const char *
minutes_meeting_get_contact_phone (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->contact_phone;
}

void
minutes_meeting_set_contact_phone (MinutesMeeting *self,
                                  const char     *contact_phone)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->contact_phone, contact_phone, properties[PROP_CONTACT_PHONE]);
}

MinutesMeetingStatus
minutes_meeting_get_status (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), MINUTES_MEETING_STATUS_DRAFT);

  return self->status;
}

void
minutes_meeting_set_status (MinutesMeeting       *self,
                           MinutesMeetingStatus  status)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
minutes_meeting_get_template_id (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->template_id;
}

void
minutes_meeting_set_template_id (MinutesMeeting *self,
                                const char     *template_id)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->template_id, template_id, properties[PROP_TEMPLATE_ID]);
}

const char *
minutes_meeting_get_language (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->language;
}

void
minutes_meeting_set_language (MinutesMeeting *self,
                             const char     *language)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->language, language, properties[PROP_LANGUAGE]);
}

const char *
minutes_meeting_get_attendance_note (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->attendance_note;
}

void
minutes_meeting_set_attendance_note (MinutesMeeting *self,
                                    const char     *attendance_note)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->attendance_note, attendance_note, properties[PROP_ATTENDANCE_NOTE]);
}

gboolean
minutes_meeting_get_no_declarations (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), FALSE);

  return self->no_declarations;
}

void
minutes_meeting_set_no_declarations (MinutesMeeting *self,
                                    gboolean        no_declarations)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  no_declarations = !!no_declarations;

  if (self->no_declarations == no_declarations)
    return;

  self->no_declarations = no_declarations;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NO_DECLARATIONS]);
}

const char *
minutes_meeting_get_signed_by (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->signed_by;
}

void
minutes_meeting_set_signed_by (MinutesMeeting *self,
                              const char     *signed_by)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_string (G_OBJECT (self), &self->signed_by, signed_by, properties[PROP_SIGNED_BY]);
}

const GDate *
minutes_meeting_get_signed_date (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return self->signed_date;
}

void
minutes_meeting_set_signed_date (MinutesMeeting *self,
                                const GDate    *signed_date)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  _minutes_set_date (G_OBJECT (self), &self->signed_date, signed_date, properties[PROP_SIGNED_DATE]);
}

GListModel *
minutes_meeting_get_people (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->people);
}

void
minutes_meeting_insert_person (MinutesMeeting *self,
                               guint           position,
                               MinutesPerson  *person)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));
  g_return_if_fail (MINUTES_IS_PERSON (person));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->people)));
  g_list_store_insert (self->people, position, person);
}

void
minutes_meeting_append_person (MinutesMeeting *self,
                               MinutesPerson  *person)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));
  g_return_if_fail (MINUTES_IS_PERSON (person));

  g_list_store_append (self->people, person);
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_meeting_move_person (MinutesMeeting *self,
                             MinutesPerson  *person,
                             guint           position)
{
  g_autoptr(MinutesPerson) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_MEETING (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_PERSON (person), FALSE);

  if (!g_list_store_find (self->people, person, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (person);
  g_list_store_remove (self->people, old_position);
  g_list_store_insert (self->people, position, keep);

  return TRUE;
}

GListModel *
minutes_meeting_get_declarations (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->declarations);
}

void
minutes_meeting_insert_declaration (MinutesMeeting     *self,
                                    guint               position,
                                    MinutesDeclaration *declaration)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));
  g_return_if_fail (MINUTES_IS_DECLARATION (declaration));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->declarations)));
  g_list_store_insert (self->declarations, position, declaration);
}

void
minutes_meeting_append_declaration (MinutesMeeting     *self,
                                    MinutesDeclaration *declaration)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));
  g_return_if_fail (MINUTES_IS_DECLARATION (declaration));

  g_list_store_append (self->declarations, declaration);
}

gboolean
minutes_meeting_remove_declaration (MinutesMeeting     *self,
                                    MinutesDeclaration *declaration)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_MEETING (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_DECLARATION (declaration), FALSE);

  if (!g_list_store_find (self->declarations, declaration, &position))
    return FALSE;

  _minutes_node_set_parent (MINUTES_NODE (declaration), NULL);
  g_list_store_remove (self->declarations, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_meeting_move_declaration (MinutesMeeting     *self,
                                  MinutesDeclaration *declaration,
                                  guint               position)
{
  g_autoptr(MinutesDeclaration) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_MEETING (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_DECLARATION (declaration), FALSE);

  if (!g_list_store_find (self->declarations, declaration, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->declarations));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (declaration);
  g_list_store_remove (self->declarations, old_position);
  g_list_store_insert (self->declarations, position, keep);

  return TRUE;
}

GListModel *
minutes_meeting_get_items (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->items);
}

void
minutes_meeting_insert_item (MinutesMeeting    *self,
                             guint              position,
                             MinutesAgendaItem *item)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (item));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->items)));
  g_list_store_insert (self->items, position, item);
}

void
minutes_meeting_append_item (MinutesMeeting    *self,
                             MinutesAgendaItem *item)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (item));

  g_list_store_append (self->items, item);
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_meeting_move_item (MinutesMeeting    *self,
                           MinutesAgendaItem *item,
                           guint              position)
{
  g_autoptr(MinutesAgendaItem) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_MEETING (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (item), FALSE);

  if (!g_list_store_find (self->items, item, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (item);
  g_list_store_remove (self->items, old_position);
  g_list_store_insert (self->items, position, keep);

  return TRUE;
}

/* The stamp of the last change that is not inside one agenda item: what
 * an item's rendering or checks may read besides the item (people, the
 * meeting's details, the items' order and numbers) */
void
_minutes_meeting_set_shared_revision (MinutesMeeting *self,
                                      gsize           stamp)
{
  self->shared_revision = stamp;
}

gsize
_minutes_meeting_get_shared_revision (MinutesMeeting *self)
{
  return self->shared_revision;
}

void
_minutes_meeting_emit_changed (MinutesMeeting *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

MinutesPerson *
minutes_meeting_find_person (MinutesMeeting *self,
                             const char     *id)
{
  GListModel *people;

  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  if (id == NULL)
    return NULL;

  people = G_LIST_MODEL (self->people);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (minutes_person_get_id (person), id) == 0)
        return person;
    }

  return NULL;
}

MinutesAgendaItem *
minutes_meeting_find_item (MinutesMeeting *self,
                           const char     *id)
{
  GListModel *items;

  g_return_val_if_fail (MINUTES_IS_MEETING (self), NULL);

  if (id == NULL)
    return NULL;

  items = G_LIST_MODEL (self->items);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (minutes_agenda_item_get_id (item), id) == 0)
        return item;
    }

  return NULL;
}

/* The actual start when recorded, else the scheduled one. */
int
minutes_meeting_get_start (MinutesMeeting *self)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (self), MINUTES_TIME_UNSET);

  if (self->actual_start != MINUTES_TIME_UNSET)
    return self->actual_start;

  return self->scheduled_start;
}

static void
forget_person_in_item (MinutesAgendaItem *item,
                       MinutesPerson     *person)
{
  GListModel *list;
  guint position;

  if (minutes_agenda_item_get_chair (item) == person)
    minutes_agenda_item_set_chair (item, NULL);

  while (g_list_store_find (G_LIST_STORE (minutes_agenda_item_get_witnesses (item)), person, &position))
    g_list_store_remove (G_LIST_STORE (minutes_agenda_item_get_witnesses (item)), position);

  list = minutes_agenda_item_get_discussion (item);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (list, i);

      if (minutes_discussion_entry_get_person (entry) == person)
        minutes_discussion_entry_set_person (entry, NULL);
    }

  list = minutes_agenda_item_get_actions (item);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MinutesAction) action = g_list_model_get_item (list, i);

      if (minutes_action_get_owner (action) != person)
        continue;

      /* Keep the owner's words in the minutes as they were printed. */
      if (minutes_action_get_owner_text (action) == NULL)
        {
          g_autofree char *label = minutes_action_dup_owner_label (action);

          minutes_action_set_owner_text (action, label);
        }
      minutes_action_set_owner (action, NULL);
    }

  list = minutes_agenda_item_get_motions (item);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MinutesMotion) motion = g_list_model_get_item (list, i);

      _minutes_motion_forget_person (motion, person);
    }
}

/* Removes a person and every reference to them, so the meeting never refers
 * to someone who is not in it. Their declarations go with them. */
gboolean
minutes_meeting_remove_person (MinutesMeeting *self,
                               MinutesPerson  *person)
{
  g_autoptr(MinutesPerson) keep = NULL;
  GListModel *list;
  guint position;

  g_return_val_if_fail (MINUTES_IS_MEETING (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_PERSON (person), FALSE);

  if (!g_list_store_find (self->people, person, &position))
    return FALSE;

  keep = g_object_ref (person);

  list = G_LIST_MODEL (self->people);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MinutesPerson) other = g_list_model_get_item (list, i);

      if (minutes_person_get_substitute_for (other) == person)
        minutes_person_set_substitute_for (other, NULL);
    }

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->declarations)); i > 0; i--)
    {
      g_autoptr(MinutesDeclaration) declaration = g_list_model_get_item (G_LIST_MODEL (self->declarations), i - 1);

      if (minutes_declaration_get_person (declaration) == person)
        minutes_meeting_remove_declaration (self, declaration);
    }

  list = G_LIST_MODEL (self->items);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (list, i);

      forget_person_in_item (item, person);
    }

  _minutes_node_set_parent (MINUTES_NODE (person), NULL);
  g_list_store_remove (self->people, position);

  return TRUE;
}

/* Removes an item; declarations that named it keep their text but no longer
 * point at it. */
gboolean
minutes_meeting_remove_item (MinutesMeeting    *self,
                             MinutesAgendaItem *item)
{
  GListModel *declarations;
  guint position;

  g_return_val_if_fail (MINUTES_IS_MEETING (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (item), FALSE);

  if (!g_list_store_find (self->items, item, &position))
    return FALSE;

  declarations = G_LIST_MODEL (self->declarations);
  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(MinutesDeclaration) declaration = g_list_model_get_item (declarations, i);

      if (minutes_declaration_get_item (declaration) == item)
        minutes_declaration_set_item (declaration, NULL);
    }

  _minutes_node_set_parent (MINUTES_NODE (item), NULL);
  g_list_store_remove (self->items, position);

  return TRUE;
}

static char *
make_unique_id (GHashTable *taken,
                const char *prefix)
{
  for (guint n = g_hash_table_size (taken) + 1; ; n++)
    {
      char *id = g_strdup_printf ("%s%u", prefix, n);

      if (!g_hash_table_contains (taken, id))
        return id;
      g_free (id);
    }
}

/* Collects the ids in a list, then gives every object without an id, or
 * with one already taken, a fresh id, so references can be written. */
static const char *
get_id (gpointer object)
{
  if (MINUTES_IS_PERSON (object))
    return minutes_person_get_id (object);

  return minutes_agenda_item_get_id (object);
}

static void
set_id (gpointer    object,
        const char *id)
{
  if (MINUTES_IS_PERSON (object))
    minutes_person_set_id (object, id);
  else
    minutes_agenda_item_set_id (object, id);
}

static void
ensure_unique_ids (GListModel *list,
                   const char *prefix)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) needing = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      gpointer object = g_list_model_get_item (list, i);
      const char *id = get_id (object);

      if (id == NULL || g_hash_table_contains (taken, id))
        {
          g_ptr_array_add (needing, object);
          continue;
        }

      g_hash_table_add (taken, g_strdup (id));
      g_object_unref (object);
    }

  for (guint i = 0; i < needing->len; i++)
    {
      g_autofree char *fresh = make_unique_id (taken, prefix);

      set_id (g_ptr_array_index (needing, i), fresh);
      g_hash_table_add (taken, g_steal_pointer (&fresh));
    }
}

void
minutes_meeting_ensure_ids (MinutesMeeting *self)
{
  g_return_if_fail (MINUTES_IS_MEETING (self));

  ensure_unique_ids (G_LIST_MODEL (self->people), "person-");
  ensure_unique_ids (G_LIST_MODEL (self->items), "item-");
}
