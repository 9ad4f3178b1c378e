// kiosk/core/calendar_import/site_category_resolver.h — which site and category an imported event
// belongs to when its file does not say in our words: a calendar exported by Google Calendar,
// Outlook or Apple Calendar has no X-KIOSK-* fields and its own category labels.
//
// Rules (what office staff experience), in this order:
//   * Site: X-KIOSK-SITE when the event has it; else `--site CODE`; else the site whose name
//     (Chinese or English, from the sites table) the LOCATION contains, the longest name winning
//     ("圣南社区党群服务中心" -> 圣南社区); else the event is refused, its line saying to pass --site.
//   * Category: X-KIOSK-CATEGORY as written (a typo stays an error), and so does a spreadsheet's
//     类别; iCalendar CATEGORIES when one of its labels is a known category; else `--category NAME`;
//     else 其他.
//   * --site and --category themselves must name a site / category of the master, or the import
//     stops before anything is written.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/calendar_import/calendar_source.h"
#include "kiosk/core/storage/sqlite.h"

namespace kiosk {

inline constexpr std::string_view kFallbackCategory = "其他";

// `kiosk-office import --site --category`; "" when not given.
struct PlainCalendarDefaults {
  std::string site;
  std::string category;
};

class SiteCategoryResolver {
 public:
  // Reads the sites' names once.
  SiteCategoryResolver(db::Database& db, PlainCalendarDefaults defaults);

  // The site reference to look up for `event`; empty when nothing names one (NoSiteProblem).
  SourceRef SiteOf(const SourceEvent& event) const;

  // The category reference to look up; `known` says whether a label is a category of the master.
  template <class Known>
  SourceRef CategoryOf(const SourceEvent& event, const Known& known) const {
    if (!UsesFallbackCategory(event.category)) return event.category;
    for (const std::string& name : event.category.names) {
      if (known(name)) return event.category;
    }
    return FallbackCategory(event);
  }

  // "FILE:LINE: LOCATION: 没有社区…请用 --site 指定 / no site … pass --site CODE".
  ImportProblem NoSiteProblem(const SourceEvent& event, const std::string& file) const;

  const PlainCalendarDefaults& defaults() const { return defaults_; }

 private:
  static bool UsesFallbackCategory(const SourceRef& category);
  SourceRef FallbackCategory(const SourceEvent& event) const;

  PlainCalendarDefaults defaults_;
  std::vector<std::string> site_names_;  // every site's Chinese and English name, longest first
};

}  // namespace kiosk
