/* minutes-person.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-person.h"
#include "minutes-enum-types.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

/* A person named in the meeting, with their attendance at it. */
struct _MinutesPerson
{
  MinutesNode parent_instance;

  char *id;
  char *name;
  char *honorific;
  char *job_title;
  char *organisation;
  MinutesPersonKind kind;
  MinutesAttendance attendance;
  MinutesRole role;
  MinutesPerson *substitute_for;
  int arrived_at;
  int left_at;
};

G_DEFINE_FINAL_TYPE (MinutesPerson, minutes_person, MINUTES_TYPE_NODE)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_HONORIFIC,
  PROP_JOB_TITLE,
  PROP_ORGANISATION,
  PROP_KIND,
  PROP_ATTENDANCE,
  PROP_ROLE,
  PROP_SUBSTITUTE_FOR,
  PROP_ARRIVED_AT,
  PROP_LEFT_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
minutes_person_finalize (GObject *object)
{
  MinutesPerson *self = (MinutesPerson *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->honorific, g_free);
  g_clear_pointer (&self->job_title, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_object (&self->substitute_for);

  G_OBJECT_CLASS (minutes_person_parent_class)->finalize (object);
}

static void
minutes_person_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MinutesPerson *self = MINUTES_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_HONORIFIC:
      g_value_set_string (value, self->honorific);
      break;

    case PROP_JOB_TITLE:
      g_value_set_string (value, self->job_title);
      break;

    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ATTENDANCE:
      g_value_set_enum (value, self->attendance);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_SUBSTITUTE_FOR:
      g_value_set_object (value, self->substitute_for);
      break;

    case PROP_ARRIVED_AT:
      g_value_set_int (value, self->arrived_at);
      break;

    case PROP_LEFT_AT:
      g_value_set_int (value, self->left_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_person_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MinutesPerson *self = MINUTES_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      minutes_person_set_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      minutes_person_set_name (self, g_value_get_string (value));
      break;

    case PROP_HONORIFIC:
      minutes_person_set_honorific (self, g_value_get_string (value));
      break;

    case PROP_JOB_TITLE:
      minutes_person_set_job_title (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION:
      minutes_person_set_organisation (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      minutes_person_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_ATTENDANCE:
      minutes_person_set_attendance (self, g_value_get_enum (value));
      break;

    case PROP_ROLE:
      minutes_person_set_role (self, g_value_get_enum (value));
      break;

    case PROP_SUBSTITUTE_FOR:
      minutes_person_set_substitute_for (self, g_value_get_object (value));
      break;

    case PROP_ARRIVED_AT:
      minutes_person_set_arrived_at (self, g_value_get_int (value));
      break;

    case PROP_LEFT_AT:
      minutes_person_set_left_at (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_person_class_init (MinutesPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_person_finalize;
  object_class->get_property = minutes_person_get_property;
  object_class->set_property = minutes_person_set_property;

  /* Unique within the meeting; the file refers to people by it. */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* "Councillor", "Superintendent", "Cllr", "Dr"… */
  properties[PROP_HONORIFIC] =
    g_param_spec_string ("honorific", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_JOB_TITLE] =
    g_param_spec_string ("job-title", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                           MINUTES_TYPE_PERSON_KIND,
                           MINUTES_PERSON_KIND_MEMBER,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ATTENDANCE] =
    g_param_spec_enum ("attendance", NULL, NULL,
                           MINUTES_TYPE_ATTENDANCE,
                           MINUTES_ATTENDANCE_EXPECTED,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                           MINUTES_TYPE_ROLE,
                           MINUTES_ROLE_NONE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The member this substitute stands in for. */
  properties[PROP_SUBSTITUTE_FOR] =
    g_param_spec_object ("substitute-for", NULL, NULL,
                             MINUTES_TYPE_PERSON,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Late arrival, minutes since midnight. */
  properties[PROP_ARRIVED_AT] =
    g_param_spec_int ("arrived-at", NULL, NULL,
                          MINUTES_TIME_UNSET, MINUTES_TIME_MAX, MINUTES_TIME_UNSET,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Early departure, minutes since midnight. */
  properties[PROP_LEFT_AT] =
    g_param_spec_int ("left-at", NULL, NULL,
                          MINUTES_TIME_UNSET, MINUTES_TIME_MAX, MINUTES_TIME_UNSET,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_person_init (MinutesPerson *self)
{
  self->arrived_at = MINUTES_TIME_UNSET;
  self->left_at = MINUTES_TIME_UNSET;
}

MinutesPerson *
minutes_person_new (void)
{
  return g_object_new (MINUTES_TYPE_PERSON, NULL);
}

const char *
minutes_person_get_id (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), NULL);

  return self->id;
}

void
minutes_person_set_id (MinutesPerson *self,
                      const char    *id)
{
  g_return_if_fail (MINUTES_IS_PERSON (self));

  _minutes_set_string (G_OBJECT (self), &self->id, id, properties[PROP_ID]);
}

const char *
minutes_person_get_name (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), NULL);

  return self->name;
}

void
minutes_person_set_name (MinutesPerson *self,
                        const char    *name)
{
  g_return_if_fail (MINUTES_IS_PERSON (self));

  _minutes_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
}

const char *
minutes_person_get_honorific (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), NULL);

  return self->honorific;
}

void
minutes_person_set_honorific (MinutesPerson *self,
                             const char    *honorific)
{
  g_return_if_fail (MINUTES_IS_PERSON (self));

  _minutes_set_string (G_OBJECT (self), &self->honorific, honorific, properties[PROP_HONORIFIC]);
}

const char *
minutes_person_get_job_title (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), NULL);

  return self->job_title;
}

void
minutes_person_set_job_title (MinutesPerson *self,
                             const char    *job_title)
{
  g_return_if_fail (MINUTES_IS_PERSON (self));

  _minutes_set_string (G_OBJECT (self), &self->job_title, job_title, properties[PROP_JOB_TITLE]);
}

const char *
minutes_person_get_organisation (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), NULL);

  return self->organisation;
}

void
minutes_person_set_organisation (MinutesPerson *self,
                                const char    *organisation)
{
  g_return_if_fail (MINUTES_IS_PERSON (self));

  _minutes_set_string (G_OBJECT (self), &self->organisation, organisation, properties[PROP_ORGANISATION]);
}

MinutesPersonKind
minutes_person_get_kind (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), MINUTES_PERSON_KIND_MEMBER);

  return self->kind;
}

void
minutes_person_set_kind (MinutesPerson     *self,
                        MinutesPersonKind  kind)
{
  g_return_if_fail (MINUTES_IS_PERSON (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

MinutesAttendance
minutes_person_get_attendance (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), MINUTES_ATTENDANCE_EXPECTED);

  return self->attendance;
}

void
minutes_person_set_attendance (MinutesPerson     *self,
                              MinutesAttendance  attendance)
{
  g_return_if_fail (MINUTES_IS_PERSON (self));

  if (self->attendance == attendance)
    return;

  self->attendance = attendance;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDANCE]);
}

MinutesRole
minutes_person_get_role (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), MINUTES_ROLE_NONE);

  return self->role;
}

void
minutes_person_set_role (MinutesPerson *self,
                        MinutesRole    role)
{
  g_return_if_fail (MINUTES_IS_PERSON (self));

  if (self->role == role)
    return;

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

MinutesPerson *
minutes_person_get_substitute_for (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), NULL);

  return self->substitute_for;
}

void
minutes_person_set_substitute_for (MinutesPerson *self,
                                  MinutesPerson *substitute_for)
{
  g_return_if_fail (MINUTES_IS_PERSON (self));
  g_return_if_fail (substitute_for == NULL || MINUTES_IS_PERSON (substitute_for));

  _minutes_set_object (G_OBJECT (self), (gpointer *) &self->substitute_for, substitute_for, properties[PROP_SUBSTITUTE_FOR]);
}

int
minutes_person_get_arrived_at (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), MINUTES_TIME_UNSET);

  return self->arrived_at;
}

void
minutes_person_set_arrived_at (MinutesPerson *self,
                              int            arrived_at)
{
  g_return_if_fail (MINUTES_IS_PERSON (self));
  g_return_if_fail (arrived_at >= MINUTES_TIME_UNSET && arrived_at <= MINUTES_TIME_MAX);

  if (self->arrived_at == arrived_at)
    return;

  self->arrived_at = arrived_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARRIVED_AT]);
}

int
minutes_person_get_left_at (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), MINUTES_TIME_UNSET);

  return self->left_at;
}

void
minutes_person_set_left_at (MinutesPerson *self,
                           int            left_at)
{
  g_return_if_fail (MINUTES_IS_PERSON (self));
  g_return_if_fail (left_at >= MINUTES_TIME_UNSET && left_at <= MINUTES_TIME_MAX);

  if (self->left_at == left_at)
    return;

  self->left_at = left_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEFT_AT]);
}

/* Members and substitutes count towards the quorum and vote; officers and
 * external witnesses do not. */
gboolean
minutes_person_is_member (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), FALSE);

  return self->kind == MINUTES_PERSON_KIND_MEMBER ||
         self->kind == MINUTES_PERSON_KIND_SUBSTITUTE;
}

gboolean
minutes_person_is_attending (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), FALSE);

  return self->attendance == MINUTES_ATTENDANCE_PRESENT ||
         self->attendance == MINUTES_ATTENDANCE_PRESENT_VIRTUALLY;
}

/* "Superintendent Charlene Pavitt" */
char *
minutes_person_dup_full_name (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), NULL);

  if (self->honorific == NULL)
    return g_strdup (self->name != NULL ? self->name : "");

  if (self->name == NULL)
    return g_strdup (self->honorific);

  return g_strconcat (self->honorific, " ", self->name, NULL);
}

/* "Job title – Organisation", either part alone, or NULL. */
char *
minutes_person_dup_description (MinutesPerson *self)
{
  g_return_val_if_fail (MINUTES_IS_PERSON (self), NULL);

  if (self->job_title != NULL && self->organisation != NULL)
    return g_strconcat (self->job_title, " – ", self->organisation, NULL);

  return g_strdup (self->job_title != NULL ? self->job_title : self->organisation);
}
