/* minutes-template.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "minutes-backend.h"
#include "minutes-enums.h"
#include "minutes-types.h"

G_BEGIN_DECLS

#define MINUTES_TEMPLATE_ERROR (minutes_template_error_quark ())

typedef enum
{
  MINUTES_TEMPLATE_ERROR_NOT_FOUND,
  MINUTES_TEMPLATE_ERROR_SYNTAX,       /* not well-formed XML */
  MINUTES_TEMPLATE_ERROR_INVALID,      /* well-formed, but not a template */
} MinutesTemplateError;

#define MINUTES_DEFAULT_TEMPLATE "select-committee"

/* One attendance line of the minutes: who is in it and how it is printed. */
typedef struct
{
  char     *id;
  char     *label;                /* "IN ATTENDANCE:" */
  char     *collective;           /* "Councillors", printed once before the names */
  char     *collective_one;       /* "Councillor", when there is one name */
  guint     kinds;                /* bit (1 << MinutesPersonKind) */
  guint     attendances;          /* bit (1 << MinutesAttendance) */
} MinutesAttendanceGroup;

/* A value for a {placeholder} in a phrase. */
typedef struct
{
  const char      *key;
  const char      *text;          /* as printed */
  MinutesSpanKind  kind;
  const char      *value;         /* machine-readable form for dates, times, links */
} MinutesPhraseArg;

/* How much a template wants a header part (rules header-required and
 * header-recommended). */
typedef enum
{
  MINUTES_PART_OPTIONAL,
  MINUTES_PART_RECOMMENDED,
  MINUTES_PART_REQUIRED,
} MinutesPartUse;

typedef enum
{
  MINUTES_STANDING_PLACE_ANY,
  MINUTES_STANDING_PLACE_START,   /* among the first items, in template order */
  MINUTES_STANDING_PLACE_END,     /* the last items */
} MinutesStandingPlace;

/* A standing item of the template, in the template's order. Matched by its
 * kind, or (when kind is MINUTES_STANDING_NONE) by its title. */
typedef struct
{
  MinutesStanding       kind;
  char                 *match_title;
  char                 *title;      /* the title a new item gets; may hold {date} */
  MinutesStandingPlace  place;
  gboolean              required;
} MinutesStandingItem;

/* The quorum: members counted must be at least fixed, or, when fixed is 0,
 * ceil (membership × numerator / denominator) and at least minimum. */
typedef struct
{
  guint     fixed;
  guint     numerator;
  guint     denominator;
  guint     minimum;
  gboolean  virtual_counts;
  char     *virtual_note;   /* NULL when the template has none */
} MinutesQuorumRule;

/* A resolution the clerk can insert with one click. */
typedef struct
{
  MinutesResolutionKind  kind;
  char                  *label;
  char                  *text;
} MinutesQuickResolution;

#define MINUTES_TYPE_TEMPLATE (minutes_template_get_type ())

G_DECLARE_FINAL_TYPE (MinutesTemplate, minutes_template, MINUTES, TEMPLATE, GObject)

GQuark           minutes_template_error_quark         (void);
MinutesTemplate *minutes_template_new_from_file       (GFile                *file,
                                                       GError              **error);
MinutesTemplate *minutes_template_new_from_bytes      (GBytes               *bytes,
                                                       const char           *display_name,
                                                       GError              **error);
MinutesTemplate *minutes_template_lookup              (const char           *name,
                                                       GError              **error);
MinutesTemplate *minutes_template_lookup_for_meeting  (MinutesMeeting       *meeting,
                                                       GError              **error);
const char      *minutes_template_get_id              (MinutesTemplate      *self);
const char      *minutes_template_get_name            (MinutesTemplate      *self);
const char      *minutes_template_get_language        (MinutesTemplate      *self);
gboolean         minutes_language_matches             (const char           *a,
                                                       const char           *b);
MinutesTemplate *minutes_template_lookup_translation  (MinutesTemplate      *self,
                                                       const char           *language,
                                                       GError              **error);
const char      *minutes_template_get_phrase          (MinutesTemplate      *self,
                                                       const char           *phrase_id);
char            *minutes_template_expand              (MinutesTemplate      *self,
                                                       const char           *phrase_id,
                                                       ...) G_GNUC_NULL_TERMINATED;
void             minutes_template_expand_pattern      (const char             *pattern,
                                                       const MinutesPhraseArg *args,
                                                       guint                   n_args,
                                                       GPtrArray              *spans);
char            *minutes_template_format_date         (MinutesTemplate      *self,
                                                       const char           *format_id,
                                                       const GDate          *date);
char            *minutes_template_format_time         (MinutesTemplate      *self,
                                                       int                   minutes);
char            *minutes_template_format_number       (MinutesTemplate      *self,
                                                       const char           *format_id,
                                                       const char           *number);
char            *minutes_template_join_list           (MinutesTemplate      *self,
                                                       const char * const   *parts);
GPtrArray       *minutes_template_get_attendance_groups (MinutesTemplate    *self);
const char * const *minutes_template_get_item_sections (MinutesTemplate     *self);
const char      *minutes_template_get_section_heading (MinutesTemplate      *self,
                                                       const char           *section);
gboolean         minutes_template_heading_needs_witnesses (MinutesTemplate  *self,
                                                       const char           *section);

MinutesPartUse   minutes_template_get_part_use        (MinutesTemplate      *self,
                                                       const char           *part);
GPtrArray       *minutes_template_get_standing_items  (MinutesTemplate      *self);
const MinutesQuorumRule *minutes_template_get_quorum  (MinutesTemplate      *self);
guint            minutes_template_get_quorum_for      (MinutesTemplate      *self,
                                                       guint                 membership);
GPtrArray       *minutes_template_get_quick_resolutions (MinutesTemplate    *self);
gboolean         minutes_template_get_rule_severity   (MinutesTemplate      *self,
                                                       const char           *rule_id,
                                                       MinutesSeverity       fallback,
                                                       MinutesSeverity      *severity);
gboolean         minutes_template_section_is_required (MinutesTemplate      *self,
                                                       const char           *section);
const char      *minutes_template_get_month_name      (MinutesTemplate      *self,
                                                       GDateMonth            month);
const char      *minutes_template_get_weekday_name    (MinutesTemplate      *self,
                                                       GDateWeekday          weekday);

G_END_DECLS
