/* minutes-template.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <string.h>

#include "minutes-backend.h"
#include "minutes-enum-types.h"
#include "minutes-meeting.h"
#include "minutes-node-private.h"
#include "minutes-template.h"
#include "minutes-xml-private.h"

#define TEMPLATE_NS "https://example.com/minutes/template/1"

/* A council's template: the wording, order and calendar of its documents.
 * Loaded from XML so that it is data a council can change, not code. */
struct _MinutesTemplate
{
  GObject parent_instance;

  char       *id;
  char       *name;
  char       *language;
  char       *months[12];
  char       *weekdays[7];
  char       *am;
  char       *pm;
  GHashTable *phrases;          /* id → text */
  GHashTable *formats;          /* id → pattern */
  GPtrArray  *groups;           /* of MinutesAttendanceGroup */
  GStrv       sections;         /* item layout, in order */
  GHashTable *section_headings; /* section → heading */
  GHashTable *witness_headings; /* sections whose heading needs witnesses */
  GHashTable *required_sections; /* sections a substantive item must fill */
  GHashTable *parts;            /* part → MinutesPartUse */
  GPtrArray  *standing_items;   /* of MinutesStandingItem */
  MinutesQuorumRule quorum;
  GPtrArray  *quick_resolutions; /* of MinutesQuickResolution */
  GHashTable *rules;            /* rule id → severity, or RULE_OFF */
};

#define RULE_OFF (-1)

G_DEFINE_FINAL_TYPE (MinutesTemplate, minutes_template, G_TYPE_OBJECT)

G_DEFINE_QUARK (minutes-template-error-quark, minutes_template_error)

/* Every template must say these, so the renderer never prints a gap. */
static const char * const required_phrases[] = {
  "minutes-title", "agenda-title", "decisions-title", "dateline",
  "dateline-no-time", "confidential", "page-number", "attendance-collective", "attendance",
  "attendance-note-label", "declarations-heading",
  "person-with-notes", "person-notes-separator", "role-chair",
  "role-vice-chair", "substitute-for", "arrived-at", "left-at",
  "in-the-chair", "item-reference", "witness", "action",
  "declarations-none", "declaration", "declaration-withdrew", "adjournment",
  "adjournment-open", "arrival", "departure", "motion", "motion-moved",
  "motion-moved-unseconded", "motion-amendment", "motion-votes",
  "motion-voted-for", "motion-voted-against", "motion-abstained",
  "motion-carried", "motion-lost", "motion-withdrawn", "resolution-resolved",
  "resolution-agreed", "resolution-noted", "resolution-to-recommend",
  "resolution-to-recommend-lead", "resolution-referred", "resolution-other",
  "exempt", "exempt-no-ground", "minutes-truncated", "meeting-ended",
  "signature-chair", "signature-date", "venue-label", "contact-label",
  "contact", "email-label", "phone-label", "membership-label", "membership", "attachment", "additional-documents-label",
  "decision-label",
  NULL
};

static const char * const required_formats[] = {
  "date-long", "date-short", "time", "item-number", "point-number",
  "list-number", "list-separator", "list-last-separator", "size-kb",
  "size-mb",
  NULL
};

static const char * const known_sections[] = {
  "witnesses", "discussion", "actions", "motions", "resolutions",
  "declarations", "recommendation",
  NULL
};

static void
attendance_group_free (MinutesAttendanceGroup *group)
{
  g_free (group->id);
  g_free (group->label);
  g_free (group->collective);
  g_free (group->collective_one);
  g_free (group);
}

static void
standing_item_free (MinutesStandingItem *standing)
{
  g_free (standing->match_title);
  g_free (standing->title);
  g_free (standing);
}

static void
quick_resolution_free (MinutesQuickResolution *quick)
{
  g_free (quick->label);
  g_free (quick->text);
  g_free (quick);
}

static void
minutes_template_finalize (GObject *object)
{
  MinutesTemplate *self = (MinutesTemplate *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->language, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->months); i++)
    g_clear_pointer (&self->months[i], g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->weekdays); i++)
    g_clear_pointer (&self->weekdays[i], g_free);
  g_clear_pointer (&self->am, g_free);
  g_clear_pointer (&self->pm, g_free);
  g_clear_pointer (&self->phrases, g_hash_table_unref);
  g_clear_pointer (&self->formats, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->sections, g_strfreev);
  g_clear_pointer (&self->section_headings, g_hash_table_unref);
  g_clear_pointer (&self->witness_headings, g_hash_table_unref);
  g_clear_pointer (&self->required_sections, g_hash_table_unref);
  g_clear_pointer (&self->parts, g_hash_table_unref);
  g_clear_pointer (&self->standing_items, g_ptr_array_unref);
  g_clear_pointer (&self->quorum.virtual_note, g_free);
  g_clear_pointer (&self->quick_resolutions, g_ptr_array_unref);
  g_clear_pointer (&self->rules, g_hash_table_unref);

  G_OBJECT_CLASS (minutes_template_parent_class)->finalize (object);
}

static void
minutes_template_class_init (MinutesTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_template_finalize;
}

static void
minutes_template_init (MinutesTemplate *self)
{
  self->phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) attendance_group_free);
  self->section_headings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->witness_headings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->required_sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->standing_items = g_ptr_array_new_with_free_func ((GDestroyNotify) standing_item_free);
  self->quick_resolutions = g_ptr_array_new_with_free_func ((GDestroyNotify) quick_resolution_free);
  self->rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Without a <quorum>: the usual quarter of the membership, at least
   * three, in person only (England). */
  self->quorum.numerator = 1;
  self->quorum.denominator = 4;
  self->quorum.minimum = 3;
}

/* Loading */

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, TEMPLATE_NS) == 0 &&
         g_strcmp0 ((const char *) node->name, name) == 0;
}

static char *
dup_attribute (xmlNode    *node,
               const char *name)
{
  g_autoptr(xmlChar) value = xmlGetProp (node, (const xmlChar *) name);

  return value != NULL ? g_strdup ((const char *) value) : NULL;
}

static char *
dup_content (xmlNode *node)
{
  g_autoptr(xmlChar) value = xmlNodeGetContent (node);

  return g_strdup (value != NULL ? (const char *) value : "");
}

static gboolean
set_invalid (GError     **error,
             const char  *display_name,
             xmlNode     *node,
             const char  *format,
             ...) G_GNUC_PRINTF (4, 5);

static gboolean
set_invalid (GError     **error,
             const char  *display_name,
             xmlNode     *node,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (node != NULL)
    g_set_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_INVALID,
                 "%s:%ld: %s", display_name, xmlGetLineNo (node), message);
  else
    g_set_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_INVALID,
                 "%s: %s", display_name, message);

  return FALSE;
}

/* xsd:boolean */
static gboolean
is_true (const char *value)
{
  return g_strcmp0 (value, "true") == 0 || g_strcmp0 (value, "1") == 0;
}

static int
enum_value_by_nick (GType       enum_type,
                    const char *nick,
                    int         fallback)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (enum_class, nick) : NULL;

  return value != NULL ? value->value : fallback;
}

/* "member substitute" → bits of the enum's values, by nick. */
static gboolean
parse_enum_set (GType        enum_type,
                const char  *text,
                guint       *bits)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);
  g_auto(GStrv) words = g_strsplit_set (text != NULL ? text : "", " \t\n", -1);

  *bits = 0;
  for (guint i = 0; words[i] != NULL; i++)
    {
      GEnumValue *value;

      if (words[i][0] == '\0')
        continue;
      value = g_enum_get_value_by_nick (enum_class, words[i]);
      if (value == NULL)
        return FALSE;
      *bits |= 1u << value->value;
    }

  return *bits != 0;
}

static gboolean
load_calendar (MinutesTemplate  *self,
               xmlNode          *calendar,
               const char       *display_name,
               GError          **error)
{
  guint n_months = 0;
  guint n_weekdays = 0;

  for (xmlNode *node = calendar->children; node != NULL; node = node->next)
    {
      if (is_element (node, "month") && n_months < G_N_ELEMENTS (self->months))
        self->months[n_months++] = dup_content (node);
      else if (is_element (node, "weekday") && n_weekdays < G_N_ELEMENTS (self->weekdays))
        self->weekdays[n_weekdays++] = dup_content (node);
      else if (is_element (node, "am"))
        {
          g_free (self->am);
          self->am = dup_content (node);
        }
      else if (is_element (node, "pm"))
        {
          g_free (self->pm);
          self->pm = dup_content (node);
        }
    }

  if (n_months != 12 || n_weekdays != 7 || self->am == NULL || self->pm == NULL)
    return set_invalid (error, display_name, calendar,
                        _("the calendar needs 12 months, 7 weekdays (Monday first), am and pm"));

  return TRUE;
}

static gboolean
load_attendance (MinutesTemplate  *self,
                 xmlNode          *attendance,
                 const char       *display_name,
                 GError          **error)
{
  for (xmlNode *node = attendance->children; node != NULL; node = node->next)
    {
      g_autofree char *kinds = NULL;
      g_autofree char *attendances = NULL;
      MinutesAttendanceGroup *group;

      if (!is_element (node, "group"))
        continue;

      group = g_new0 (MinutesAttendanceGroup, 1);
      g_ptr_array_add (self->groups, group);
      group->id = dup_attribute (node, "id");
      group->label = dup_attribute (node, "label");
      group->collective = dup_attribute (node, "collective");
      group->collective_one = dup_attribute (node, "collective-one");
      kinds = dup_attribute (node, "kinds");
      attendances = dup_attribute (node, "attendance");

      if (group->id == NULL || group->label == NULL)
        return set_invalid (error, display_name, node,
                            _("an attendance group needs an id and a label"));
      if (!parse_enum_set (MINUTES_TYPE_PERSON_KIND, kinds, &group->kinds))
        return set_invalid (error, display_name, node,
                            _("kinds must list member, substitute, officer or external"));
      if (!parse_enum_set (MINUTES_TYPE_ATTENDANCE, attendances, &group->attendances))
        return set_invalid (error, display_name, node,
                            _("attendance must list expected, present, present-virtually, apologies or absent"));
    }

  return TRUE;
}

static gboolean
load_item_layout (MinutesTemplate  *self,
                  xmlNode          *layout,
                  const char       *display_name,
                  GError          **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (xmlNode *node = layout->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *heading = NULL;
      g_autofree char *when = NULL;
      g_autofree char *required = NULL;

      if (!is_element (node, "section"))
        continue;

      id = dup_attribute (node, "id");
      heading = dup_attribute (node, "heading");
      when = dup_attribute (node, "when");
      required = dup_attribute (node, "required");

      if (id == NULL || !g_strv_contains (known_sections, id))
        return set_invalid (error, display_name, node,
                            _("a section id must be one of witnesses, discussion, actions, motions, resolutions, declarations, recommendation"));
      if (when != NULL && g_strcmp0 (when, "witnesses") != 0)
        return set_invalid (error, display_name, node,
                            _("when can only be “witnesses”"));

      if (heading != NULL)
        g_hash_table_insert (self->section_headings, g_strdup (id), g_steal_pointer (&heading));
      if (when != NULL)
        g_hash_table_add (self->witness_headings, g_strdup (id));
      if (is_true (required))
        g_hash_table_add (self->required_sections, g_strdup (id));
      g_strv_builder_add (builder, id);
    }

  self->sections = g_strv_builder_end (builder);

  return TRUE;
}

static gboolean
load_parts (MinutesTemplate  *self,
            xmlNode          *parts,
            const char       *display_name,
            GError          **error)
{
  for (xmlNode *node = parts->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *use = NULL;
      MinutesPartUse part_use = MINUTES_PART_OPTIONAL;

      if (!is_element (node, "part"))
        continue;

      id = dup_attribute (node, "id");
      use = dup_attribute (node, "use");
      if (id == NULL)
        return set_invalid (error, display_name, node, _("a part needs an id"));
      if (g_strcmp0 (use, "required") == 0)
        part_use = MINUTES_PART_REQUIRED;
      else if (g_strcmp0 (use, "recommended") == 0)
        part_use = MINUTES_PART_RECOMMENDED;
      g_hash_table_insert (self->parts, g_steal_pointer (&id), GINT_TO_POINTER (part_use));
    }

  return TRUE;
}

static gboolean
load_standing_items (MinutesTemplate  *self,
                     xmlNode          *standing_items)
{
  for (xmlNode *node = standing_items->children; node != NULL; node = node->next)
    {
      g_autofree char *kind = NULL;
      g_autofree char *place = NULL;
      g_autofree char *required = NULL;
      MinutesStandingItem *standing;

      if (!is_element (node, "standing"))
        continue;

      kind = dup_attribute (node, "kind");
      place = dup_attribute (node, "place");
      required = dup_attribute (node, "required");

      standing = g_new0 (MinutesStandingItem, 1);
      standing->kind = enum_value_by_nick (MINUTES_TYPE_STANDING, kind, MINUTES_STANDING_NONE);
      standing->match_title = dup_attribute (node, "match-title");
      standing->title = dup_attribute (node, "title");
      if (g_strcmp0 (place, "start") == 0)
        standing->place = MINUTES_STANDING_PLACE_START;
      else if (g_strcmp0 (place, "end") == 0)
        standing->place = MINUTES_STANDING_PLACE_END;
      else
        standing->place = MINUTES_STANDING_PLACE_ANY;
      standing->required = is_true (required);
      g_ptr_array_add (self->standing_items, standing);
    }

  return TRUE;
}

static gboolean
load_quorum (MinutesTemplate  *self,
             xmlNode          *quorum,
             const char       *display_name,
             GError          **error)
{
  g_autofree char *members = dup_attribute (quorum, "members");
  g_autofree char *fraction = dup_attribute (quorum, "fraction");
  g_autofree char *minimum = dup_attribute (quorum, "minimum");
  g_autofree char *virtual_counts = dup_attribute (quorum, "virtual-counts");

  self->quorum.fixed = 0;
  self->quorum.minimum = 0;
  if (members != NULL)
    {
      self->quorum.fixed = (guint) g_ascii_strtoull (members, NULL, 10);
    }
  else if (fraction != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (fraction, "/", 2);

      self->quorum.numerator = parts[0] != NULL ? (guint) g_ascii_strtoull (parts[0], NULL, 10) : 0;
      self->quorum.denominator = parts[0] != NULL && parts[1] != NULL ? (guint) g_ascii_strtoull (parts[1], NULL, 10) : 0;
      if (self->quorum.numerator == 0 || self->quorum.denominator == 0 ||
          self->quorum.numerator > self->quorum.denominator)
        return set_invalid (error, display_name, quorum,
                            _("the quorum fraction must be between 0 and 1, like 1/4"));
    }
  if (minimum != NULL)
    self->quorum.minimum = (guint) g_ascii_strtoull (minimum, NULL, 10);
  self->quorum.virtual_counts = is_true (virtual_counts);

  for (xmlNode *node = quorum->children; node != NULL; node = node->next)
    {
      if (is_element (node, "virtual-note"))
        {
          g_free (self->quorum.virtual_note);
          self->quorum.virtual_note = dup_content (node);
        }
    }

  return TRUE;
}

static gboolean
load_quick_resolutions (MinutesTemplate  *self,
                        xmlNode          *quick_resolutions)
{
  for (xmlNode *node = quick_resolutions->children; node != NULL; node = node->next)
    {
      g_autofree char *kind = NULL;
      MinutesQuickResolution *quick;

      if (!is_element (node, "resolution"))
        continue;

      kind = dup_attribute (node, "kind");
      quick = g_new0 (MinutesQuickResolution, 1);
      quick->kind = enum_value_by_nick (MINUTES_TYPE_RESOLUTION_KIND, kind, MINUTES_RESOLUTION_RESOLVED);
      quick->label = dup_attribute (node, "label");
      quick->text = dup_content (node);
      g_ptr_array_add (self->quick_resolutions, quick);
    }

  return TRUE;
}

static gboolean
load_rules (MinutesTemplate  *self,
            xmlNode          *rules,
            const char       *display_name,
            GError          **error)
{
  for (xmlNode *node = rules->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *severity = NULL;
      int value;

      if (!is_element (node, "rule"))
        continue;

      id = dup_attribute (node, "id");
      severity = dup_attribute (node, "severity");
      if (id == NULL)
        return set_invalid (error, display_name, node, _("a rule needs an id"));
      if (g_hash_table_contains (self->rules, id))
        return set_invalid (error, display_name, node, _("rule “%s” is set twice"), id);
      if (g_strcmp0 (severity, "off") == 0)
        value = RULE_OFF;
      else
        value = enum_value_by_nick (MINUTES_TYPE_SEVERITY, severity, MINUTES_SEVERITY_ERROR);
      g_hash_table_insert (self->rules, g_steal_pointer (&id), GINT_TO_POINTER (value));
    }

  return TRUE;
}

static gboolean
load_entries (GHashTable       *table,
              xmlNode          *parent,
              const char       *element,
              const char       *display_name,
              GError          **error)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;

      if (!is_element (node, element))
        continue;

      id = dup_attribute (node, "id");
      if (id == NULL)
        return set_invalid (error, display_name, node, _("a %s needs an id"), element);
      if (g_hash_table_contains (table, id))
        return set_invalid (error, display_name, node, _("%s “%s” is defined twice"), element, id);

      g_hash_table_insert (table, g_steal_pointer (&id), dup_content (node));
    }

  return TRUE;
}

static gboolean
check_required (GHashTable         *table,
                const char * const *required,
                const char         *what,
                const char         *display_name,
                GError            **error)
{
  for (guint i = 0; required[i] != NULL; i++)
    {
      if (!g_hash_table_contains (table, required[i]))
        return set_invalid (error, display_name, NULL,
                            _("the %s “%s” is missing"), what, required[i]);
    }

  return TRUE;
}

static gboolean
load_document (MinutesTemplate  *self,
               xmlDoc           *doc,
               const char       *display_name,
               GError          **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean have_calendar = FALSE;

  if (root == NULL || !is_element (root, "template"))
    return set_invalid (error, display_name, root,
                        _("not a Minutes template (expected <template xmlns=\"%s\">)"), TEMPLATE_NS);

  self->id = dup_attribute (root, "id");
  self->language = dup_attribute (root, "language");
  if (self->id == NULL || self->language == NULL)
    return set_invalid (error, display_name, root, _("the template needs an id and a language"));

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      /* Each part of a template is given once; a second one would
       * silently replace the first. */
      if (node->type == XML_ELEMENT_NODE)
        {
          if (g_hash_table_contains (seen, node->name))
            return set_invalid (error, display_name, node,
                                _("<%s> appears twice; a template has one of each part"),
                                (const char *) node->name);
          g_hash_table_add (seen, (gpointer) node->name);
        }

      if (is_element (node, "name"))
        {
          g_free (self->name);
          self->name = dup_content (node);
        }
      else if (is_element (node, "calendar"))
        {
          have_calendar = TRUE;
          if (!load_calendar (self, node, display_name, error))
            return FALSE;
        }
      else if (is_element (node, "formats"))
        {
          if (!load_entries (self->formats, node, "format", display_name, error))
            return FALSE;
        }
      else if (is_element (node, "phrases"))
        {
          if (!load_entries (self->phrases, node, "phrase", display_name, error))
            return FALSE;
        }
      else if (is_element (node, "attendance"))
        {
          if (!load_attendance (self, node, display_name, error))
            return FALSE;
        }
      else if (is_element (node, "item-layout"))
        {
          if (!load_item_layout (self, node, display_name, error))
            return FALSE;
        }
      else if (is_element (node, "parts"))
        {
          if (!load_parts (self, node, display_name, error))
            return FALSE;
        }
      else if (is_element (node, "standing-items"))
        {
          load_standing_items (self, node);
        }
      else if (is_element (node, "quorum"))
        {
          if (!load_quorum (self, node, display_name, error))
            return FALSE;
        }
      else if (is_element (node, "quick-resolutions"))
        {
          load_quick_resolutions (self, node);
        }
      else if (is_element (node, "rules"))
        {
          if (!load_rules (self, node, display_name, error))
            return FALSE;
        }
    }

  if (self->name == NULL)
    self->name = g_strdup (self->id);
  if (!have_calendar)
    return set_invalid (error, display_name, root, _("the <calendar> is missing"));
  if (self->sections == NULL)
    return set_invalid (error, display_name, root, _("the <item-layout> is missing"));

  return check_required (self->formats, required_formats, _("format"), display_name, error) &&
         check_required (self->phrases, required_phrases, _("phrase"), display_name, error);
}

/* The schema is compiled once, from the copy built into the core. */
static xmlRelaxNGPtr
get_schema (void)
{
  static gsize initialized = 0;
  static xmlRelaxNGPtr schema = NULL;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlRelaxNGParserCtxtPtr parser;
      gsize size;
      const char *data;

      bytes = g_resources_lookup_data (RESOURCE_BASE "/templates/template.rng",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      /* Built into the library: its absence is a packaging bug. */
      g_assert (bytes != NULL);
      data = g_bytes_get_data (bytes, &size);
      parser = xmlRelaxNGNewMemParserCtxt (data, (int) size);
      schema = xmlRelaxNGParse (parser);
      xmlRelaxNGFreeParserCtxt (parser);
      g_assert (schema != NULL);
      g_once_init_leave (&initialized, 1);
    }

  return schema;
}

typedef struct
{
  int        line;
  gboolean   on_root;
  char      *text;
} SchemaError;

static void
schema_error_free (SchemaError *schema_error)
{
  g_free (schema_error->text);
  g_free (schema_error);
}

static void
schema_error_cb (void        *user_data,
                 xmlErrorPtr  xml_error)
{
  GPtrArray *errors = user_data;
  xmlNode *node;
  g_autofree char *message = NULL;
  SchemaError *entry;

  if (xml_error == NULL || xml_error->message == NULL)
    return;

  /* libxml2 follows every real complaint with this one about the parent. */
  if (strstr (xml_error->message, "failed to validate content") != NULL && errors->len > 0)
    return;

  node = xml_error->node;
  message = g_strstrip (g_strdup (xml_error->message));
  entry = g_new0 (SchemaError, 1);
  entry->line = xml_error->line;
  if (entry->line == 0 && node != NULL)
    entry->line = (int) xmlGetLineNo (node);
  entry->on_root = node == NULL || node->parent == NULL || node->parent->type == XML_DOCUMENT_NODE;
  /* libxml2 does not say which attribute is wrong: show them all. */
  if (node != NULL && node->type == XML_ELEMENT_NODE && node->properties != NULL &&
      strstr (message, "attributes") != NULL)
    {
      GString *attributes = g_string_new (message);

      g_string_append (attributes, _(" (check the values in"));
      for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
        {
          g_autoptr(xmlChar) value = xmlNodeListGetString (node->doc, attribute->children, 1);

          g_string_append_printf (attributes, " %s=\"%s\"", (const char *) attribute->name,
                                  value != NULL ? (const char *) value : "");
        }
      g_string_append (attributes, ")");
      g_free (message);
      message = g_string_free (attributes, FALSE);
    }

  if (node != NULL && node->name != NULL)
    entry->text = g_strdup_printf (_("line %d, <%s>: %s"), entry->line, (const char *) node->name, message);
  else
    entry->text = g_strdup_printf (_("line %d: %s"), entry->line, message);

  for (guint i = 0; i < errors->len; i++)
    {
      if (g_str_equal (((SchemaError *) g_ptr_array_index (errors, i))->text, entry->text))
        {
          schema_error_free (entry);
          return;
        }
    }
  g_ptr_array_add (errors, entry);
}

/* Checks the template against template.rng. Every complaint is listed with
 * its line; the line named first is that of the innermost wrong element,
 * as libxml2 also blames the root for any child it could not place. */
static gboolean
validate_schema (xmlDoc      *doc,
                 const char  *display_name,
                 GError     **error)
{
  xmlRelaxNGValidCtxtPtr context = xmlRelaxNGNewValidCtxt (get_schema ());
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) schema_error_free);
  g_autoptr(GString) messages = g_string_new (NULL);
  SchemaError *lead = NULL;
  int result;

  xmlRelaxNGSetValidStructuredErrors (context, schema_error_cb, errors);
  result = xmlRelaxNGValidateDoc (context, doc);
  xmlRelaxNGFreeValidCtxt (context);

  if (result == 0)
    return TRUE;

  for (guint i = 0; i < errors->len && lead == NULL; i++)
    {
      SchemaError *entry = g_ptr_array_index (errors, i);

      if (!entry->on_root)
        lead = entry;
    }
  if (lead == NULL && errors->len > 0)
    lead = g_ptr_array_index (errors, 0);

  if (lead != NULL)
    g_string_append (messages, lead->text);
  for (guint i = 0; i < errors->len; i++)
    {
      SchemaError *entry = g_ptr_array_index (errors, i);

      if (entry != lead)
        g_string_append_printf (messages, "; %s", entry->text);
    }

  g_set_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_INVALID,
               _("%s:%d: the template does not match the template schema (template.rng): %s"),
               display_name, lead != NULL ? lead->line : 0,
               messages->len > 0 ? messages->str : _("no details"));

  return FALSE;
}

MinutesTemplate *
minutes_template_new_from_bytes (GBytes      *bytes,
                                 const char  *display_name,
                                 GError     **error)
{
  g_autoptr(MinutesTemplate) self = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > G_MAXINT)
    {
      g_set_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_SYNTAX,
                   _("%s: the file is too large to be a template"), display_name);
      return NULL;
    }

  /* Never fetch anything from the network, never expand entities. */
  doc = xmlReadMemory (data, (int) size, display_name, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
  if (doc == NULL)
    {
      const xmlError *xml_error = xmlGetLastError ();
      g_autofree char *message = NULL;

      message = g_strdup (xml_error != NULL && xml_error->message != NULL ?
                          xml_error->message : _("not well-formed XML"));
      g_set_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_SYNTAX,
                   "%s:%d:%d: %s", display_name,
                   xml_error != NULL ? xml_error->line : 0,
                   xml_error != NULL ? xml_error->int2 : 0,
                   g_strstrip (message));
      return NULL;
    }

  /* Entities could expand without bound or point at other files; a
   * template has no use for a DTD. */
  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      g_set_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_INVALID,
                   _("%s: templates may not contain a <!DOCTYPE> or entity declarations"),
                   display_name);
      return NULL;
    }

  /* The loader's own checks first, for their plainer messages (a missing
   * phrase by name); then the schema, which also refuses what the loader
   * would ignore, like a misspelt element. */
  self = g_object_new (MINUTES_TYPE_TEMPLATE, NULL);
  if (!load_document (self, doc, display_name, error))
    return NULL;
  if (!validate_schema (doc, display_name, error))
    return NULL;

  return g_steal_pointer (&self);
}

MinutesTemplate *
minutes_template_new_from_file (GFile   *file,
                                GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_NOT_FOUND,
                     _("%s: no such template file"), display_name);
      else
        g_set_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_NOT_FOUND,
                     _("%s: cannot read the template: %s"), display_name, local_error->message);
      return NULL;
    }

  return minutes_template_new_from_bytes (bytes, display_name, error);
}

static gboolean
is_template_id (const char *name)
{
  if (name[0] == '\0')
    return FALSE;

  for (const char *p = name; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
        return FALSE;
    }

  return TRUE;
}

/* Templates read by minutes_template_lookup(), by where they were read
 * from: a template is never changed once read, and the app asks for one on
 * every keystroke (to render and check), so it is parsed once per version
 * of its file. */
typedef struct
{
  MinutesTemplate *template;
  char            *version;   /* the file's time and size when it was read */
} CachedTemplate;

G_LOCK_DEFINE_STATIC (template_cache);
static GHashTable *template_cache;

static void
cached_template_free (CachedTemplate *cached)
{
  g_object_unref (cached->template);
  g_free (cached->version);
  g_free (cached);
}

static MinutesTemplate *
cache_lookup (const char *where,
              const char *version)
{
  CachedTemplate *cached;
  MinutesTemplate *template = NULL;

  G_LOCK (template_cache);
  cached = template_cache != NULL ? g_hash_table_lookup (template_cache, where) : NULL;
  if (cached != NULL && g_str_equal (cached->version, version))
    template = g_object_ref (cached->template);
  G_UNLOCK (template_cache);

  return template;
}

static void
cache_store (const char      *where,
             const char      *version,
             MinutesTemplate *template)
{
  CachedTemplate *cached = g_new0 (CachedTemplate, 1);

  cached->template = g_object_ref (template);
  cached->version = g_strdup (version);

  G_LOCK (template_cache);
  if (template_cache == NULL)
    template_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) cached_template_free);
  g_hash_table_replace (template_cache, g_strdup (where), cached);
  G_UNLOCK (template_cache);
}

/* A name is a file path, or the id of a template in the user's templates
 * folder, in MINUTES_TEMPLATE_PATH, in the system's data folders, or built
 * in (in that order, so a council can override the shipped wording). */
MinutesTemplate *
minutes_template_lookup (const char  *name,
                         GError     **error)
{
  g_autofree char *file_name = NULL;
  g_autofree char *resource_path = NULL;
  g_autofree char *user_dir = NULL;
  g_autoptr(GPtrArray) dirs = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *env;

  g_return_val_if_fail (name != NULL, NULL);

  if (!is_template_id (name))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (name);

      return minutes_template_new_from_file (file, error);
    }

  file_name = g_strconcat (name, ".xml", NULL);
  dirs = g_ptr_array_new_with_free_func (g_free);
  user_dir = g_build_filename (g_get_user_data_dir (), APP_ID, "templates", NULL);
  g_ptr_array_add (dirs, g_strdup (user_dir));
  env = g_getenv ("MINUTES_TEMPLATE_PATH");
  if (env != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          if (parts[i][0] != '\0')
            g_ptr_array_add (dirs, g_strdup (parts[i]));
        }
    }

  /* Templates installed for the whole machine (ours are also built in). */
  for (const char * const *system = g_get_system_data_dirs (); *system != NULL; system++)
    g_ptr_array_add (dirs, g_build_filename (*system, PACKAGE_NAME, "templates", NULL));

  for (guint i = 0; i < dirs->len; i++)
    {
      g_autofree char *path = g_build_filename (g_ptr_array_index (dirs, i), file_name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFileInfo) info = g_file_query_info (file,
                                                     G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                                     G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                     G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                     G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);
      g_autofree char *version = NULL;
      MinutesTemplate *template;

      if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
        continue;

      /* A council may edit its template while Minutes runs */
      version = g_strdup_printf ("%" G_GUINT64_FORMAT ".%06u %" G_GOFFSET_FORMAT,
                                 g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED),
                                 g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC),
                                 g_file_info_get_size (info));
      if ((template = cache_lookup (path, version)) != NULL)
        return template;

      template = minutes_template_new_from_file (file, error);
      if (template != NULL)
        cache_store (path, version, template);
      return template;
    }

  resource_path = g_strdup_printf (RESOURCE_BASE "/templates/%s", file_name);
  {
    MinutesTemplate *template = cache_lookup (resource_path, "");

    if (template != NULL)
      return template;
  }
  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes != NULL)
    {
      MinutesTemplate *template = minutes_template_new_from_bytes (bytes, file_name, error);

      if (template != NULL)
        cache_store (resource_path, "", template);
      return template;
    }

  g_set_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_NOT_FOUND,
               _("There is no template called “%s”. Install it as %s, or give the path of a template file."),
               name, user_dir);
  return NULL;
}

MinutesTemplate *
minutes_template_lookup_for_meeting (MinutesMeeting  *meeting,
                                     GError         **error)
{
  const char *id;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  id = minutes_meeting_get_template_id (meeting);

  return minutes_template_lookup (id != NULL ? id : MINUTES_DEFAULT_TEMPLATE, error);
}

/* Accessors */

const char *
minutes_template_get_id (MinutesTemplate *self)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  return self->id;
}

const char *
minutes_template_get_name (MinutesTemplate *self)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  return self->name;
}

const char *
minutes_template_get_language (MinutesTemplate *self)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  return self->language;
}

/* The primary subtag of a BCP 47 tag ("cy" of "cy-GB"), folded. */
static char *
dup_primary_language (const char *tag)
{
  gsize len = strcspn (tag, "-_");

  return g_ascii_strdown (tag, len);
}

/* Whether two BCP 47 tags name the same language ("cy" and "cy-GB",
 * "en-GB" and "en_US"): their primary subtags match, in any case. NULL
 * matches nothing. */
gboolean
minutes_language_matches (const char *a,
                          const char *b)
{
  gsize la, lb;

  if (a == NULL || b == NULL)
    return FALSE;
  la = strcspn (a, "-_");
  lb = strcspn (b, "-_");

  return la == lb && g_ascii_strncasecmp (a, b, la) == 0;
}

/**
 * minutes_template_lookup_translation:
 * @self: a template
 * @language: a BCP 47 tag, e.g. "cy" or "en-GB"
 * @error: return location for a #MINUTES_TEMPLATE_ERROR
 *
 * Finds the version of @self in @language: @self itself when it is in that
 * language, else the installed template whose id is @self's with the
 * language as a suffix, or without it ("select-committee" and
 * "select-committee-cy" are one template in English and Welsh).
 *
 * Returns: (transfer full): the template, or %NULL with @error set
 */
MinutesTemplate *
minutes_template_lookup_translation (MinutesTemplate  *self,
                                     const char       *language,
                                     GError          **error)
{
  g_autofree char *own_primary = NULL;
  g_autofree char *wanted_primary = NULL;
  g_autofree char *base = NULL;
  g_autofree char *suffix = NULL;
  g_autofree char *translated_id = NULL;
  g_autofree char *user_dir = NULL;
  const char *candidates[2];

  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (language != NULL && language[0] != '\0', NULL);

  if (minutes_language_matches (self->language, language))
    return g_object_ref (self);

  own_primary = dup_primary_language (self->language);
  wanted_primary = dup_primary_language (language);

  /* "select-committee-cy" is "select-committee" in Welsh. */
  suffix = g_strconcat ("-", own_primary, NULL);
  if (g_str_has_suffix (self->id, suffix))
    base = g_strndup (self->id, strlen (self->id) - strlen (suffix));
  else
    base = g_strdup (self->id);
  translated_id = g_strconcat (base, "-", wanted_primary, NULL);

  candidates[0] = base;
  candidates[1] = translated_id;
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autoptr(MinutesTemplate) candidate = NULL;

      if (!g_str_equal (candidates[i], self->id))
        candidate = minutes_template_lookup (candidates[i], NULL);
      if (candidate != NULL && minutes_language_matches (candidate->language, language))
        return g_steal_pointer (&candidate);
    }

  user_dir = g_build_filename (g_get_user_data_dir (), APP_ID, "templates", NULL);
  g_set_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_NOT_FOUND,
               _("There is no version of the template “%s” in the language “%s”: "
                 "install one as %s.xml in %s"),
               self->name, language, translated_id, user_dir);
  return NULL;
}

const char *
minutes_template_get_phrase (MinutesTemplate *self,
                             const char      *phrase_id)
{
  const char *phrase;

  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), "");

  phrase = g_hash_table_lookup (self->phrases, phrase_id);
  if (phrase == NULL)
    {
      g_critical ("Phrase “%s” is not in the template's required list", phrase_id);
      return "";
    }

  return phrase;
}

static const char *
get_format (MinutesTemplate *self,
            const char      *format_id)
{
  const char *format = g_hash_table_lookup (self->formats, format_id);

  if (format == NULL)
    {
      g_critical ("Format “%s” is not in the template's required list", format_id);
      return "";
    }

  return format;
}

/* Fills {key} and {key:upper} in a pattern from the arguments, appending
 * spans: dates and times keep their machine-readable value, so that HTML
 * can mark them up. A key without an argument is printed as it stands, so a
 * mistake in a template shows in the document rather than dropping words. */
/* The one expansion of a pattern: into @spans (text runs and the dates,
 * times and links of @args), or, with @spans NULL, into @out as plain text */
static void
expand_into (const char             *pattern,
             const MinutesPhraseArg *args,
             guint                   n_args,
             GPtrArray              *spans,
             GString                *out)
{
  GString *text = spans != NULL ? g_string_new (NULL) : out;

  for (const char *p = pattern; *p != '\0'; p++)
    {
      const MinutesPhraseArg *arg = NULL;
      const char *end;
      gboolean upper = FALSE;
      gsize key_len;

      if (*p != '{' || (end = strchr (p, '}')) == NULL)
        {
          gsize run = strcspn (p, "{");

          g_string_append_len (text, p, run > 0 ? run : 1);
          p += (run > 0 ? run : 1) - 1;
          continue;
        }

      key_len = end - p - 1;
      if (key_len > 6 && strncmp (end - 6, ":upper", 6) == 0)
        {
          key_len -= 6;
          upper = TRUE;
        }

      for (guint i = 0; i < n_args; i++)
        {
          if (strlen (args[i].key) == key_len && strncmp (args[i].key, p + 1, key_len) == 0)
            {
              arg = &args[i];
              break;
            }
        }

      if (arg == NULL)
        {
          g_string_append_len (text, p, end - p + 1);
        }
      else if (arg->kind == MINUTES_SPAN_TEXT || spans == NULL)
        {
          if (upper)
            {
              g_autofree char *up = g_utf8_strup (arg->text != NULL ? arg->text : "", -1);

              g_string_append (text, up);
            }
          else if (arg->text != NULL)
            {
              g_string_append (text, arg->text);
            }
        }
      else
        {
          if (text->len > 0)
            g_ptr_array_add (spans, minutes_span_new (MINUTES_SPAN_TEXT, text->str, NULL));
          g_string_truncate (text, 0);
          g_ptr_array_add (spans, minutes_span_new (arg->kind, arg->text, arg->value));
        }
      p = end;
    }

  if (spans != NULL)
    {
      if (text->len > 0)
        g_ptr_array_add (spans, minutes_span_new (MINUTES_SPAN_TEXT, text->str, NULL));
      g_string_free (text, TRUE);
    }
}

void
minutes_template_expand_pattern (const char              *pattern,
                                 const MinutesPhraseArg  *args,
                                 guint                    n_args,
                                 GPtrArray               *spans)
{
  g_return_if_fail (pattern != NULL);
  g_return_if_fail (spans != NULL);

  expand_into (pattern, args, n_args, spans, NULL);
}

static char *
expand_pattern (const char *pattern,
                va_list     args)
{
  MinutesPhraseArg array[8];
  guint n = 0;
  GString *out = g_string_new (NULL);
  const char *key;

  /* The formats take a few arguments: "number", "size", "date" … */
  while ((key = va_arg (args, const char *)) != NULL)
    {
      const char *text = va_arg (args, const char *);

      g_assert (n < G_N_ELEMENTS (array));
      array[n++] = (MinutesPhraseArg) { key, text, MINUTES_SPAN_TEXT, NULL };
    }

  expand_into (pattern, array, n, NULL, out);

  return g_string_free (out, FALSE);
}

static char *
expand_format (MinutesTemplate *self,
               const char      *format_id,
               ...) G_GNUC_NULL_TERMINATED;

static char *
expand_format (MinutesTemplate *self,
               const char      *format_id,
               ...)
{
  va_list args;
  char *result;

  va_start (args, format_id);
  result = expand_pattern (get_format (self, format_id), args);
  va_end (args);

  return result;
}

char *
minutes_template_expand (MinutesTemplate *self,
                         const char      *phrase_id,
                         ...)
{
  va_list args;
  char *result;

  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  va_start (args, phrase_id);
  result = expand_pattern (minutes_template_get_phrase (self, phrase_id), args);
  va_end (args);

  return result;
}

/* Number formats: "item-number", "point-number", "list-number", and
 * "size-kb"/"size-mb" take {number} or {size}. */
char *
minutes_template_format_number (MinutesTemplate *self,
                                const char      *format_id,
                                const char      *number)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  return expand_format (self, format_id, "number", number, "size", number, NULL);
}

/* Dates are printed with the template's own month and weekday names, never
 * the machine's locale, so a document reads the same on every machine. */
char *
minutes_template_format_date (MinutesTemplate *self,
                              const char      *format_id,
                              const GDate     *date)
{
  char day[8], dd[8], mm[8], year[8];

  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  if (date == NULL || !g_date_valid (date))
    return NULL;

  g_snprintf (day, sizeof day, "%u", g_date_get_day (date));
  g_snprintf (dd, sizeof dd, "%02u", g_date_get_day (date));
  g_snprintf (mm, sizeof mm, "%02u", g_date_get_month (date));
  g_snprintf (year, sizeof year, "%u", g_date_get_year (date));

  return expand_format (self, format_id,
                        "weekday", self->weekdays[g_date_get_weekday (date) - 1],
                        "day", day,
                        "dd", dd,
                        "month", self->months[g_date_get_month (date) - 1],
                        "mm", mm,
                        "year", year,
                        NULL);
}

char *
minutes_template_format_time (MinutesTemplate *self,
                              int              minutes)
{
  char hour12[4], hour24[4], hh[4], minute[4];
  int hour;

  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  if (minutes < 0 || minutes > MINUTES_TIME_MAX)
    return NULL;

  hour = minutes / 60;
  g_snprintf (hour12, sizeof hour12, "%d", hour % 12 == 0 ? 12 : hour % 12);
  g_snprintf (hour24, sizeof hour24, "%d", hour);
  g_snprintf (hh, sizeof hh, "%02d", hour);
  g_snprintf (minute, sizeof minute, "%02d", minutes % 60);

  return expand_format (self, "time",
                        "hour12", hour12,
                        "hour24", hour24,
                        "hh", hh,
                        "minute", minute,
                        "ampm", hour < 12 ? self->am : self->pm,
                        NULL);
}

/* "A, B and C" */
char *
minutes_template_join_list (MinutesTemplate    *self,
                            const char * const *parts)
{
  GString *out;
  guint n;

  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  n = parts != NULL ? g_strv_length ((char **) parts) : 0;
  out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      if (i + 1 == n && i > 0)
        {
          /* Welsh "a" (and) is "ac" before a vowel: a template may give
           * the separator to use before a word starting with one. */
          const char *before_vowel = g_hash_table_lookup (self->formats, "list-last-separator-before-vowel");

          if (before_vowel != NULL && strchr ("AEIOUWYaeiouwy", parts[i][0]) != NULL && parts[i][0] != '\0')
            g_string_append (out, before_vowel);
          else
            g_string_append (out, get_format (self, "list-last-separator"));
        }
      else if (i > 0)
        g_string_append (out, get_format (self, "list-separator"));
      g_string_append (out, parts[i]);
    }

  return g_string_free (out, FALSE);
}

GPtrArray *
minutes_template_get_attendance_groups (MinutesTemplate *self)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  return self->groups;
}

const char * const *
minutes_template_get_item_sections (MinutesTemplate *self)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  return (const char * const *) self->sections;
}

const char *
minutes_template_get_section_heading (MinutesTemplate *self,
                                      const char      *section)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  return g_hash_table_lookup (self->section_headings, section);
}

gboolean
minutes_template_heading_needs_witnesses (MinutesTemplate *self,
                                          const char      *section)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), FALSE);

  return g_hash_table_contains (self->witness_headings, section);
}

MinutesPartUse
minutes_template_get_part_use (MinutesTemplate *self,
                               const char      *part)
{
  gpointer value;

  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), MINUTES_PART_OPTIONAL);

  if (g_hash_table_lookup_extended (self->parts, part, NULL, &value))
    return GPOINTER_TO_INT (value);

  /* Without a <parts>, the header the domain always has. */
  if (g_str_equal (part, "committee") || g_str_equal (part, "date") ||
      g_str_equal (part, "start-time"))
    return MINUTES_PART_REQUIRED;

  return MINUTES_PART_OPTIONAL;
}

GPtrArray *
minutes_template_get_standing_items (MinutesTemplate *self)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  return self->standing_items;
}

const MinutesQuorumRule *
minutes_template_get_quorum (MinutesTemplate *self)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  return &self->quorum;
}

/* The members a meeting of this membership needs to be quorate. */
guint
minutes_template_get_quorum_for (MinutesTemplate *self,
                                 guint            membership)
{
  guint64 needed;

  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), 0);

  if (self->quorum.fixed > 0)
    return self->quorum.fixed;

  needed = ((guint64) membership * self->quorum.numerator + self->quorum.denominator - 1) /
           self->quorum.denominator;

  return MAX ((guint) needed, self->quorum.minimum);
}

GPtrArray *
minutes_template_get_quick_resolutions (MinutesTemplate *self)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);

  return self->quick_resolutions;
}

/* Whether the rule runs under this template, and at what severity:
 * the template's <rules> choose, else the rule's own fallback. */
gboolean
minutes_template_get_rule_severity (MinutesTemplate *self,
                                    const char      *rule_id,
                                    MinutesSeverity  fallback,
                                    MinutesSeverity *severity)
{
  gpointer value;

  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), FALSE);
  g_return_val_if_fail (severity != NULL, FALSE);

  *severity = fallback;
  if (!g_hash_table_lookup_extended (self->rules, rule_id, NULL, &value))
    return TRUE;
  if (GPOINTER_TO_INT (value) == RULE_OFF)
    return FALSE;

  *severity = GPOINTER_TO_INT (value);
  return TRUE;
}

gboolean
minutes_template_section_is_required (MinutesTemplate *self,
                                      const char      *section)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), FALSE);

  return g_hash_table_contains (self->required_sections, section);
}

const char *
minutes_template_get_month_name (MinutesTemplate *self,
                                 GDateMonth       month)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (month >= G_DATE_JANUARY && month <= G_DATE_DECEMBER, NULL);

  return self->months[month - 1];
}

const char *
minutes_template_get_weekday_name (MinutesTemplate *self,
                                   GDateWeekday     weekday)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, NULL);

  return self->weekdays[weekday - 1];
}
